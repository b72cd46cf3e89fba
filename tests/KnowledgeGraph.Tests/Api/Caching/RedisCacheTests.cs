using System.Diagnostics;
using KnowledgeGraph.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;

namespace KnowledgeGraph.Tests.Api.Caching;

/// <summary>Two API hosts share one real Redis as the cache's second level; Redis going away degrades caching, never answers.</summary>
public sealed class RedisCacheTests : IDisposable
{
    private readonly RedisServer _redis = new();
    private readonly TempDirectory _data = new();
    private readonly LogSink _sink = new();

    private KnowledgeGraphApp Host()
    {
        var app = new KnowledgeGraphApp { ExtraServices = s => s.AddSingleton<ILogEventSink>(_sink) };
        app.Settings["Cache:Redis"] = _redis.ConnectionString;
        app.Settings["Cache:LocalExpirationSeconds"] = "1";
        app.Settings["Store:SqlitePath"] = Path.Combine(_data.Path, "shared.db");
        app.Settings["Serilog:MinimumLevel:Override:Serilog.AspNetCore.RequestLoggingMiddleware"] = "Information";
        return app;
    }

    private string LastOutcome()
    {
        return _sink.Events.Last(e => e.Properties.ContainsKey("CacheHit")).Properties["CacheHit"].ToString().Trim('"');
    }

    [Fact]
    public async Task A_result_cached_by_one_host_is_a_hit_on_another()
    {
        using var one = Host();
        using var two = Host();
        const string query = "{ industries(first: 3) { totalCount nodes { id } } }";
        var first = await one.QueryAsync(query);
        Assert.Equal("miss", LastOutcome());
        two.Store.Reset();
        var second = await two.QueryAsync(query);
        Assert.Equal("hit", LastOutcome());
        Assert.Equal(0, two.Store.Calls);
        Assert.Equal(first.ToJsonString(), second.ToJsonString());
    }

    [Fact]
    public async Task When_redis_stops_requests_still_succeed_quickly_and_caching_resumes_when_it_returns()
    {
        using var one = Host();
        using var two = Host();
        await one.QueryAsync("{ tactics(first: 1) { totalCount } }");
        _redis.Stop();

        var watch = Stopwatch.StartNew();
        var data = await one.QueryAsync("{ outcomes(first: 2) { totalCount } }");
        Assert.True((int)data["outcomes"]!["totalCount"]! > 0);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(3), $"took {watch.Elapsed}");
        Assert.Contains(_sink.Events, e => e.Level >= LogEventLevel.Warning && e.RenderMessage().Contains("cache", StringComparison.OrdinalIgnoreCase));
        var ready = await one.CreateClient().GetAsync("/health/ready");
        Assert.Contains("Degraded", await ready.Content.ReadAsStringAsync());
        Assert.Equal(200, (int)(await one.CreateClient().GetAsync("/health/live")).StatusCode);

        _redis.Start();
        var deadline = DateTime.UtcNow.AddSeconds(20);
        string outcome;
        var attempt = 0;
        do
        {
            // A new query each time: written to Redis by one host, then read by the other.
            var query = $"{{ people(first: {++attempt}) {{ totalCount }} }}";
            await one.QueryAsync(query);
            await two.QueryAsync(query);
            outcome = LastOutcome();
            if (outcome != "hit")
            {
                await Task.Delay(250);
            }
        }
        while (outcome != "hit" && DateTime.UtcNow < deadline);
        Assert.Equal("hit", outcome);
    }

    public void Dispose()
    {
        _redis.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _data.Dispose();
    }
}
