using System.Text.Json.Nodes;
using KnowledgeGraph.Core.Stores;
using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Api.GraphQL;

/// <summary>
/// A relationship connection read for a whole list of nodes (one store call, the pages cut by the store) gives each
/// node the same page as slicing that node's full list of relationships, read on its own.
/// </summary>
public sealed class RelationshipPagingTests(KnowledgeGraphApp app) : IClassFixture<KnowledgeGraphApp>
{
    private const string Nested = """
        query Nested($first: Int, $after: String, $last: Int, $before: String) {
          industries(first: 100, orderBy: {field: ID, direction: ASC}) {
            nodes {
              id
              organizations(first: $first, after: $after, last: $last, before: $before) {
                totalCount
                edges { cursor node { id name } }
                pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
              }
            }
          }
        }
        """;

    private const string Alone = """
        query Alone($id: ID!) { node(id: $id) { ... on Industry { organizations(first: 100) { edges { cursor node { id name } } } } } }
        """;

    [Theory]
    [InlineData(3, null, null, null)]
    [InlineData(2, 1, null, null)]
    [InlineData(null, null, null, null)]
    [InlineData(0, null, null, null)]
    [InlineData(5, 0, null, 4)]
    [InlineData(4, 200, null, null)]
    [InlineData(null, null, 2, null)]
    [InlineData(null, 0, 2, 3)]
    public async Task Each_nodes_page_equals_the_slice_of_its_own_full_list(int? first, int? after, int? last, int? before)
    {
        var variables = new
        {
            first,
            last,
            after = after is { } a ? Cursor.EncodeOffset(a) : null,
            before = before is { } b ? Cursor.EncodeOffset(b) : null,
        };
        app.Store.Reset();
        var industries = (await app.QueryAsync(Nested, variables))["industries"]!["nodes"]!.AsArray();
        Assert.Equal(2, app.Store.Calls);
        Assert.Contains(industries, i => i!["organizations"]!["totalCount"]!.GetValue<int>() > 3);

        foreach (var industry in industries)
        {
            var all = (await app.QueryAsync(Alone, new { id = (string)industry!["id"]! }))["node"]!["organizations"]!["edges"]!.AsArray();
            var connection = industry["organizations"]!;
            var start = Math.Min(all.Count, after is { } s ? s + 1 : 0);
            var end = Math.Max(start, Math.Min(all.Count, before ?? all.Count));
            var (from, to) = last is { } l ? (Math.Max(start, end - l), end) : (start, Math.Min(end, start + (first ?? 20)));
            var expected = all.Skip(from).Take(to - from).ToList();
            Assert.Equal(expected.Select(e => e!.ToJsonString()), connection["edges"]!.AsArray().Select(e => e!.ToJsonString()));
            Assert.Equal(all.Count, connection["totalCount"]!.GetValue<int>());
            var pageInfo = connection["pageInfo"]!;
            Assert.Equal((to < all.Count, from > 0), (pageInfo["hasNextPage"]!.GetValue<bool>(), pageInfo["hasPreviousPage"]!.GetValue<bool>()));
            Assert.Equal(expected.FirstOrDefault()?["cursor"]?.GetValue<string>(), (string?)pageInfo["startCursor"]);
        }
    }

    [Theory]
    [InlineData("organizations(first: 1) { totalCount }", "")]
    [InlineData("organizations(first: 1) { ... on IndustryOrganizationsConnection { totalCount } }", "")]
    [InlineData("organizations(first: 1) { ...Counted }", "fragment Counted on IndustryOrganizationsConnection { totalCount }")]
    [InlineData("organizations(first: 1) { ...Outer }",
        "fragment Outer on IndustryOrganizationsConnection { ...Counted } fragment Counted on IndustryOrganizationsConnection { totalCount }")]
    [InlineData("organizations(first: 1) { edges { cursor } ... @include(if: true) { totalCount } }", "")]
    public async Task A_total_count_asked_through_fragments_is_counted(string connection, string fragments)
    {
        var query = $"query {{ industries(first: 5) {{ nodes {{ id {connection} }} }} }} {fragments}";
        for (var run = 0; run < 2; run++)   // the second run finds the parsed document's answer remembered
        {
            var industries = (await app.QueryAsync(query))["industries"]!["nodes"]!.AsArray();
            Assert.Contains(industries, i => i!["organizations"]!["totalCount"]!.GetValue<int>() > 1);
            foreach (var industry in industries)
            {
                var all = (await app.QueryAsync(Alone, new { id = (string)industry!["id"]! }))["node"]!["organizations"]!["edges"]!.AsArray();
                Assert.Equal(all.Count, industry["organizations"]!["totalCount"]!.GetValue<int>());
            }
        }
    }
}
