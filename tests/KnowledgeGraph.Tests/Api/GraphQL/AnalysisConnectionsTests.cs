using System.Text.Json.Nodes;
using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Api.GraphQL;

/// <summary>
/// searchConnection, transferCandidatesConnection and pathsConnection: the list fields' answers, a page at a time, with cursors,
/// pageInfo and totalCount, as whatWorkedConnection pages whatWorked.
/// </summary>
public sealed class AnalysisConnectionsTests(KnowledgeGraphApp app) : IClassFixture<KnowledgeGraphApp>
{
    private const string SearchArgs = "text: \"arbitration\"";
    private const string TransferArgs = "industry: \"industry:restaurants_food_service\"";
    private const string PathsArgs = "from: \"org:latina_impact_fund\", to: \"lever:nda_ban_settlements\", maxHops: 6";

    [Theory]
    [InlineData("search", SearchArgs, "node { id }")]
    [InlineData("transferCandidates", TransferArgs, "intervention { id }")]
    [InlineData("paths", PathsArgs, "nodes { id }")]
    public async Task Pages_concatenate_to_exactly_the_list_fields_answer(string field, string args, string selection)
    {
        var max = field == "paths" ? 50 : 100;
        var list = (await app.QueryAsync($"{{ {field}({args}, first: {max}) {{ {selection} }} }}"))[field]!.AsArray().Select(Id).ToList();
        Assert.True(list.Count > 2, $"Only {list.Count} results for {field}.");

        var page = $$"""
            query($after: String) {
              {{field}}Connection({{args}}, first: 2, after: $after) {
                totalCount edges { cursor node { {{selection}} } } nodes { {{selection}} }
                pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
              }
            }
            """;
        var paged = new List<string>();
        string? after = null;
        for (var i = 0; i < 60; i++)
        {
            var connection = (await app.QueryAsync(page, new { after }))[$"{field}Connection"]!;
            var edges = connection["edges"]!.AsArray();
            Assert.Equal(list.Count, (int)connection["totalCount"]!);
            Assert.Equal(edges.Select(e => Id(e!["node"])), connection["nodes"]!.AsArray().Select(Id));
            Assert.Equal(after is not null, (bool)connection["pageInfo"]!["hasPreviousPage"]!);
            Assert.Equal((string?)edges[0]!["cursor"], (string?)connection["pageInfo"]!["startCursor"]);
            Assert.Equal((string?)edges[^1]!["cursor"], (string?)connection["pageInfo"]!["endCursor"]);
            paged.AddRange(edges.Select(e => Id(e!["node"])));
            if (!(bool)connection["pageInfo"]!["hasNextPage"]!)
            {
                break;
            }
            after = (string?)connection["pageInfo"]!["endCursor"];
        }
        Assert.Equal(list, paged);
    }

    [Theory]
    [InlineData("search", SearchArgs, "not-a-cursor")]
    [InlineData("search", SearchArgs, "cmFuazotMQ")]
    [InlineData("transferCandidates", TransferArgs, "not-a-cursor")]
    [InlineData("transferCandidates", TransferArgs, "")]
    [InlineData("paths", PathsArgs, "cmFuazp4")]
    public async Task A_cursor_of_a_bad_shape_is_a_client_mistake(string field, string args, string after)
    {
        var (_, errors, _) = await app.QueryErrorsAsync($$"""query($after: String) { {{field}}Connection({{args}}, after: $after) { totalCount } }""", new { after });
        Assert.Equal("BAD_USER_INPUT", (string?)errors[0]!["extensions"]!["code"]);
    }

    [Theory]
    [InlineData("search", SearchArgs)]
    [InlineData("transferCandidates", TransferArgs)]
    [InlineData("paths", PathsArgs)]
    public async Task First_is_bounded_as_the_list_fields_first_is(string field, string args)
    {
        var (_, errors, _) = await app.QueryErrorsAsync($"{{ {field}Connection({args}, first: {(field == "paths" ? 51 : 101)}) {{ totalCount }} }}");
        Assert.Equal("BAD_USER_INPUT", (string?)errors[0]!["extensions"]!["code"]);
    }

    [Fact]
    public async Task No_match_is_an_empty_page_with_no_cursors()
    {
        var connection = (await app.QueryAsync("""
            { searchConnection(text: "xylophone") { totalCount edges { cursor } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }
            """))["searchConnection"]!;
        Assert.Equal(0, (int)connection["totalCount"]!);
        Assert.Empty(connection["edges"]!.AsArray());
        Assert.False((bool)connection["pageInfo"]!["hasNextPage"]!);
        Assert.Null(connection["pageInfo"]!["startCursor"]);
    }

    /// <summary>What identifies a result: its selection (a node's or intervention's id, a path's node ids) as JSON.</summary>
    private static string Id(JsonNode? result) => result!.ToJsonString();
}
