using System.Text.Json.Nodes;
using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Api.Security;

/// <summary>Each client has a budget of requests and of query cost; past it, 429 with Retry-After and a coded error.</summary>
public sealed class RateLimitTests : IDisposable
{
    private readonly CuratedApp _app = new();

    private Task<HttpResponseMessage> SendAsync(string query, string? key = null) => _app.PostAsync(query, accept: null, bearer: key);

    private static async Task AssertLimitedAsync(HttpResponseMessage response)
    {
        Assert.Equal(429, (int)response.StatusCode);
        Assert.True(int.Parse(response.Headers.GetValues("Retry-After").Single()) >= 1);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("RATE_LIMITED", (string?)body["errors"]![0]!["extensions"]!["code"]);
    }

    [Fact]
    public async Task A_client_past_its_request_burst_gets_429_while_others_and_health_checks_are_served()
    {
        _app.Settings["RateLimit:RequestsPerSecond"] = "1";
        _app.Settings["RateLimit:RequestBurst"] = "5";
        var statuses = new List<int>();
        for (var i = 0; i < 8; i++)
        {
            using var response = await SendAsync("{ __typename }");
            statuses.Add((int)response.StatusCode);
            if (response.StatusCode == System.Net.HttpStatusCode.TooManyRequests)
            {
                await AssertLimitedAsync(response);
            }
        }
        Assert.Equal(200, statuses[0]);
        Assert.Equal(429, statuses[^1]);
        using var keyed = await SendAsync("{ __typename }", CuratedApp.ReaderKey);
        Assert.Equal(200, (int)keyed.StatusCode);   // an API key is its own client
        using var health = await _app.CreateClient().GetAsync("/health/live");
        Assert.Equal(200, (int)health.StatusCode);
    }

    [Fact]
    public async Task An_operation_the_client_cannot_pay_for_is_refused_before_it_runs_and_cached_answers_are_free()
    {
        _app.Settings["RateLimit:CostPerSecond"] = "1";
        _app.Settings["RateLimit:CostBurst"] = "600";   // the query below costs about 400
        const string query = "{ industries(first: 100) { nodes { id name organizations(first: 5) { totalCount } } } }";
        using (var first = await SendAsync(query))
        {
            Assert.Equal(200, (int)first.StatusCode);
        }
        var storeCalls = _app.Store.Calls;
        using (var second = await SendAsync(query.Replace("first: 5", "first: 4")))
        {
            await AssertLimitedAsync(second);
        }
        Assert.Equal(storeCalls, _app.Store.Calls);   // refused before any store work
        using var cached = await SendAsync(query);
        Assert.Equal(200, (int)cached.StatusCode);
        Assert.Equal("hit", cached.Headers.GetValues("X-Cache").Single());
    }

    [Fact]
    public async Task The_evidence_map_download_spends_the_same_budget_as_the_field()
    {
        _app.Settings["RateLimit:CostPerSecond"] = "1";
        _app.Settings["RateLimit:CostBurst"] = "3000";   // one evidence map (2,000), not two
        var client = _app.CreateClient();
        using (var first = await client.GetAsync("/export/evidence-map.csv?rows=TACTIC&columns=INDUSTRY"))
        {
            Assert.Equal(200, (int)first.StatusCode);
        }
        using var second = await client.GetAsync("/export/evidence-map.csv?rows=TACTIC&columns=INDUSTRY");
        await AssertLimitedAsync(second);
    }

    [Fact]
    public async Task The_production_budgets_let_a_dashboard_page_through()
    {
        foreach (var key in new[] { "RequestsPerSecond", "RequestBurst", "CostPerSecond", "CostBurst" })
        {
            _app.Settings.Remove("RateLimit:" + key);
        }
        for (var i = 0; i < 20; i++)
        {
            using var response = await SendAsync($"{{ industries(first: {i + 1}) {{ nodes {{ id name }} }} whatWorked(first: 10) {{ score }} }}");
            Assert.Equal(200, (int)response.StatusCode);
        }
        await _app.QueryAsync(HostileDocuments.GraphiQLIntrospection);
    }

    public void Dispose() => _app.Dispose();
}
