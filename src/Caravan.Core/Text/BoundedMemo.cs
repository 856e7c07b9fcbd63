using System.Collections.Concurrent;

namespace Caravan.Core.Text;

/// <summary>
/// A pure function's answers, kept for the inputs it has seen so each is worked out once; safe to share between
/// threads. Bounded, so a stream of ever new inputs cannot grow it without end: past <paramref name="capacity"/>
/// inputs a new one is worked out each time it comes. The first inputs of a text are its frequent ones.
/// </summary>
public sealed class BoundedMemo<TKey, TValue>(Func<TKey, TValue> compute, int capacity, IEqualityComparer<TKey>? comparer = null)
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, TValue> answers = new(comparer);
    private int count;

    public TValue Of(TKey key)
    {
        if (answers.TryGetValue(key, out var answer))
        {
            return answer;
        }

        answer = compute(key);
        if (Volatile.Read(ref count) < capacity && answers.TryAdd(key, answer))
        {
            Interlocked.Increment(ref count);
        }

        return answer;
    }
}
