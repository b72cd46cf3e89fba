using GraphQL.DataLoader;

namespace KnowledgeGraph.Api.GraphQL.Nodes.Loaders;

public static class DataLoaderResultExtensions
{
    /// <summary>Shapes a pending result once it arrives, keeping it pending for the executor.</summary>
    public static IDataLoaderResult<TResult> Then<T, TResult>(this IDataLoaderResult<T> result, Func<T, TResult> map) => new Mapped<T, TResult>(result, map);

    /// <summary>Waits for several pending results together.</summary>
    public static IDataLoaderResult<IReadOnlyList<T>> WhenAll<T>(this IReadOnlyList<IDataLoaderResult<T>> results) => new All<T>(results);

    private sealed class Mapped<T, TResult>(IDataLoaderResult<T> inner, Func<T, TResult> map) : IDataLoaderResult<TResult>
    {
        public async Task<TResult> GetResultAsync(CancellationToken cancellationToken = default) => map(await inner.GetResultAsync(cancellationToken));

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }

    private sealed class All<T>(IReadOnlyList<IDataLoaderResult<T>> results) : IDataLoaderResult<IReadOnlyList<T>>
    {
        public async Task<IReadOnlyList<T>> GetResultAsync(CancellationToken cancellationToken = default)
        {
            var values = new List<T>(results.Count);
            foreach (var result in results)
            {
                values.Add(await result.GetResultAsync(cancellationToken));
            }
            return values;
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}
