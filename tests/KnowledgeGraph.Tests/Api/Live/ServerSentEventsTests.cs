using System.Net;
using System.Text.Json.Nodes;
using KnowledgeGraph.Core.Stores.Sql;
using KnowledgeGraph.Core.Writes;
using KnowledgeGraph.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using static KnowledgeGraph.Tests.Api.Live.LiveTestClient;

namespace KnowledgeGraph.Tests.Api.Live;

/// <summary>GraphQL over Server-Sent Events (graphql-sse, distinct connections mode) at /graphql/stream and /graphql.</summary>
public sealed class ServerSentEventsTests : IDisposable
{
    private readonly CuratedApp _app = new();

    [Fact]
    public async Task A_graphChanged_subscription_receives_the_new_version_and_what_a_mutation_wrote()
    {
        using var response = await OpenSseAsync(_app.CreateClient(), GraphChanged);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType!.MediaType);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        await UntilListenersAsync(_app, 1);

        await MutateAsync(_app, Rename);

        var (name, data) = await ReadEventAsync(reader);
        Assert.Equal("next", name);
        var change = JsonNode.Parse(data)!["data"]!["graphChanged"]!;
        Assert.Equal((2, "UPSERT", 1, true), ((int)change["graphVersion"]!, (string?)change["kind"], (int)change["nodesWritten"]!, (bool)change["complete"]!));
        Assert.Equal("""[{"id":"tactic:hashtag_campaign","label":"Tactic","removed":false}]""", change["nodes"]!.ToJsonString());
    }

    [Fact]
    public async Task Closing_the_stream_ends_the_subscription_on_the_server()
    {
        using var cancel = new CancellationTokenSource();
        var response = await OpenSseAsync(_app.CreateClient(), GraphChanged, cancellationToken: cancel.Token);
        await UntilListenersAsync(_app, 1);

        await cancel.CancelAsync();
        response.Dispose();

        await UntilListenersAsync(_app, 0, atMost: true);
    }

    [Fact]
    public async Task A_query_with_accept_event_stream_at_graphql_answers_one_next_event_then_complete()
    {
        using var response = await OpenSseAsync(_app.CreateClient(), "{ graphVersion }", path: "/graphql");
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());

        var next = await ReadEventAsync(reader);
        var complete = await ReadEventAsync(reader);

        Assert.Equal(("next", 1), (next.Event, (int)JsonNode.Parse(next.Data)!["data"]!["graphVersion"]!));
        Assert.Equal("complete", complete.Event);
    }

    [Theory]
    [InlineData("subscription { graphChanged { noSuchField } }", "GRAPHQL_VALIDATION_FAILED")]
    [InlineData("subscription { graphChanged { graphVersion } ", "GRAPHQL_PARSE_FAILED")]
    [InlineData("""subscription { newEvidence(industry: "industry:nowhere") { findingId } }""", "NOT_FOUND")]
    [InlineData("""subscription { newEvidence(industry: "jurisdiction:au") { findingId } }""", "BAD_USER_INPUT")]
    public async Task A_document_refused_before_it_runs_arrives_as_a_next_event_with_the_error_code(string query, string code)
    {
        using var response = await OpenSseAsync(_app.CreateClient(), query);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());

        var next = await ReadEventAsync(reader);
        var complete = await ReadEventAsync(reader);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(code, (string?)JsonNode.Parse(next.Data)!["errors"]![0]!["extensions"]!["code"]);
        Assert.Equal("complete", complete.Event);
    }

    [Fact]
    public async Task An_invalid_credential_is_refused_with_401_before_the_stream_opens()
    {
        using var response = await OpenSseAsync(_app.CreateClient(), GraphChanged, bearer: "not-a-key");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("UNAUTHENTICATED", (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]![0]!["extensions"]!["code"]);
    }

    [Fact]
    public async Task A_mutation_over_the_stream_runs_with_the_credential_of_the_request()
    {
        using var response = await OpenSseAsync(_app.CreateClient(), Rename, bearer: CuratedApp.CuratorKey);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());

        var next = await ReadEventAsync(reader);

        Assert.Equal(2, (int)JsonNode.Parse(next.Data)!["data"]!["updateTactic"]!["version"]!);
    }

    [Fact]
    public async Task A_client_holding_its_most_subscriptions_gets_429_for_one_more()
    {
        using var app = new CuratedApp();
        app.Settings["Live:MaxSubscriptionsPerClient"] = "1";
        var client = app.CreateClient();
        using var first = await OpenSseAsync(client, GraphChanged);
        await UntilListenersAsync(app, 1);

        using var second = await OpenSseAsync(client, GraphChanged);

        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        Assert.Equal("RATE_LIMITED", (string?)JsonNode.Parse(await second.Content.ReadAsStringAsync())!["errors"]![0]!["extensions"]!["code"]);
    }

    [Fact]
    public async Task A_write_the_server_was_not_told_about_arrives_as_an_unknown_change_with_its_version()
    {
        using var app = new CuratedApp();
        app.Settings["Live:VersionPollMilliseconds"] = "100";
        using var response = await OpenSseAsync(app.CreateClient(), GraphChanged);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        await UntilListenersAsync(app, 1);
        await app.DataAsync("{ graphVersion }", null);

        // Another process on the same file, as the import verb would be: below the server's own write path.
        var elsewhere = app.Services.GetRequiredService<SqlGraphStore>();
        await elsewhere.ApplyAsync(new GraphChange { DeleteEdges = ["org:associated_press|USES|tactic:investigative_journalism"] }, "elsewhere");
        var version = await elsewhere.GetGraphVersionAsync();

        var change = JsonNode.Parse((await ReadEventAsync(reader)).Data)!["data"]!["graphChanged"]!;
        Assert.Equal((version, "UNKNOWN", false, 0), ((long)change["graphVersion"]!, (string?)change["kind"], (bool)change["complete"]!, change["nodes"]!.AsArray().Count));
    }

    [Fact]
    public async Task An_event_larger_than_the_response_cap_arrives_as_a_response_too_large_error()
    {
        using var app = new CuratedApp();
        app.Settings["GraphQL:MaxResponseBytes"] = "1024";
        var aliases = string.Concat(Enumerable.Range(1, 20).Select(i => $" n{i}: nodes {{ id label removed }}"));
        using var response = await OpenSseAsync(app.CreateClient(), $"subscription {{ graphChanged {{{aliases} }} }}");
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        await UntilListenersAsync(app, 1);

        await MutateAsync(app, Rename);

        var error = JsonNode.Parse((await ReadEventAsync(reader)).Data)!["errors"]![0]!;
        Assert.Equal("RESPONSE_TOO_LARGE", (string?)error["extensions"]!["code"]);
    }

    public void Dispose() => _app.Dispose();
}
