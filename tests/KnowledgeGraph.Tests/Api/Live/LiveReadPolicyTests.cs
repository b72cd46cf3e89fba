using System.Net;
using System.Text.Json.Nodes;
using KnowledgeGraph.Tests.Support;
using static KnowledgeGraph.Tests.Api.Live.LiveTestClient;

namespace KnowledgeGraph.Tests.Api.Live;

/// <summary>With reads closed to readers (Auth:RequireReaderForReads), both live transports close with them.</summary>
public sealed class LiveReadPolicyTests : IDisposable
{
    private readonly CuratedApp _app = new();

    public LiveReadPolicyTests() => _app.Settings["Auth:RequireReaderForReads"] = "true";

    [Fact]
    public async Task An_anonymous_event_stream_is_refused_with_401_and_a_reader_key_opens_it()
    {
        using var anonymous = await OpenSseAsync(_app.CreateClient(), GraphChanged);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal("UNAUTHENTICATED", (string?)JsonNode.Parse(await anonymous.Content.ReadAsStringAsync())!["errors"]![0]!["extensions"]!["code"]);

        using var reader = await OpenSseAsync(_app.CreateClient(), "{ graphVersion }", bearer: CuratedApp.ReaderKey);
        using var events = new StreamReader(await reader.Content.ReadAsStreamAsync());
        Assert.Equal(1, (int)JsonNode.Parse((await ReadEventAsync(events)).Data)!["data"]!["graphVersion"]!);
    }

    [Fact]
    public async Task An_anonymous_socket_gets_an_unauthenticated_error_per_operation_and_a_reader_key_in_connection_init_reads()
    {
        using var anonymous = await InitialisedAsync(_app);
        await SendAsync(anonymous, new { id = "1", type = "subscribe", payload = new { query = GraphChanged } });
        var (error, _) = await ReceiveAsync(anonymous);
        Assert.Equal(("error", "UNAUTHENTICATED"), ((string?)error!["type"], (string?)error["payload"]![0]!["extensions"]!["code"]));

        using var reader = await InitialisedAsync(_app, payloadBearer: CuratedApp.ReaderKey);
        await SendAsync(reader, new { id = "1", type = "subscribe", payload = new { query = GraphChanged } });
        await UntilListenersAsync(_app, 1);
        await MutateAsync(_app, Rename);
        var (next, _) = await ReceiveAsync(reader);
        Assert.Equal(2, (int)next!["payload"]!["data"]!["graphChanged"]!["graphVersion"]!);
    }

    public void Dispose() => _app.Dispose();
}
