using System.Text.RegularExpressions;

namespace Caravan.Analysis.Commitments;

/// <summary>
/// Who holds an office, as a report says it ("Vladimir Norov, the Foreign Minister of the Republic of
/// Uzbekistan"; "Kazakh President Nursultan Nazarbaev"), so that "the Uzbek President's plan" has a name.
/// </summary>
internal static partial class OfficeHolders
{
    private static readonly Dictionary<string, string> Demonyms = new(StringComparer.Ordinal)
    {
        ["Uzbek"] = "Uzbekistan", ["Kazakh"] = "Kazakhstan", ["Kyrgyz"] = "Kyrgyzstan", ["Tajik"] = "Tajikistan", ["Turkmen"] = "Turkmenistan",
        ["Afghan"] = "Afghanistan", ["Russian"] = "Russia", ["Chinese"] = "China", ["Pakistani"] = "Pakistan", ["Iranian"] = "Iran",
    };

    /// <summary>(office, country) → the person the document names in it.</summary>
    public static Dictionary<(string Office, string Country), string> In(string text)
    {
        var holders = new Dictionary<(string, string), string>();
        foreach (Match m in NameThenOffice().Matches(text))
        {
            holders.TryAdd((Office(m.Groups["office"].Value), m.Groups["country"].Value), m.Groups["name"].Value);
        }

        foreach (Match m in DemonymOfficeName().Matches(text))
        {
            holders.TryAdd((Office(m.Groups["office"].Value), Demonyms[m.Groups["demonym"].Value]), m.Groups["name"].Value);
        }

        return holders;
    }

    /// <summary>An office named in a sentence without a name ("the Uzbek President's", "the President of Uzbekistan"), if any.</summary>
    public static (string Office, string Country)? NamedWithoutPerson(string sentence)
    {
        var demonym = DemonymOffice().Match(sentence);
        if (demonym.Success)
        {
            return (Office(demonym.Groups["office"].Value), Demonyms[demonym.Groups["demonym"].Value]);
        }

        var ofCountry = OfficeOfCountry().Match(sentence);
        return ofCountry.Success ? (Office(ofCountry.Groups["office"].Value), ofCountry.Groups["country"].Value) : null;
    }

    private static string Office(string office) => office.Trim();

    private const string Offices = "President|Prime Minister|Foreign Minister|Defen[cs]e Minister|Interior Minister|Internal Affairs Minister|Security Council Secretary";
    private const string Name = @"[A-Z][\p{L}’'\-]+(?:\s[A-Z][\p{L}’'\-]+){1,2}";
    private const string DemonymNames = "Uzbek|Kazakh|Kyrgyz|Tajik|Turkmen|Afghan|Russian|Chinese|Pakistani|Iranian";

    [GeneratedRegex($@"(?<name>{Name}),\s+the\s+(?<office>{Offices})\s+of\s+(?:the\s+Republic\s+of\s+)?(?<country>[A-Z]\p{{L}}+)")]
    private static partial Regex NameThenOffice();

    [GeneratedRegex($@"\b(?<demonym>{DemonymNames})\s+(?<office>{Offices})\s+(?<name>{Name})")]
    private static partial Regex DemonymOfficeName();

    [GeneratedRegex($@"\b(?<demonym>{DemonymNames})\s+(?<office>{Offices})\b(?!\s+[A-Z])")]
    private static partial Regex DemonymOffice();

    [GeneratedRegex($@"\bthe\s+(?<office>{Offices})\s+of\s+(?:the\s+Republic\s+of\s+)?(?<country>[A-Z]\p{{L}}+)")]
    private static partial Regex OfficeOfCountry();
}
