using System.Diagnostics;
using System.Text.Json.Nodes;
using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Api.Security;

/// <summary>Work nobody will receive is stopped: at the execution timeout, and when the client goes away.</summary>
public sealed class StoppedWorkTests : IDisposable
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(15);
    private readonly StoreGate _gate = new();
    private readonly KnowledgeGraphApp _app;

    public StoppedWorkTests()
    {
        _app = new KnowledgeGraphApp { ExtraServices = services => GatedGraphStore.Install(services, _gate) };
        _app.Settings["GraphQL:QueryTimeoutSeconds"] = "0.5";
    }

    private Task<HttpResponseMessage> SendAsync(string query, CancellationToken cancellationToken = default) =>
        _app.PostAsync(query, accept: "application/json", cancellationToken: cancellationToken);

    [Theory]
    [InlineData("{ node(id: \"industry:hospitality_hotels_casinos\") { id } }")]
    [InlineData("{ a: node(id: \"industry:hospitality_hotels_casinos\") { id } b: __typename }")]
    public async Task A_query_past_its_timeout_is_stopped_and_answers_503_TIMEOUT(string query)
    {
        await SendAsync("{ __typename }");
        _gate.Armed = true;   // the store read now waits until the gate opens, which it never does
        var clock = Stopwatch.StartNew();
        using var response = await SendAsync(query);
        Assert.True(clock.Elapsed < Generous, $"took {clock.Elapsed}");
        Assert.Equal(503, (int)response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("TIMEOUT", (string?)body["errors"]![0]!["extensions"]!["code"]);
        Assert.Null(body["data"]);
        await _gate.Cancelled.WaitAsync(Generous);   // the store call itself saw the cancellation
    }

    [Fact]
    public async Task A_timed_out_read_is_not_cached()
    {
        await SendAsync("{ __typename }");
        _gate.Armed = true;
        const string query = "{ node(id: \"industry:hospitality_hotels_casinos\") { id } }";
        using (var timedOut = await SendAsync(query))
        {
            Assert.Equal(503, (int)timedOut.StatusCode);
        }
        _gate.Armed = false;
        var data = await _app.QueryAsync(query);
        Assert.Equal("industry:hospitality_hotels_casinos", (string?)data["node"]!["id"]);
    }

    [Fact]
    public async Task A_client_that_disconnects_stops_its_store_work()
    {
        _app.Settings["GraphQL:QueryTimeoutSeconds"] = "600";
        await SendAsync("{ __typename }");
        _gate.Armed = true;
        using var client = new CancellationTokenSource();
        var request = SendAsync("{ node(id: \"industry:hospitality_hotels_casinos\") { id } }", client.Token);
        await _gate.Entered.WaitAsync(Generous);
        await client.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => request);
        await _gate.Cancelled.WaitAsync(Generous);
    }

    public void Dispose() => _app.Dispose();
}
