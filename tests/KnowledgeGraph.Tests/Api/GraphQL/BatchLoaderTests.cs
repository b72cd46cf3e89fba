using KnowledgeGraph.Api.GraphQL.Nodes.Loaders;

namespace KnowledgeGraph.Tests.Api.GraphQL;

/// <summary>The per-request batch loader, without a schema or a store.</summary>
public sealed class BatchLoaderTests
{
    private readonly List<string[]> _fetches = [];

    private BatchLoader<string, int> Loader() => new((keys, _) =>
    {
        _fetches.Add(keys.Order().ToArray());
        return Task.FromResult<IReadOnlyDictionary<string, int>>(keys.Where(k => k != "missing").ToDictionary(k => k, k => k.Length));
    });

    [Fact]
    public async Task Keys_registered_before_the_first_await_are_fetched_in_one_call_once_each()
    {
        var loader = Loader();
        var results = new[] { "a", "bb", "a", "ccc" }.Select(loader.Load).ToList();
        var values = new List<int>();
        foreach (var result in results)
        {
            values.Add(await result.GetResultAsync());
        }
        Assert.Equal([1, 2, 1, 3], values);
        Assert.Equal(["a", "bb", "ccc"], Assert.Single(_fetches));
    }

    [Fact]
    public async Task Loaded_keys_are_not_fetched_again_and_new_keys_make_one_more_call()
    {
        var loader = Loader();
        await loader.Load("a").GetResultAsync();
        Assert.Equal(1, await loader.Load("a").GetResultAsync());
        Assert.Equal(2, await loader.Load("bb").GetResultAsync());
        Assert.Equal([["a"], ["bb"]], _fetches);
    }

    [Fact]
    public async Task A_key_the_fetch_does_not_return_resolves_to_the_default()
    {
        var loader = Loader();
        var missing = loader.Load("missing");
        var found = loader.Load("a");
        Assert.Equal(0, await missing.GetResultAsync());
        Assert.Equal(1, await found.GetResultAsync());
        Assert.Single(_fetches);
    }
}
