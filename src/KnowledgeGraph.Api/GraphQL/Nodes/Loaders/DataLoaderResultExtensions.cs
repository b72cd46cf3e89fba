using GraphQL.DataLoader;

namespace KnowledgeGraph.Api.GraphQL.Nodes.Loaders;

public static class DataLoaderResultExtensions
{
    /// <summary>Shapes a pending result once it arrives, keeping it pending for the executor.</summary>
    public static IDataLoaderResult<TResult> Then<T, TResult>(this IDataLoaderResult<T> result, Func<T, TResult> map) => new Mapped<T, TResult>(result, map);

    /// <summary>Waits for several pending results together.</summary>
    public static IDataLoaderResult<IReadOnlyList<T>> WhenAll<T>(this IReadOnlyList<IDataLoaderResult<T>> results) => new All<T>(results);

    /// <summary>A result already known, for a branch that needs no loading.</summary>
    public static IDataLoaderResult<T> Ready<T>(T value) => new Known<T>(value);

    private sealed class Known<T>(T value) : IDataLoaderResult<T>
    {
        public Task<T> GetResultAsync(CancellationToken cancellationToken = default) => Task.FromResult(value);

        Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => Task.FromResult<object?>(value);
    }

    /// <summary>Waits for two pending results of different types together.</summary>
    public static IDataLoaderResult<(T1 First, T2 Second)> And<T1, T2>(this IDataLoaderResult<T1> first, IDataLoaderResult<T2> second) => new Pair<T1, T2>(first, second);

    private sealed class Pair<T1, T2>(IDataLoaderResult<T1> first, IDataLoaderResult<T2> second) : IDataLoaderResult<(T1 First, T2 Second)>
    {
        public async Task<(T1 First, T2 Second)> GetResultAsync(CancellationToken cancellationToken = default) =>
            (await first.GetResultAsync(cancellationToken), await second.GetResultAsync(cancellationToken));

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }

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
