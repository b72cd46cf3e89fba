using KnowledgeGraph.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;

namespace KnowledgeGraph.Tests.Api;

/// <summary>Read results are cached per graph version: a repeat is served without the store, a write makes it fresh again.</summary>
public sealed class ResponseCacheTests : IDisposable
{
    private readonly List<LogEvent> _events = [];
    private readonly CuratedApp _app;

    public ResponseCacheTests()
    {
        _app = new CuratedApp { ExtraServices = s => s.AddSingleton<ILogEventSink>(new Sink(_events)) };
        _app.Settings["Serilog:MinimumLevel:Override:Serilog.AspNetCore.RequestLoggingMiddleware"] = "Information";
    }

    private string[] CacheOutcomes()
    {
        lock (_events)
        {
            return _events.Where(e => e.Properties.ContainsKey("CacheHit")).Select(e => e.Properties["CacheHit"].ToString().Trim('"')).ToArray();
        }
    }

    [Fact]
    public async Task A_repeated_read_is_served_from_the_cache_until_the_graph_changes()
    {
        const string query = """{ node(id: "tactic:hashtag_campaign") { ... on Tactic { name version organizations: usedBy { totalCount } } } }""";
        var first = await _app.DataAsync(query, null);
        _app.Store.Reset();
        var second = await _app.DataAsync(query, null);
        Assert.Equal(first.ToJsonString(), second.ToJsonString());
        Assert.Equal(0, _app.Store.Calls);

        await _app.DataAsync("""mutation { updateTactic(id: "tactic:hashtag_campaign", version: 1, patch: { name: "Hashtag campaigns" }) { version } }""", CuratedApp.CuratorKey);
        var third = await _app.DataAsync(query, null);
        Assert.Equal(("Hashtag campaigns", 2), ((string?)third["node"]!["name"], (int)third["node"]!["version"]!));
        await Task.Delay(200);
        Assert.Equal(["miss", "hit", "-", "miss"], CacheOutcomes());
    }

    [Fact]
    public async Task Errors_are_not_cached()
    {
        const string query = "{ industries(first: 500) { totalCount } }";
        await _app.ErrorAsync(query, null, "BAD_USER_INPUT");
        await _app.ErrorAsync(query, null, "BAD_USER_INPUT");
        await Task.Delay(200);
        Assert.Equal(["miss", "miss"], CacheOutcomes());
    }

    public void Dispose() => _app.Dispose();

    private sealed class Sink(List<LogEvent> events) : ILogEventSink
    {
        public void Emit(LogEvent logEvent)
        {
            lock (events)
            {
                events.Add(logEvent);
            }
        }
    }
}

/// <summary>
/// Metrics listeners are process-wide, so this runs alone: other hosts' requests would otherwise count too.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MetricsCollection
{
    public const string Name = "Metrics (alone)";
}

[Collection(MetricsCollection.Name)]
public sealed class MetricsTests : IDisposable
{
    private readonly CuratedApp _app = new();

    [Fact]
    public async Task The_hit_ratio_is_published_as_metrics()
    {
        await _app.DataAsync("{ outcomes { totalCount } }", null);
        await _app.DataAsync("{ outcomes { totalCount } }", null);
        await _app.DataAsync("{ outcomes { totalCount } }", null);
        var metrics = await _app.CreateClient().GetStringAsync("/metrics");
        Assert.Matches(@"knowledge_graph_cache_hits_total(\{[^}]*\})? 2(\s|$)", metrics);
        Assert.Matches(@"knowledge_graph_cache_misses_total(\{[^}]*\})? 1(\s|$)", metrics);
        Assert.Matches(@"knowledge_graph_cache_hit_ratio(\{[^}]*\})? 0\.66", metrics);
    }

    public void Dispose() => _app.Dispose();
}
