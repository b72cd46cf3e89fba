using System.Text.Json.Nodes;
using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Api.Caching;

/// <summary>Identical reads in flight share one execution; what that execution does must serve every caller alike.</summary>
public sealed class SharedExecutionTests : IDisposable
{
    private readonly StoreGate _gate = new();
    private readonly KnowledgeGraphApp _app;

    public SharedExecutionTests() => _app = new KnowledgeGraphApp { ExtraServices = services => GatedGraphStore.Install(services, _gate) };

    private async Task<(int Status, string Body)> SendAsync(string query, CancellationToken cancellationToken = default)
    {
        using var response = await _app.PostAsync(query, cancellationToken: cancellationToken);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync(cancellationToken));
    }

    /// <summary>Starts one request that waits at the gate, then more identical ones that join its execution.</summary>
    private async Task<(Task<(int Status, string Body)> First, List<Task<(int Status, string Body)>> Joined)> LineUpAsync(string query, CancellationToken firstClient)
    {
        await SendAsync("{ __typename }");
        _gate.Armed = true;
        var first = SendAsync(query, firstClient);
        await _gate.Entered.WaitAsync(TimeSpan.FromSeconds(30));
        var joined = Enumerable.Range(0, 6).Select(_ => SendAsync(query)).ToList();
        await Task.Delay(500);   // time for the others to reach the cache and join the first execution
        return (first, joined);
    }

    [Fact]
    public async Task Every_caller_joined_to_a_failing_read_gets_the_whole_error_and_the_same_status()
    {
        var (first, joined) = await LineUpAsync("""{ node(id: "tactic:hashtag_campaign") { id } industries(first: 500) { totalCount } }""", default);
        _gate.Open();
        var results = await Task.WhenAll(joined.Prepend(first));
        Assert.All(results, r =>
        {
            Assert.Equal(200, r.Status);
            var body = JsonNode.Parse(r.Body)!;
            Assert.Equal("BAD_USER_INPUT", (string?)body["errors"]![0]!["extensions"]!["code"]);
        });
        Assert.Single(results.Select(r => r.Body).Distinct());
    }

    [Fact]
    public async Task Parallel_identical_invalid_reads_all_answer_400_with_the_errors()
    {
        await SendAsync("{ __typename }");
        var results = await Task.WhenAll(Enumerable.Range(0, 24).Select(_ => SendAsync("{ industries { totalCount nope } }")));
        Assert.All(results, r =>
        {
            Assert.Equal(400, r.Status);
            Assert.Equal("GRAPHQL_VALIDATION_FAILED", (string?)JsonNode.Parse(r.Body)!["errors"]![0]!["extensions"]!["code"]);
        });
    }

    [Fact]
    public async Task A_client_that_disconnects_does_not_fail_the_callers_joined_to_its_read()
    {
        using var firstClient = new CancellationTokenSource();
        var (first, joined) = await LineUpAsync("""{ node(id: "tactic:hashtag_campaign") { id ... on Tactic { name } } }""", firstClient.Token);
        await firstClient.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first);
        _gate.Open();
        foreach (var (status, body) in await Task.WhenAll(joined))
        {
            Assert.True(status == 200, $"Expected 200, got {status}: {body}");
            Assert.Equal("tactic:hashtag_campaign", (string?)JsonNode.Parse(body)!["data"]!["node"]!["id"]);
        }
    }

    public void Dispose() => _app.Dispose();
}
