namespace Caravan.Extraction.Knowledge;

/// <summary>
/// Head nouns that tell what a capitalised name is: "... Ministry" is an organisation, "... Pass" a place,
/// "... Conference" an event and "... Plan" a document, neither of which is an entity here.
/// </summary>
internal static class NameCues
{
    public static readonly HashSet<string> Organisation = new(StringComparer.OrdinalIgnoreCase)
    {
        "Ministry", "Committee", "Council", "Service", "Services", "Board", "Foundation", "Agency", "Office", "Directorate",
        "Court", "Assembly", "Parliament", "Party", "Union", "Organisation", "Organization", "Bank", "Institute",
        "University", "Center", "Centre", "Commission", "Department", "Police", "Army", "Forces", "Guard", "Guards",
        "Radio", "News", "Television", "TV", "Press", "Times", "Post", "Company", "Corporation", "Administration",
        "Government", "Embassy", "Mission", "Procuracy", "Senate", "Majlis", "Kenesh", "Duma", "Cabinet", "Secretariat",
        "Federation", "Association", "Society", "Network", "Channel", "Agency", "Group", "Watch", "Tribunal", "Prosecutor's",
        "Troops", "Command", "Academy", "School", "Church", "Muftiate", "Spiritual", "Administration", "Authority", "Authorities",
    };

    public static readonly HashSet<string> ArmedGroup = new(StringComparer.OrdinalIgnoreCase)
    {
        "Movement", "Front", "Brigade", "Brigades", "Battalion", "Jamaat", "Katibat", "Mujahideen", "Emirate", "Caliphate", "Army", "Union", "Group",
    };

    public static readonly HashSet<string> ArmedGroupMarkers = new(StringComparer.OrdinalIgnoreCase)
    {
        "Islamic", "Jihad", "Jihadi", "Mujahideen", "Ansar", "Ansarullah", "Taliban", "Caliphate", "Khilafah", "Tawhid", "Liberation",
    };

    public static readonly HashSet<string> Location = new(StringComparer.OrdinalIgnoreCase)
    {
        "Valley", "Pass", "River", "Lake", "Sea", "Mountains", "Mountain", "Range", "Gorge", "Desert", "Basin", "Corridor",
        "Plateau", "Steppe", "Peninsula", "Gulf", "Canal", "Dam", "Reservoir", "Oasis",
    };

    /// <summary>Events, documents and programmes: named, but not entities of the gold taxonomy.</summary>
    public static readonly HashSet<string> NotAnEntity = new(StringComparer.OrdinalIgnoreCase)
    {
        "Conference", "Summit", "Forum", "Plan", "Strategy", "Treaty", "Agreement", "Resolution", "Fund", "Dialogue",
        "Initiative", "Program", "Programme", "Declaration", "Charter", "Convention", "Protocol", "Memorandum", "Day",
        "Week", "Games", "Cup", "Award", "Prize", "Act", "Law", "Code", "Constitution", "Olympics", "Expo", "War",
        "Revolution", "Process", "Meeting", "Meetings", "Policy", "Concept", "Roadmap", "Report", "Index", "Project",
        "Strategies", "Year", "Decade", "Session", "Talks", "Era", "Agenda", "Framework", "Doctrine", "Operation",
        "Volume", "Issue", "Field", "Required",
    };

    /// <summary>Regional surname and patronymic endings (Russian, Uzbek, Kazakh, Kyrgyz, Tajik).</summary>
    private static readonly string[] SurnameEndings =
        ["ov", "ev", "ova", "eva", "bek", "uly", "kyzy", "qizi", "zoda", "zade", "zada", "sky", "ski", "enko", "uk"];

    public static bool HasSurnameEnding(string word) =>
        word.Length >= 5 && char.IsUpper(word[0]) && SurnameEndings.Any(ending => word.EndsWith(ending, StringComparison.Ordinal));
}
