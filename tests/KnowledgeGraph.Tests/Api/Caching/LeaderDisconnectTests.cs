using System.Text.Json.Nodes;
using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Api.Caching;

/// <summary>The first caller of a shared read leaves while the read fails: the others still get its error, not a 500 (D3).</summary>
public sealed class LeaderDisconnectTests : IDisposable
{
    private readonly StoreGate _gate = new();
    private readonly KnowledgeGraphApp _app;

    public LeaderDisconnectTests() => _app = new KnowledgeGraphApp { ExtraServices = services => GatedGraphStore.Install(services, _gate) };

    private async Task<(int Status, string Body)> SendAsync(string query, CancellationToken cancellationToken = default)
    {
        using var response = await _app.PostAsync(query, cancellationToken: cancellationToken);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync(cancellationToken));
    }

    [Fact]
    public async Task Callers_joined_to_a_failing_read_whose_first_caller_left_get_the_error()
    {
        const string query = """{ node(id: "tactic:hashtag_campaign") { id } neighborhood(id: "industry:gone_missing") { truncated } }""";
        await SendAsync("{ __typename }");
        _gate.Armed = true;
        using var leader = new CancellationTokenSource();
        var first = SendAsync(query, leader.Token);
        await _gate.Entered.WaitAsync(TimeSpan.FromSeconds(30));
        var joined = Enumerable.Range(0, 19).Select(_ => SendAsync(query)).ToList();
        await Task.Delay(500);   // time for the others to join the first execution
        await leader.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first);
        _gate.Open();
        var results = await Task.WhenAll(joined);
        Assert.All(results, r =>
        {
            Assert.True(r.Status == 200, $"Expected 200, got {r.Status}: '{r.Body}'");
            Assert.Equal("NOT_FOUND", (string?)JsonNode.Parse(r.Body)!["errors"]![0]!["extensions"]!["code"]);
        });
        Assert.Single(results.Select(r => r.Body).Distinct());
    }

    public void Dispose() => _app.Dispose();
}
