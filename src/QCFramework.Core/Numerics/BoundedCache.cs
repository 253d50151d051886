namespace QCFramework.Numerics;

/// <summary>
/// A thread-safe cache of at most a given number of entries, dropping the least recently used.
/// A value is computed once per key even when threads ask at the same time.
/// </summary>
/// <typeparam name="TKey">Key type.</typeparam>
/// <typeparam name="TValue">Value type.</typeparam>
public sealed class BoundedCache<TKey, TValue>(int capacity)
    where TKey : notnull
{
    private readonly object _gate = new();
    private readonly Dictionary<TKey, (Lazy<TValue> Value, long Used)> _entries = new();
    private long _clock;

    /// <summary>The value for <paramref name="key"/>, computed by <paramref name="create"/> when absent.</summary>
    public TValue GetOrAdd(TKey key, Func<TValue> create)
    {
        Lazy<TValue> lazy;
        lock (_gate)
        {
            if (_entries.TryGetValue(key, out var entry))
            {
                lazy = entry.Value;
            }
            else
            {
                if (_entries.Count >= capacity)
                {
                    var oldest = _entries.MinBy(e => e.Value.Used).Key;
                    _entries.Remove(oldest);
                }

                lazy = new Lazy<TValue>(create, LazyThreadSafetyMode.ExecutionAndPublication);
            }

            _entries[key] = (lazy, ++_clock);
        }

        return lazy.Value;
    }
}
