using System.Text.Json.Nodes;
using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Api.Caching;

/// <summary>
/// The graph version kept in memory on SQLite: a cache hit reads nothing from the store, a write through the host moves
/// the version at once, and a write by another process to the same file is seen within the re-read interval.
/// </summary>
public sealed class GraphVersionMemoryTests : IDisposable
{
    private const string Read = """{ node(id: "tactic:hashtag_campaign") { ... on Tactic { name version } } }""";
    private const string Rename = """mutation { updateTactic(id: "tactic:hashtag_campaign", version: 1, patch: { name: "Hashtag campaigns" }) { version } }""";

    private readonly List<CuratedApp> _apps = [];

    private CuratedApp Host(int refreshMilliseconds, string? sqlitePath = null)
    {
        var app = new CuratedApp();
        app.Settings["Cache:VersionRefreshMilliseconds"] = refreshMilliseconds.ToString();
        if (sqlitePath is not null)
        {
            app.Settings["Store:SqlitePath"] = sqlitePath;
        }
        _apps.Add(app);
        return app;
    }

    private static async Task<(string? Cache, JsonNode Data)> ReadAsync(KnowledgeGraphApp app, string query = Read)
    {
        var response = await app.PostAsync(query);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.True(body["errors"] is null, body.ToJsonString());
        return (response.Headers.TryGetValues("X-Cache", out var values) ? values.Single() : null, body["data"]!);
    }

    [Fact]
    public async Task A_cache_hit_reads_nothing_from_the_store_not_even_the_graph_version()
    {
        var app = Host(refreshMilliseconds: 3_600_000);
        const string query = "{ industries(first: 3) { nodes { id name organizations(first: 2) { nodes { id } } } } }";
        var (first, expected) = await ReadAsync(app, query);
        Assert.Equal("miss", first);
        await ReadAsync(app, query);
        app.Store.Reset();

        var (outcome, data) = await ReadAsync(app, query);

        Assert.Equal("hit", outcome);
        Assert.Equal(expected.ToJsonString(), data.ToJsonString());
        Assert.Equal((0, 0), (app.Store.Calls, app.Store.VersionReads));
    }

    [Fact]
    public async Task A_write_through_the_host_is_read_at_once_without_asking_the_store_for_the_version()
    {
        var app = Host(refreshMilliseconds: 3_600_000);
        await ReadAsync(app);
        var (cached, before) = await ReadAsync(app);
        Assert.Equal(("hit", 1), (cached, (int)before["node"]!["version"]!));

        await app.DataAsync(Rename, CuratedApp.CuratorKey);
        app.Store.Reset();
        var (outcome, after) = await ReadAsync(app);

        Assert.Equal("miss", outcome);
        Assert.Equal(("Hashtag campaigns", 2), ((string?)after["node"]!["name"], (int)after["node"]!["version"]!));
        Assert.Equal(0, app.Store.VersionReads);
    }

    [Fact]
    public async Task A_write_by_another_process_to_the_same_file_is_read_within_the_re_read_interval()
    {
        var server = Host(refreshMilliseconds: 100);
        await ReadAsync(server);
        Assert.Equal("hit", (await ReadAsync(server)).Cache);
        var other = Host(refreshMilliseconds: 3_600_000, sqlitePath: server.DatabasePath);   // another writer of the file, unheard

        await other.DataAsync(Rename, CuratedApp.CuratorKey);

        var deadline = DateTime.UtcNow.AddSeconds(20);
        var name = (string?)null;
        while (name != "Hashtag campaigns" && DateTime.UtcNow < deadline)
        {
            name = (string?)(await ReadAsync(server)).Data["node"]!["name"];
            await Task.Delay(20);
        }
        Assert.Equal("Hashtag campaigns", name);
    }

    [Fact]
    public async Task With_the_version_memory_off_every_cached_read_asks_the_store_for_the_version()
    {
        var app = Host(refreshMilliseconds: 100);
        app.Settings["Cache:VersionInMemory"] = "Off";
        await ReadAsync(app);
        app.Store.Reset();

        var (outcome, _) = await ReadAsync(app);

        Assert.Equal("hit", outcome);
        Assert.Equal((0, 1), (app.Store.Calls, app.Store.VersionReads));
    }

    public void Dispose()
    {
        foreach (var app in _apps)
        {
            app.Dispose();
        }
    }
}
