using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Api.GraphQL;

/// <summary>The <c>history</c> of every node in a list comes from one store call, not one per node.</summary>
public sealed class HistoryBatchingTests(CuratedApp app) : IClassFixture<CuratedApp>
{
    [Fact]
    public async Task Histories_of_a_list_of_nodes_are_read_in_one_call()
    {
        await app.DataAsync("{ __typename }", CuratedApp.AdminKey);
        app.Store.Reset();
        var data = await app.DataAsync("{ industries(first: 30) { nodes { id history(first: 2) { operation elementId } } } }", CuratedApp.AdminKey);

        var industries = data["industries"]!["nodes"]!.AsArray();
        Assert.True(industries.Count > 3);
        Assert.All(industries, i => Assert.Equal((string)i!["id"]!, (string)Assert.Single(i["history"]!.AsArray())!["elementId"]!));
        Assert.Equal(2, app.Store.Calls);
    }
}
