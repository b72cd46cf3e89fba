using System.Text.Json.Nodes;
using KnowledgeGraph.Tests.Support;
using static KnowledgeGraph.Tests.Api.Live.LiveTestClient;

namespace KnowledgeGraph.Tests.Api.Live;

/// <summary>Two replicas on one PostgreSQL and one Redis: a write on one reaches the subscribers of the other.</summary>
[Collection(PostgresCollection.Name)]
public sealed class LiveFleetTests(PostgresServer postgres) : IAsyncLifetime
{
    private readonly RedisServer _redis = new();
    private CuratedApp _one = null!;
    private CuratedApp _two = null!;

    public async Task InitializeAsync()
    {
        var database = await postgres.CreateDatabaseAsync();
        _one = CuratedApp.Replica(database, _redis.ConnectionString);
        _two = CuratedApp.Replica(database, _redis.ConnectionString);
        await _one.DataAsync("{ __typename }", null);
        await _two.DataAsync("{ __typename }", null);
    }

    [Fact]
    public async Task A_mutation_on_one_replica_reaches_a_graphChanged_stream_on_the_other_with_what_it_wrote()
    {
        using var stream = await OpenSseAsync(_two.CreateClient(), GraphChanged);
        using var events = new StreamReader(await stream.Content.ReadAsStreamAsync());
        await UntilListenersAsync(_two, 1);

        await MutateAsync(_one, Rename);

        var change = JsonNode.Parse((await ReadEventAsync(events)).Data)!["data"]!["graphChanged"]!;
        Assert.Equal((2, "UPSERT", "tactic:hashtag_campaign", "Tactic"),
            ((int)change["graphVersion"]!, (string?)change["kind"], (string?)change["nodes"]![0]!["id"], (string?)change["nodes"]![0]!["label"]));
        Assert.Equal(2, (int)(await _two.DataAsync("{ graphVersion }", null))["graphVersion"]!);
    }

    [Fact]
    public async Task A_finding_changed_on_one_replica_reaches_a_newEvidence_socket_on_the_other()
    {
        using var socket = await InitialisedAsync(_two);
        await SendAsync(socket, new { id = "e", type = "subscribe", payload = new { query = $$"""subscription { newEvidence(industry: "industry:janitorial") {{NewEvidenceTests.Fields}} }""" } });
        await UntilListenersAsync(_two, 1);

        await MutateAsync(_one, NewEvidenceTests.Janitorial);

        var (next, _) = await ReceiveAsync(socket);
        var evidence = next!["payload"]!["data"]!["newEvidence"]!;
        Assert.Equal(("finding:ca_ab1978_enacted", "intervention:ca_ab1978_2016", "Enacted"),
            ((string?)evidence["findingId"], (string?)evidence["intervention"]!["id"], (string?)evidence["finding"]!["measure"]));
    }

    public Task DisposeAsync()
    {
        _one.Dispose();
        _two.Dispose();
        _redis.Dispose();
        return Task.CompletedTask;
    }
}
