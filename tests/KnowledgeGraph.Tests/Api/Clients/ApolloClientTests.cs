using System.Text.Json.Nodes;
using KnowledgeGraph.Core.Exchange.Json;
using KnowledgeGraph.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Tests.Api.Clients;

/// <summary>
/// Apollo Client 4 as a dashboard would configure it: the persisted-query link (hashes over GET) gets
/// PERSISTED_QUERY_NOT_FOUND once, registers the document, then sends the hash alone; the batch link sends several
/// operations in one HTTP request. Both seen from the client and counted on the server.
/// </summary>
public sealed class ApolloClientTests : IAsyncLifetime
{
    private readonly KnowledgeGraphApp _app = new() { ExtraServices = RequestRecorder.AddTo };

    private RequestRecorder Recorder => _app.Services.GetRequiredService<RequestRecorder>();

    public Task InitializeAsync()
    {
        _app.UseKestrel(0);
        _app.StartServer();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task The_persisted_query_link_registers_once_then_sends_hashes_and_the_batch_link_sends_one_array()
    {
        var seen = await NodeClients.RunAsync("apollo-persisted.mjs", _app.ClientOptions.BaseAddress.ToString());
        var industries = SeedCounts.Of(JsonLayout.LabelFiles["Industry"]);

        var persisted = seen["persisted"]!;
        var statuses = persisted["requests"]!.AsArray().Select(r => ((string?)r!["method"], (int)r["status"]!, (int)r["withQuery"]!)).ToList();
        Assert.Equal([("GET", 404, 0), ("POST", 200, 1), ("GET", 200, 0)], statuses);
        Assert.Equal(industries, (int)persisted["firstTotal"]!);
        Assert.Equal(industries, (int)persisted["secondTotal"]!);
        Assert.Equal(3, persisted["firstNames"]!.AsArray().Count);

        var batch = seen["batch"]!;
        var request = Assert.Single(batch["requests"]!.AsArray())!;
        Assert.Equal((true, 3, 200), ((bool)request["batch"]!, (int)request["entries"]!, (int)request["status"]!));
        Assert.Equal(industries, (int)batch["total"]!);
        Assert.Equal("industry:agriculture_farmwork", (string?)batch["nodeId"]);
        Assert.Equal("tactic:hashtag_campaign", (string?)batch["tacticId"]);

        var onServer = Recorder.Requests.ToList();
        Assert.Equal(4, onServer.Count);
        Assert.Equal(1, onServer.Take(3).Sum(r => r.WithQuery));   // of the persisted-query link's three, only the registration carried the document
        Assert.Equal(new RequestRecorder.Seen("POST", 3, 3, Batch: true), onServer[3]);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();
}
