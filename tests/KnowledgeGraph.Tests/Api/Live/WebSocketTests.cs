using System.Net.WebSockets;
using KnowledgeGraph.Tests.Support;
using static KnowledgeGraph.Tests.Api.Live.LiveTestClient;

namespace KnowledgeGraph.Tests.Api.Live;

/// <summary>GraphQL over WebSocket (graphql-ws, subprotocol graphql-transport-ws) at /graphql.</summary>
public sealed class WebSocketTests : IDisposable
{
    private readonly CuratedApp _app = new();

    [Fact]
    public async Task A_subscribed_socket_receives_the_mutation_as_a_next_message_and_completing_ends_it_on_the_server()
    {
        using var socket = await InitialisedAsync(_app);
        await SendAsync(socket, new { id = "1", type = "subscribe", payload = new { query = GraphChanged } });
        await UntilListenersAsync(_app, 1);

        await MutateAsync(_app, Rename);

        var (next, _) = await ReceiveAsync(socket);
        Assert.Equal(("next", "1"), ((string?)next!["type"], (string?)next["id"]));
        var change = next["payload"]!["data"]!["graphChanged"]!;
        Assert.Equal((2, "UPSERT", "tactic:hashtag_campaign"), ((int)change["graphVersion"]!, (string?)change["kind"], (string?)change["nodes"]![0]!["id"]));

        await SendAsync(socket, new { id = "1", type = "complete" });
        await UntilListenersAsync(_app, 0, atMost: true);
    }

    [Fact]
    public async Task A_query_is_answered_with_next_then_complete_and_a_ping_with_a_pong()
    {
        using var socket = await InitialisedAsync(_app);
        await SendAsync(socket, new { type = "ping" });
        Assert.Equal("pong", (string?)(await ReceiveAsync(socket)).Message!["type"]);

        await SendAsync(socket, new { id = "q", type = "subscribe", payload = new { query = "{ graphVersion }" } });

        var (next, _) = await ReceiveAsync(socket);
        var (complete, _) = await ReceiveAsync(socket);
        Assert.Equal(1, (int)next!["payload"]!["data"]!["graphVersion"]!);
        Assert.Equal(("complete", "q"), ((string?)complete!["type"], (string?)complete["id"]));
    }

    [Fact]
    public async Task A_refused_document_is_an_error_message_with_its_code()
    {
        using var socket = await InitialisedAsync(_app);
        await SendAsync(socket, new { id = "e", type = "subscribe", payload = new { query = "subscription { graphChanged { noSuchField } }" } });

        var (error, _) = await ReceiveAsync(socket);

        Assert.Equal(("error", "e"), ((string?)error!["type"], (string?)error["id"]));
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", (string?)error["payload"]![0]!["extensions"]!["code"]);
    }

    [Fact]
    public async Task Credentials_in_the_connection_init_payload_let_a_curator_mutate_over_the_socket()
    {
        using var anonymous = await InitialisedAsync(_app);
        await SendAsync(anonymous, new { id = "m", type = "subscribe", payload = new { query = Rename } });
        var (refused, _) = await ReceiveAsync(anonymous);
        Assert.Equal("UNAUTHENTICATED", (string?)refused!["payload"]!["errors"]![0]!["extensions"]!["code"]);

        using var curator = await InitialisedAsync(_app, payloadBearer: CuratedApp.CuratorKey);
        await SendAsync(curator, new { id = "m", type = "subscribe", payload = new { query = Rename } });
        var (next, _) = await ReceiveAsync(curator);
        Assert.Equal(2, (int)next!["payload"]!["data"]!["updateTactic"]!["version"]!);
    }

    [Fact]
    public async Task Subscribing_before_connection_init_closes_with_4401()
    {
        using var socket = await ConnectAsync(_app);
        await SendAsync(socket, new { id = "1", type = "subscribe", payload = new { query = GraphChanged } });
        Assert.Equal(4401, (await ReceiveAsync(socket)).CloseCode);
    }

    [Fact]
    public async Task A_second_connection_init_closes_with_4429()
    {
        using var socket = await InitialisedAsync(_app);
        await SendAsync(socket, new { type = "connection_init" });
        Assert.Equal(4429, (await ReceiveAsync(socket)).CloseCode);
    }

    [Fact]
    public async Task An_unknown_credential_in_connection_init_closes_with_4403()
    {
        using var socket = await ConnectAsync(_app);
        await SendAsync(socket, new { type = "connection_init", payload = new { authorization = "Bearer not-a-key" } });
        Assert.Equal(4403, (await ReceiveAsync(socket)).CloseCode);
    }

    [Fact]
    public async Task A_second_subscribe_with_a_running_id_closes_with_4409()
    {
        using var socket = await InitialisedAsync(_app);
        await SendAsync(socket, new { id = "1", type = "subscribe", payload = new { query = GraphChanged } });
        await UntilListenersAsync(_app, 1);
        await SendAsync(socket, new { id = "1", type = "subscribe", payload = new { query = GraphChanged } });

        Assert.Equal(4409, (await ReceiveAsync(socket)).CloseCode);
        await UntilListenersAsync(_app, 0, atMost: true);
    }

    [Theory]
    [InlineData("""{"type":"shout"}""")]
    [InlineData("""[1,2]""")]
    [InlineData("""{"type":"subscribe","id":"1","payload":"not an object"}""")]
    public async Task An_invalid_message_closes_with_4400(string message)
    {
        using var socket = await InitialisedAsync(_app);
        await socket.SendAsync(System.Text.Encoding.UTF8.GetBytes(message), WebSocketMessageType.Text, true, CancellationToken.None);
        Assert.Equal(4400, (await ReceiveAsync(socket)).CloseCode);
    }

    [Fact]
    public async Task An_operation_past_the_per_connection_limit_is_an_error_and_the_others_keep_running()
    {
        using var app = new CuratedApp();
        app.Settings["Live:MaxOperationsPerConnection"] = "2";
        using var socket = await InitialisedAsync(app);
        foreach (var id in new[] { "a", "b", "c" })
        {
            await SendAsync(socket, new { id, type = "subscribe", payload = new { query = GraphChanged } });
        }

        var (error, _) = await ReceiveAsync(socket);

        Assert.Equal(("error", "c", "RATE_LIMITED"), ((string?)error!["type"], (string?)error["id"], (string?)error["payload"]![0]!["extensions"]!["code"]));
        await UntilListenersAsync(app, 2);
    }

    [Fact]
    public async Task Closing_the_socket_ends_every_subscription_on_it()
    {
        var socket = await InitialisedAsync(_app);
        await SendAsync(socket, new { id = "a", type = "subscribe", payload = new { query = GraphChanged } });
        await SendAsync(socket, new { id = "b", type = "subscribe", payload = new { query = "subscription { newEvidence { findingId } }" } });
        await UntilListenersAsync(_app, 2);

        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "", CancellationToken.None);
        socket.Dispose();

        await UntilListenersAsync(_app, 0, atMost: true);
    }

    [Fact]
    public async Task A_socket_that_never_sends_connection_init_is_closed_with_4408()
    {
        using var app = new CuratedApp();
        app.Settings["Live:ConnectionInitTimeoutSeconds"] = "1";
        using var socket = await ConnectAsync(app);
        Assert.Equal(4408, (await ReceiveAsync(socket)).CloseCode);
    }

    [Fact]
    public async Task An_upgrade_without_the_graphql_ws_subprotocol_is_refused()
    {
        await Assert.ThrowsAnyAsync<Exception>(() => ConnectAsync(_app, subprotocol: "graphql-ws"));
    }

    public void Dispose() => _app.Dispose();
}
