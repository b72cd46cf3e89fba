using KnowledgeGraph.Tests.Support;
using static KnowledgeGraph.Tests.Api.Live.LiveTestClient;

namespace KnowledgeGraph.Tests.Api.Live;

/// <summary>
/// The npm clients dashboards use, against the real host on a loopback port: graphql-sse and graphql-ws (with the ws
/// package) subscribe to graphChanged, a curator's mutation runs, and each reports the event it received.
/// </summary>
public sealed class RealClientsTests : IDisposable
{
    private readonly CuratedApp _app = new();

    public RealClientsTests()
    {
        _app.UseKestrel(0);
        _app.StartServer();
    }

    private string BaseUrl => _app.ClientOptions.BaseAddress.ToString().TrimEnd('/');

    [Theory]
    [InlineData("live-sse.mjs")]
    [InlineData("live-ws.mjs")]
    public async Task The_client_receives_graphChanged_with_the_version_and_the_node_a_mutation_wrote(string script)
    {
        var client = NodeClients.RunAsync(script, BaseUrl, [CuratedApp.ReaderKey]);
        await UntilListenersAsync(_app, 1);

        await MutateAsync(_app, Rename);

        var observed = await client;
        var change = observed["received"]!["data"]!["graphChanged"]!;
        Assert.Equal((2, "UPSERT", 1, 0, true), ((int)change["graphVersion"]!, (string?)change["kind"], (int)change["nodesWritten"]!, (int)change["relationshipsWritten"]!, (bool)change["complete"]!));
        Assert.Equal("""[{"id":"tactic:hashtag_campaign","label":"Tactic","removed":false}]""", change["nodes"]!.ToJsonString());
        if (observed["before"] is { } before)
        {
            Assert.Equal(1, (int)before["data"]!["graphVersion"]!);   // graphql-ws also ran a query on the same socket first
        }
        await UntilListenersAsync(_app, 0, atMost: true);
    }

    public void Dispose() => _app.Dispose();
}
