using System.Runtime.ExceptionServices;
namespace Caravan.Extraction.Pipeline;

/// <summary>
/// Work on each sentence that needs nothing but the sentence (and the finished stages before it), done side by side
/// on the machine's cores for a long text. A report of a few pages stays on its thread: a server extracts many such
/// reports at once, and one long text should not wait behind them or starve them.
/// </summary>
public static class SentenceWork
{
    /// <summary>From this many sentences (or things of one sentence each) (about 150 KB of text), the work is shared between cores.</summary>
    public const int SideBySideFrom = 1000;

    public static T[] Map<TSentence, T>(IReadOnlyList<TSentence> sentences, Func<TSentence, T> work)
    {
        var results = new T[sentences.Count];
        if (sentences.Count < SideBySideFrom)
        {
            for (var i = 0; i < results.Length; i++)
            {
                results[i] = work(sentences[i]);
            }

            return results;
        }

        try
        {
            Parallel.For(0, results.Length, i => results[i] = work(sentences[i]));
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            // A pattern's time-out is the stage's to handle, as it would be on one thread.
            ExceptionDispatchInfo.Throw(e.InnerExceptions[0]);
        }

        return results;
    }
}
