using Caravan.Core.Events;

namespace Caravan.Extraction.Knowledge;

/// <summary>
/// A word or phrase that signals an event type, with words one of which must also stand in the sentence
/// ("signed" is an agreement only beside "memorandum", "treaty", ...). A pattern ending in * matches a prefix.
/// </summary>
public sealed record EventTrigger(EventType Type, IReadOnlyList<string> Words, IReadOnlyList<string> Required)
{
    public static bool WordMatches(string pattern, string lowerToken) =>
        pattern.EndsWith('*') ? lowerToken.AsSpan().StartsWith(pattern.AsSpan(0, pattern.Length - 1), StringComparison.Ordinal) : lowerToken == pattern;
}
