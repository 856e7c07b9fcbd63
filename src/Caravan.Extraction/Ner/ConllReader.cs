namespace Caravan.Extraction.Ner;

/// <summary>
/// Reads CoNLL-style text: one token a line with the token in the first column and, when present, the BIO
/// label in the last; a blank line between sentences; "-DOCSTART-" lines ignored.
/// </summary>
public static class ConllReader
{
    public static IEnumerable<NerSentence> Read(TextReader reader, bool withLabels, string sourceName)
    {
        var tokens = new List<string>();
        var labels = new List<string>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Trim().Length == 0)
            {
                if (tokens.Count > 0)
                {
                    yield return new NerSentence([.. tokens], withLabels ? [.. labels] : null);
                    tokens.Clear();
                    labels.Clear();
                }

                continue;
            }

            var columns = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (columns[0] == "-DOCSTART-")
            {
                continue;
            }

            tokens.Add(columns[0]);
            if (withLabels)
            {
                if (columns.Length < 2)
                {
                    throw new FormatException($"{sourceName}:{lineNumber}: expected a token and a label, found '{line}'");
                }

                var label = columns[^1];
                if (Array.IndexOf(NerLabels.All, label) < 0)
                {
                    throw new FormatException($"{sourceName}:{lineNumber}: '{label}' is not a BIO label of PER, ORG, LOC or MISC");
                }

                labels.Add(label);
            }
        }

        if (tokens.Count > 0)
        {
            yield return new NerSentence([.. tokens], withLabels ? [.. labels] : null);
        }
    }
}
