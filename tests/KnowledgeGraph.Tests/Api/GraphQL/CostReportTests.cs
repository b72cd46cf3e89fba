using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Api.GraphQL;

/// <summary>
/// Every response reports what its operation cost (<c>extensions.cost</c>), a dry run reports it without running or
/// charging anything, and the refusals for cost say the numbers.
/// </summary>
public sealed class CostReportTests : IDisposable
{
    private const string Panel = "{ industries(first: 100) { nodes { id name organizations(first: 5) { totalCount } } } }";
    private const string TooExpensive =
        "{ a: neighborhood(id: \"industry:cross_industry\", depth: 3, limit: 1000) { nodes { id ... on Industry { name organizations(first: 100) { totalCount nodes { id name } } } } } }";

    private readonly KnowledgeGraphApp _app = new();

    public CostReportTests()
    {
        _app.Settings["RateLimit:CostPerSecond"] = "1";
        _app.Settings["RateLimit:CostBurst"] = "100000";
    }

    public void Dispose() => _app.Dispose();

    private async Task<(int Status, JsonNode Body, HttpResponseMessage Response)> SendAsync(
        string query, object? extensions = null, string accept = "application/graphql-response+json")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, extensions }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse(accept));
        var response = await _app.CreateClient().SendAsync(request);
        return ((int)response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!, response);
    }

    private static (double Estimated, int Limit, int Charged, long Remaining, int Capacity, int PerSecond) CostOf(JsonNode body)
    {
        var cost = body["extensions"]?["cost"] ?? throw new Xunit.Sdk.XunitException($"no extensions.cost in {body.ToJsonString()}");
        return ((double)cost["estimated"]!, (int)cost["limit"]!, (int)cost["charged"]!,
            (long)cost["budget"]!["remaining"]!, (int)cost["budget"]!["capacity"]!, (int)cost["budget"]!["perSecond"]!);
    }

    [Fact]
    public async Task A_query_reports_its_cost_the_limit_and_what_is_left_of_the_budget()
    {
        var (status, body, _) = await SendAsync(Panel);

        Assert.Equal(200, status);
        Assert.NotNull(body["data"]!["industries"]);
        var cost = CostOf(body);
        Assert.InRange(cost.Estimated, 100, 50_000);
        Assert.Equal(50_000, cost.Limit);
        Assert.Equal(cost.Estimated, cost.Charged);
        Assert.Equal(100_000, cost.Capacity);
        Assert.Equal(1, cost.PerSecond);
        Assert.InRange(cost.Remaining, 100_000 - cost.Charged, 100_000 - cost.Charged + 60);   // refilled at 1 per second
    }

    [Fact]
    public async Task A_cached_answer_reports_the_same_cost_and_charges_nothing()
    {
        var (_, first, _) = await SendAsync(Panel);
        var (status, second, response) = await SendAsync(Panel);

        Assert.Equal(200, status);
        Assert.Equal("hit", response.Headers.GetValues("X-Cache").Single());
        Assert.Equal(first["data"]!.ToJsonString(), second["data"]!.ToJsonString());
        var (before, after) = (CostOf(first), CostOf(second));
        Assert.Equal(before.Estimated, after.Estimated);
        Assert.Equal(0, after.Charged);
        Assert.InRange(after.Remaining, before.Remaining, before.Remaining + 60);
    }

    [Fact]
    public async Task A_dry_run_reports_the_cost_without_reading_the_store_or_spending_the_budget()
    {
        _app.Store.Reset();
        var (status, body, _) = await SendAsync(Panel, new { dryRun = true });
        var dryRun = CostOf(body);

        Assert.Equal(200, status);
        Assert.Null(body["data"]);
        Assert.Null(body["errors"]);
        Assert.Equal(0, dryRun.Charged);
        Assert.Equal(0, _app.Store.Calls);
        Assert.InRange(dryRun.Remaining, 100_000, 100_000);
        var (_, real, _) = await SendAsync(Panel);
        Assert.Equal(dryRun.Estimated, CostOf(real).Estimated);
    }

    [Fact]
    public async Task A_dry_run_over_GET_is_asked_for_in_the_extensions_parameter()
    {
        var url = "/graphql?query=" + Uri.EscapeDataString(Panel) + "&extensions=" + Uri.EscapeDataString("""{"dryRun":true}""");
        var response = await _app.CreateClient().GetAsync(url);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Null(body["data"]);
        Assert.InRange(CostOf(body).Estimated, 100, 50_000);
    }

    [Fact]
    public async Task A_dry_run_of_a_query_over_the_limit_is_refused_with_the_numbers_as_the_real_run_would_be()
    {
        foreach (var extensions in new object?[] { new { dryRun = true }, null })
        {
            var (status, body, _) = await SendAsync(TooExpensive, extensions);
            var error = body["errors"]![0]!;
            var cost = CostOf(body);

            Assert.Equal(400, status);
            Assert.Equal("QUERY_TOO_COMPLEX", (string?)error["extensions"]!["code"]);
            Assert.True(cost.Estimated > cost.Limit);
            Assert.Equal(0, cost.Charged);
            Assert.Contains($"at most {cost.Limit} is allowed", (string?)error["message"]);
        }
    }

    [Fact]
    public async Task A_dry_run_of_an_invalid_document_answers_its_validation_errors()
    {
        var (status, body, _) = await SendAsync("{ industries(first: 1) { nodes { nosuchfield } } }", new { dryRun = true });

        Assert.Equal(400, status);
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", (string?)body["errors"]![0]!["extensions"]!["code"]);
    }

    [Fact]
    public async Task An_operation_over_the_budget_is_refused_with_what_it_costs_and_what_is_left()
    {
        _app.Settings["RateLimit:CostBurst"] = "600";   // the panel costs about 400
        await SendAsync(Panel);

        var (status, body, _) = await SendAsync(Panel.Replace("first: 5", "first: 4"));
        var cost = CostOf(body);
        var message = (string?)body["errors"]![0]!["message"];

        Assert.Equal(429, status);
        Assert.Equal("RATE_LIMITED", (string?)body["errors"]![0]!["extensions"]!["code"]);
        Assert.Equal(0, cost.Charged);
        Assert.True(cost.Remaining < cost.Estimated);
        Assert.Contains("costs " + Math.Ceiling(cost.Estimated).ToString("N0", System.Globalization.CultureInfo.InvariantCulture), message);
        Assert.Contains("of 600 is left", message);
    }

    [Fact]
    public async Task The_evidence_map_download_refused_for_its_cost_says_the_numbers_too()
    {
        _app.Settings["RateLimit:CostBurst"] = "3000";   // one evidence map (2,000), not two
        var client = _app.CreateClient();
        (await client.GetAsync("/export/evidence-map.csv?rows=TACTIC&columns=INDUSTRY")).EnsureSuccessStatusCode();

        var refused = await client.GetAsync("/export/evidence-map.csv?rows=TACTIC&columns=INDUSTRY");
        var error = JsonNode.Parse(await refused.Content.ReadAsStringAsync())!["errors"]![0]!;

        Assert.Equal(429, (int)refused.StatusCode);
        Assert.Equal("RATE_LIMITED", (string?)error["extensions"]!["code"]);
        Assert.Contains("costs 2,000", (string?)error["message"]);
        Assert.Contains("of 3000 is left", (string?)error["message"]);
    }
}
