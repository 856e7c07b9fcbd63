namespace Caravan.Analysis.Corroboration;

/// <summary>
/// How far a source is trusted, on the Admiralty (NATO) scale: A completely reliable, B usually reliable,
/// C fairly reliable, D not usually reliable, E unreliable, F reliability cannot be judged (the default).
/// </summary>
public enum Reliability
{
    A,
    B,
    C,
    D,
    E,
    F,
}

public static class Reliabilities
{
    public static string Meaning(this Reliability grade) => grade switch
    {
        Reliability.A => "completely reliable",
        Reliability.B => "usually reliable",
        Reliability.C => "fairly reliable",
        Reliability.D => "not usually reliable",
        Reliability.E => "unreliable",
        _ => "reliability cannot be judged",
    };

    public static bool TryParse(string? text, out Reliability grade) =>
        Enum.TryParse(text?.Trim(), ignoreCase: true, out grade) && Enum.IsDefined(grade) && text!.Trim().Length == 1;
}
