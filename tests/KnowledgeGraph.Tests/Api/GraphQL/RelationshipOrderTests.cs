using System.Text.Json.Nodes;
using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Api.GraphQL;

/// <summary>
/// Relationship connections ordered like root connections: every order and direction, paged forwards and backwards
/// through the seed's busiest industry, gives the same list as the whole connection read at once, and that list is
/// sorted by the order's keys; a cursor is only taken back in the order it came from.
/// </summary>
public sealed class RelationshipOrderTests(KnowledgeGraphApp app) : IClassFixture<KnowledgeGraphApp>
{
    private const string Page = """
        query Page($id: ID!, $order: DatedRelationshipOrder, $first: Int, $after: String, $last: Int, $before: String) {
          node(id: $id) {
            ... on Industry {
              interventions(orderBy: $order, first: $first, after: $after, last: $last, before: $before) {
                totalCount
                edges { cursor node { id name startYear } }
                pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
              }
            }
          }
        }
        """;

    public static TheoryData<string, string> Orders => new()
    {
        { "NAME", "ASC" }, { "NAME", "DESC" }, { "ID", "ASC" }, { "ID", "DESC" }, { "YEAR", "ASC" }, { "YEAR", "DESC" },
    };

    [Theory]
    [MemberData(nameof(Orders))]
    public async Task Pages_forwards_and_backwards_join_up_to_the_whole_sorted_list(string field, string direction)
    {
        var industry = await BusiestIndustryAsync();
        var order = new { field, direction };
        var whole = await ConnectionAsync(new { id = industry, order, first = 100 });
        var all = whole["edges"]!.AsArray().Select(e => e!["node"]!).ToList();
        Assert.True(all.Count > 7, $"{industry} has {all.Count} interventions");
        Assert.Equal(all.Count, whole["totalCount"]!.GetValue<int>());
        Assert.Equal(Sorted(all, field, direction == "DESC").Select(n => (string)n["id"]!), all.Select(n => (string)n["id"]!));

        var forwards = new List<string>();
        string? after = null;
        for (var pages = 0; ; pages++)
        {
            var page = await ConnectionAsync(new { id = industry, order, first = 3, after });
            forwards.AddRange(Ids(page));
            Assert.Equal((after is not null, all.Count), (page["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>(), page["totalCount"]!.GetValue<int>()));
            after = (string?)page["pageInfo"]!["endCursor"];
            if (!page["pageInfo"]!["hasNextPage"]!.GetValue<bool>())
            {
                Assert.Equal((all.Count + 2) / 3 - 1, pages);
                break;
            }
        }
        Assert.Equal(all.Select(n => (string)n["id"]!), forwards);

        var backwards = new List<string>();
        string? before = null;
        while (true)
        {
            var page = await ConnectionAsync(new { id = industry, order, last = 3, before });
            backwards.InsertRange(0, Ids(page));
            Assert.Equal((before is not null, all.Count), (page["pageInfo"]!["hasNextPage"]!.GetValue<bool>(), page["totalCount"]!.GetValue<int>()));
            before = (string?)page["pageInfo"]!["startCursor"];
            if (!page["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>())
            {
                break;
            }
        }
        Assert.Equal(forwards, backwards);

        var last = await ConnectionAsync(new { id = industry, order, last = 2 });
        Assert.Equal(forwards[^2..], Ids(last));
        var middle = await ConnectionAsync(new { id = industry, order, first = 2, after = whole["edges"]![2]!["cursor"]!.GetValue<string>() });
        Assert.Equal(forwards[3..5], Ids(middle));
        Assert.Equal(whole["edges"]![3]!["cursor"]!.GetValue<string>(), (string?)middle["pageInfo"]!["startCursor"]);
    }

    [Fact]
    public async Task The_default_order_is_by_name_ascending_with_the_cursors_it_always_had()
    {
        var industry = await BusiestIndustryAsync();
        var implicitOrder = await ConnectionAsync(new { id = industry, first = 100 });
        var byName = await ConnectionAsync(new { id = industry, order = new { field = "NAME", direction = "ASC" }, first = 100 });
        Assert.Equal(implicitOrder.ToJsonString(), byName.ToJsonString());
        Assert.Equal(KnowledgeGraph.Core.Stores.Cursor.EncodeOffset(0), (string?)implicitOrder["pageInfo"]!["startCursor"]);
    }

    [Fact]
    public async Task A_cursor_given_back_in_another_order_is_refused_with_a_code()
    {
        var industry = await BusiestIndustryAsync();
        var byId = await ConnectionAsync(new { id = industry, order = new { field = "ID", direction = "ASC" }, first = 2 });
        var cursor = (string)byId["pageInfo"]!["endCursor"]!;
        var byName = (string)(await ConnectionAsync(new { id = industry, first = 2 }))["pageInfo"]!["endCursor"]!;

        foreach (var (order, given, argument) in new object?[] { new { field = "ID", direction = "DESC" }, null, new { field = "YEAR", direction = "ASC" } }
            .Select(order => (order, cursor, "after")).Append((new { field = "ID", direction = "ASC" }, byName, "before")))
        {
            var variables = argument == "after" ? (object)new { id = industry, order, first = 2, after = given } : new { id = industry, order, last = 2, before = given };
            var (_, errors, _) = await app.QueryErrorsAsync(Page, variables);
            Assert.Equal("BAD_USER_INPUT", (string?)errors[0]!["extensions"]!["code"]);
            Assert.Contains("in the order", (string?)errors[0]!["message"]);
        }
        var (_, garbled, _) = await app.QueryErrorsAsync(Page, new { id = industry, order = new { field = "ID", direction = "ASC" }, first = 2, after = "bm90LWEtY3Vyc29y" });
        Assert.Equal(("BAD_USER_INPUT", "'after' is not a cursor of this connection."), ((string?)garbled[0]!["extensions"]!["code"], (string?)garbled[0]!["message"]));
    }

    [Fact]
    public async Task Year_order_is_offered_only_where_the_other_end_has_a_year()
    {
        var data = await app.QueryAsync("""
            { industries(first: 1) { nodes { prevalence(orderBy: {field: YEAR, direction: DESC}) { totalCount } organizations(orderBy: {field: YEAR}) { totalCount } } } }
            """);
        Assert.NotNull(data["industries"]!["nodes"]![0]!["prevalence"]!["totalCount"]);
        var (_, errors, _) = await app.QueryErrorsAsync("{ interventions(first: 1) { nodes { tactics(orderBy: {field: YEAR}) { totalCount } } } }");
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", (string?)errors[0]!["extensions"]!["code"]);
    }

    private async Task<string> BusiestIndustryAsync()
    {
        var industries = (await app.QueryAsync("{ industries(first: 100) { nodes { id interventions { totalCount } } } }"))["industries"]!["nodes"]!.AsArray();
        return (string)industries.MaxBy(i => i!["interventions"]!["totalCount"]!.GetValue<int>())!["id"]!;
    }

    private async Task<JsonNode> ConnectionAsync(object variables) => (await app.QueryAsync(Page, variables))["node"]!["interventions"]!;

    private static List<string> Ids(JsonNode connection) => connection["edges"]!.AsArray().Select(e => (string)e!["node"]!["id"]!).ToList();

    private static IEnumerable<JsonNode> Sorted(List<JsonNode> nodes, string field, bool descending)
    {
        var sorted = field switch
        {
            "NAME" => nodes.OrderBy(n => (string)n["name"]!, StringComparer.Ordinal).ThenBy(n => (string)n["id"]!, StringComparer.Ordinal),
            "ID" => nodes.OrderBy(n => (string)n["id"]!, StringComparer.Ordinal),
            _ => nodes.OrderBy(n => n["startYear"]?.GetValue<int>() ?? 0).ThenBy(n => (string)n["id"]!, StringComparer.Ordinal),
        };
        return descending ? sorted.Reverse() : sorted;
    }
}
