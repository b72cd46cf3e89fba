using System.Diagnostics;
using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Api.Hosting;

/// <summary>PostgreSQL going away: requests fail fast with STORE_UNAVAILABLE, readiness turns 503, and all recovers by itself.</summary>
[Collection(PostgresCollection.Name)]
public sealed class StoreOutageTests(PostgresServer postgres) : IAsyncLifetime
{
    private CuratedApp _app = null!;

    public async Task InitializeAsync()
    {
        _app = new CuratedApp { Environment = "Production" };
        _app.Settings["Store:Provider"] = "Postgres";
        _app.Settings["Store:Postgres"] = await postgres.CreateDatabaseAsync();
        await _app.DataAsync("{ __typename }", null);
    }

    [Fact]
    public async Task A_stopped_database_fails_fast_and_the_api_recovers_without_a_restart()
    {
        const string query = "{ interventions(first: 3) { totalCount nodes { id } } }";
        var before = await _app.DataAsync(query, null);
        Assert.Equal(200, (int)(await _app.CreateClient().GetAsync("/health/ready")).StatusCode);

        await postgres.StopAsync();
        try
        {
            var clock = Stopwatch.StartNew();
            var (status, body) = await _app.SendAsync("{ industries(first: 2) { totalCount } }", null);
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
            Assert.Equal(200, status);
            var error = body["errors"]![0]!;
            Assert.Equal("STORE_UNAVAILABLE", (string?)error["extensions"]!["code"]);
            Assert.DoesNotContain("   at ", body.ToJsonString());
            await _app.ErrorAsync("""mutation { updateTactic(id: "tactic:hashtag_campaign", version: 1, patch: { name: "X" }) { version } }""", CuratedApp.CuratorKey, "STORE_UNAVAILABLE");
            Assert.Equal(503, (int)(await _app.CreateClient().GetAsync("/health/ready")).StatusCode);
            Assert.Equal(200, (int)(await _app.CreateClient().GetAsync("/health/live")).StatusCode);
        }
        finally
        {
            await postgres.StartAsync();
        }

        var deadline = DateTime.UtcNow.AddSeconds(20);
        while ((int)(await _app.CreateClient().GetAsync("/health/ready")).StatusCode != 200 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200);
        }
        Assert.Equal(200, (int)(await _app.CreateClient().GetAsync("/health/ready")).StatusCode);
        var after = await _app.DataAsync(query, null);
        Assert.Equal(before.ToJsonString(), after.ToJsonString());
        await _app.DataAsync("""mutation { updateTactic(id: "tactic:hashtag_campaign", version: 1, patch: { name: "Back" }) { version } }""", CuratedApp.CuratorKey);
    }

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }
}
