using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Api.GraphQL;

/// <summary>Relationship fields go through per-request batch loaders: one store call per level, however many parents.</summary>
public sealed class BatchingTests(KnowledgeGraphApp app) : IClassFixture<KnowledgeGraphApp>
{
    [Fact]
    public async Task A_two_level_read_over_many_parents_makes_one_store_call_per_level()
    {
        await app.QueryAsync("{ __typename }");
        app.Store.Reset();
        var data = await app.QueryAsync("""
            {
              organizations(first: 40) {
                nodes {
                  id
                  industries { nodes { id interventions { totalCount nodes { id } } } }
                  tactics { nodes { id } }
                  sources { edges { quote node { url } } }
                }
              }
            }
            """);
        var parents = data["organizations"]!["nodes"]!.AsArray();
        Assert.Equal(40, parents.Count);
        Assert.Contains(parents, p => p!["industries"]!["nodes"]!.AsArray().Count > 0);
        // 1 page of organizations + 1 call for all their relationships + 1 call for the industries' interventions.
        Assert.Equal(3, app.Store.Calls);
    }

    [Fact]
    public async Task Nodes_by_id_are_fetched_in_one_call()
    {
        app.Store.Reset();
        await app.QueryAsync("""
            {
              a: node(id: "industry:tech") { id }
              b: node(id: "industry:media_news") { id }
              c: nodes(ids: ["industry:domestic_work", "org:unite_here", "org:none"]) { id }
            }
            """);
        Assert.Equal(1, app.Store.Calls);
    }
}
