namespace Caravan.Core.Sharing;

/// <summary>Traffic Light Protocol 2.0 (FIRST): how far a piece of information may travel.</summary>
public enum Tlp
{
    /// <summary>No limit on disclosure.</summary>
    Clear,

    /// <summary>The community: every organisation of the network, not the public.</summary>
    Green,

    /// <summary>The owning organisation and the partners it shares AMBER with, on a need-to-know basis.</summary>
    Amber,

    /// <summary>The owning organisation only.</summary>
    AmberStrict,

    /// <summary>Named recipients only: here the owning organisation, and it never leaves this instance.</summary>
    Red,
}

public static class Tlps
{
    private static readonly Dictionary<Tlp, string> Names = new()
    {
        [Tlp.Clear] = "clear",
        [Tlp.Green] = "green",
        [Tlp.Amber] = "amber",
        [Tlp.AmberStrict] = "amber+strict",
        [Tlp.Red] = "red",
    };

    // The marking definitions OASIS publishes for TLP 2.0 (cti-stix-common-objects); every STIX tool knows these ids.
    private static readonly Dictionary<Tlp, string> StixIds = new()
    {
        [Tlp.Clear] = "marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487",
        [Tlp.Green] = "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb",
        [Tlp.Amber] = "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421",
        [Tlp.AmberStrict] = "marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003",
        [Tlp.Red] = "marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1",
    };

    // TLP 1.0 ids of the STIX 2.1 specification (section 7.2.1.4), still what many partners send.
    private static readonly Dictionary<string, Tlp> LegacyStixIds = new(StringComparer.Ordinal)
    {
        ["marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9"] = Tlp.Clear,
        ["marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da"] = Tlp.Green,
        ["marking-definition--f88d31f6-486f-44da-b317-01333bde0b82"] = Tlp.Amber,
        ["marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed"] = Tlp.Red,
    };

    public static IReadOnlyList<Tlp> All { get; } = Enum.GetValues<Tlp>();

    public static string ToWireName(this Tlp tlp) => Names[tlp];

    /// <summary>"TLP:AMBER+STRICT".</summary>
    public static string Label(this Tlp tlp) => "TLP:" + Names[tlp].ToUpperInvariant();

    public static string StixMarkingId(this Tlp tlp) => StixIds[tlp];

    /// <summary>Accepts "amber+strict", "AMBER_STRICT", "TLP:AMBER+STRICT", and "white" for CLEAR (TLP 1.0).</summary>
    public static bool TryParse(string? text, out Tlp tlp)
    {
        var name = (text ?? "").Trim().ToLowerInvariant();
        name = name.StartsWith("tlp:", StringComparison.Ordinal) ? name[4..] : name;
        name = name.Replace('_', '+').Replace(' ', '+').Replace("amberstrict", "amber+strict", StringComparison.Ordinal);
        if (name == "white")
        {
            name = "clear";
        }

        foreach (var (value, wire) in Names)
        {
            if (wire == name)
            {
                tlp = value;
                return true;
            }
        }

        tlp = default;
        return false;
    }

    public static Tlp Parse(string text) =>
        TryParse(text, out var tlp) ? tlp : throw new FormatException($"'{text}' is not a TLP marking; use clear, green, amber, amber+strict or red");

    /// <summary>The marking a STIX marking-definition id stands for, TLP 2.0 or 1.0; null for any other marking.</summary>
    public static Tlp? FromStixMarkingId(string id)
    {
        foreach (var (value, stixId) in StixIds)
        {
            if (stixId == id)
            {
                return value;
            }
        }

        return LegacyStixIds.TryGetValue(id, out var legacy) ? legacy : null;
    }

    /// <summary>Of several markings on one thing, the one that limits most.</summary>
    public static Tlp MostRestrictive(this IEnumerable<Tlp> markings) => markings.DefaultIfEmpty(Tlp.Clear).Max();
}
