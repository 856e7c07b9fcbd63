using System.Text;

namespace Caravan.Storage.Relational;

/// <summary>
/// One word of a search as the user typed it: letters and digits only, so no query syntax of either database
/// can be injected; a trailing * asks for the word as a prefix.
/// </summary>
public sealed record SearchTerm(string Word, bool Prefix)
{
    public const int MaxTerms = 16;

    public static IReadOnlyList<SearchTerm> Parse(string query)
    {
        var terms = new List<SearchTerm>();
        var word = new StringBuilder();
        for (var i = 0; i <= query.Length && terms.Count < MaxTerms; i++)
        {
            var c = i < query.Length ? query[i] : ' ';
            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
                continue;
            }

            if (word.Length > 0)
            {
                terms.Add(new SearchTerm(word.ToString(), c == '*'));
                word.Clear();
            }
        }

        return terms;
    }
}
