using System.Collections.Frozen;
using Caravan.Core.Events;
using Caravan.Extraction.Knowledge;
using Caravan.Extraction.Model;
using Caravan.Extraction.Pipeline;

namespace Caravan.Extraction.Stages;

/// <summary>
/// ACLED's line between an attack and a clash: violence told with soldiers, police, guards or their posts, or with
/// militants, rebels or insurgents, and no civilian is a clash of armed groups ("They attacked Tajik and Kyrgyz border
/// guards", "about 1,000 militants launched a series of attacks in southern Kyrgyzstan"); with civilians it stays an
/// attack ("an armed attack on two gun shops and a military unit"). CV strict +0.012 to +0.008 for the armed forces,
/// +0.005 more for the irregular groups, on fold seeds 1-5. Only the type named changes, once every happening is told
/// and merged: the rules' type is a feature of the event model and a key of which candidates are one happening, and so
/// deciding it earlier (as <c>EventTypeChoice</c> did in a try) cost event F1 0.004.
/// </summary>
public sealed class ViolenceKind : IExtractionStage
{
    private static readonly FrozenSet<string> ArmedGroups = CueWords.Set("actor.armed-group");

    private static readonly FrozenSet<string> Civilians = CueWords.Set("target.civilian");

    public DocumentDraft Apply(DocumentDraft draft)
    {
        if (!draft.Events.Any(e => e.Type == EventType.Attack))
        {
            return draft;
        }

        return draft with { Events = [.. draft.Events.Select(e => e.Type == EventType.Attack && IsBetweenArmedGroups(draft, e) ? e with { Type = EventType.ArmedClash } : e)] };
    }

    private static bool IsBetweenArmedGroups(DocumentDraft draft, ExtractedEvent e)
    {
        if (draft.SentenceAt(e.EvidenceStart) is not { } sentence)
        {
            return false;
        }

        var words = sentence.Tokens.Select(t => t.Lower).ToList();
        return (words.Any(EventTypeChoice.MilitaryTargets.Contains) || words.Any(ArmedGroups.Contains)) && !words.Any(Civilians.Contains);
    }
}
