using System.Net.Http.Headers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using KnowledgeGraph.Api.Live;
using KnowledgeGraph.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Tests.Api.Live;

/// <summary>The two live transports as a test drives them: an SSE stream read event by event, a graphql-ws socket read message by message.</summary>
public static class LiveTestClient
{
    public const string GraphChanged = "subscription { graphChanged { graphVersion kind nodes { id label removed } relationshipTypes nodesWritten relationshipsWritten nodesRemoved relationshipsRemoved complete } }";

    public const string Rename = """mutation { updateTactic(id: "tactic:hashtag_campaign", version: 1, patch: { name: "Hashtag campaigns" }) { version } }""";

    /// <summary>Waits until the host holds at least <paramref name="count"/> live subscriptions (or at most, with <paramref name="atMost"/>); fails after 20 s.</summary>
    public static async Task UntilListenersAsync(WebApplicationFactory<Program> app, int count, bool atMost = false)
    {
        var feed = app.Services.GetRequiredService<LiveFeed>();
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while ((atMost ? feed.Listeners > count : feed.Listeners < count) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(10);
        }
        Assert.True(atMost ? feed.Listeners <= count : feed.Listeners >= count, $"{feed.Listeners} listeners, expected {(atMost ? "at most" : "at least")} {count}");
    }

    /// <summary>Opens an SSE stream (POST with JSON) and returns the response, its headers read and its body not yet.</summary>
    public static async Task<HttpResponseMessage> OpenSseAsync(HttpClient client, string query, string path = "/graphql/stream", string? bearer = null, object? variables = null, CancellationToken cancellationToken = default)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }
        return await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
    }

    /// <summary>Reads the next SSE event (skipping keep-alive comments): its name and its data.</summary>
    public static async Task<(string Event, string Data)> ReadEventAsync(StreamReader reader)
    {
        string? name = null;
        var data = new StringBuilder();
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (await reader.ReadLineAsync(deadline.Token) is { } line)
        {
            if (line.Length == 0)
            {
                if (name is not null)
                {
                    return (name, data.ToString());
                }
                continue;
            }
            if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                name = line[7..];
            }
            else if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                data.Append(data.Length > 0 ? "\n" : "").Append(line[6..]);
            }
        }
        throw new InvalidOperationException("The stream ended before an event.");
    }

    /// <summary>A graphql-ws socket to the test host.</summary>
    public static async Task<WebSocket> ConnectAsync(WebApplicationFactory<Program> app, string? bearer = null, string subprotocol = "graphql-transport-ws")
    {
        var client = app.Server.CreateWebSocketClient();
        client.SubProtocols.Add(subprotocol);
        if (bearer is not null)
        {
            client.ConfigureRequest = request => request.Headers.Authorization = "Bearer " + bearer;
        }
        return await client.ConnectAsync(new Uri(app.Server.BaseAddress, "/graphql"), CancellationToken.None);
    }

    public static Task SendAsync(WebSocket socket, object message) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(message)), WebSocketMessageType.Text, true, CancellationToken.None);

    /// <summary>The next message, or null with the close status when the server closed the socket.</summary>
    public static async Task<(JsonObject? Message, int? CloseCode)> ReceiveAsync(WebSocket socket)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        WebSocketReceiveResult received;
        do
        {
            received = await socket.ReceiveAsync(buffer, deadline.Token);
            if (received.MessageType == WebSocketMessageType.Close)
            {
                return (null, (int?)received.CloseStatus);
            }
            message.Write(buffer, 0, received.Count);
        }
        while (!received.EndOfMessage);
        return (JsonNode.Parse(message.ToArray())!.AsObject(), null);
    }

    /// <summary>Connects and completes connection_init, optionally with a credential in its payload.</summary>
    public static async Task<WebSocket> InitialisedAsync(WebApplicationFactory<Program> app, string? payloadBearer = null)
    {
        var socket = await ConnectAsync(app);
        await SendAsync(socket, payloadBearer is null ? new { type = "connection_init" } : new { type = "connection_init", payload = new { authorization = "Bearer " + payloadBearer } });
        var (ack, _) = await ReceiveAsync(socket);
        Assert.Equal("connection_ack", (string?)ack!["type"]);
        return socket;
    }

    /// <summary>Runs a curator's mutation through plain HTTP.</summary>
    public static Task<JsonNode> MutateAsync(CuratedApp app, string mutation) => app.DataAsync(mutation, CuratedApp.CuratorKey);
}
