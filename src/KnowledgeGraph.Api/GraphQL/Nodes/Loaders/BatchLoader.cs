using GraphQL.DataLoader;

namespace KnowledgeGraph.Api.GraphQL.Nodes.Loaders;

/// <summary>
/// A per-request batch loader: resolvers register keys and get a pending result; the first result awaited
/// fetches every key registered so far in one call. The serial execution strategy awaits pending results only
/// after a whole level has registered its keys, so one level costs one fetch. Not thread-safe by design.
/// </summary>
public sealed class BatchLoader<TKey, TValue>(Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch)
    where TKey : notnull
{
    private readonly HashSet<TKey> _pending = [];
    private readonly Dictionary<TKey, TValue?> _loaded = [];

    public IDataLoaderResult<TValue?> Load(TKey key)
    {
        if (!_loaded.ContainsKey(key))
        {
            _pending.Add(key);
        }
        return new Pending(this, key);
    }

    private async Task<TValue?> GetAsync(TKey key, CancellationToken cancellationToken)
    {
        if (!_loaded.ContainsKey(key) && _pending.Count > 0)
        {
            var keys = _pending.ToArray();
            _pending.Clear();
            var values = await fetch(keys, cancellationToken);
            _loaded.EnsureCapacity(_loaded.Count + keys.Length);
            foreach (var k in keys)
            {
                _loaded[k] = values.TryGetValue(k, out var value) ? value : default;
            }
        }
        return _loaded.GetValueOrDefault(key);
    }

    private sealed class Pending(BatchLoader<TKey, TValue> loader, TKey key) : IDataLoaderResult<TValue?>
    {
        public Task<TValue?> GetResultAsync(CancellationToken cancellationToken = default) => loader.GetAsync(key, cancellationToken);

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}
