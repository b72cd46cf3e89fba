using System.Text.Json.Nodes;
using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Api.GraphQL;

/// <summary>Cursor paging both ways, filters and ordering on the root connections, through HTTP.</summary>
public sealed class PagingFilteringTests(KnowledgeGraphApp app) : IClassFixture<KnowledgeGraphApp>
{
    private const string Page = """
        query Page($first: Int, $after: String, $last: Int, $before: String, $order: OrganizationOrder) {
          organizations(first: $first, after: $after, last: $last, before: $before, orderBy: $order) {
            totalCount
            edges { cursor node { id name founded } }
            pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
          }
        }
        """;

    private async Task<List<string>> AllIdsAsync(object? order)
    {
        var data = await app.QueryAsync(Page, new { first = 100, order });
        return data["organizations"]!["edges"]!.AsArray().Select(e => (string)e!["node"]!["id"]!).ToList();
    }

    [Theory]
    [InlineData("NAME", "ASC")]
    [InlineData("NAME", "DESC")]
    [InlineData("YEAR", "ASC")]
    [InlineData("ID", "DESC")]
    public async Task Paging_forwards_and_backwards_returns_every_node_once_in_order(string field, string direction)
    {
        var order = new { field, direction };
        var all = await AllIdsAsync(order);
        Assert.Equal(SeedCounts.Of("organizations.json"), all.Count);

        var forward = new List<string>();
        string? after = null;
        JsonNode connection;
        do
        {
            connection = (await app.QueryAsync(Page, new { first = 7, after, order }))["organizations"]!;
            Assert.Equal(all.Count, (int)connection["totalCount"]!);
            forward.AddRange(connection["edges"]!.AsArray().Select(e => (string)e!["node"]!["id"]!));
            after = (string?)connection["pageInfo"]!["endCursor"];
            Assert.Equal(forward.Count > 7, (bool)connection["pageInfo"]!["hasPreviousPage"]!);
        }
        while ((bool)connection["pageInfo"]!["hasNextPage"]!);
        Assert.Equal(all, forward);

        var backward = new List<string>();
        string? before = null;
        do
        {
            connection = (await app.QueryAsync(Page, new { last = 9, before, order }))["organizations"]!;
            backward.InsertRange(0, connection["edges"]!.AsArray().Select(e => (string)e!["node"]!["id"]!));
            before = (string?)connection["pageInfo"]!["startCursor"];
        }
        while ((bool)connection["pageInfo"]!["hasPreviousPage"]!);
        Assert.Equal(all, backward);
    }

    [Fact]
    public async Task Names_sort_case_insensitively_and_years_sort_numerically()
    {
        var byName = await app.QueryAsync(Page, new { first = 100 });
        var names = byName["organizations"]!["edges"]!.AsArray().Select(e => (string)e!["node"]!["name"]!).ToList();
        Assert.Equal(names.OrderBy(n => n.ToLowerInvariant(), StringComparer.Ordinal), names);

        var byYear = await app.QueryAsync(Page, new { first = 100, order = new { field = "YEAR", direction = "DESC" } });
        var years = byYear["organizations"]!["edges"]!.AsArray().Select(e => (int?)e!["node"]!["founded"]).ToList();
        Assert.Equal(years.OrderByDescending(y => y ?? 0), years);
        Assert.Contains(years, y => y is not null);
    }

    [Fact]
    public async Task Filters_combine_text_enums_years_and_related_ids()
    {
        var data = await app.QueryAsync("""
            {
              unions: organizations(first: 100, where: { kind: [UNION] }) { nodes { kind } }
              text: organizations(first: 100, where: { text: "IMMOKALEE" }) { nodes { id } }
              inHotels: interventions(first: 100, where: { relatedTo: ["industry:hospitality_hotels_casinos"] }) { nodes { id industries { nodes { id } } } }
              recent: findings(first: 100, where: { yearFrom: 2019, yearTo: 2021 }) { nodes { year } }
              weak: findings(first: 100, where: { evidenceKind: [ENACTMENT_ONLY, SELF_REPORTED], kind: [ADOPTION] }) { nodes { evidenceKind kind effect } }
              tipped: industries(where: { riskFactors: [TIPPED_WAGES] }) { nodes { riskFactors } }
              none: organizations(where: { text: "zzzz-no-such-text" }) { totalCount nodes { id } pageInfo { hasNextPage startCursor } }
            }
            """);
        Assert.NotEmpty(data["unions"]!["nodes"]!.AsArray());
        Assert.All(data["unions"]!["nodes"]!.AsArray(), n => Assert.Equal("UNION", (string?)n!["kind"]));
        Assert.Contains(data["text"]!["nodes"]!.AsArray(), n => (string?)n!["id"] == "org:coalition_of_immokalee_workers");
        Assert.NotEmpty(data["inHotels"]!["nodes"]!.AsArray());
        Assert.All(data["inHotels"]!["nodes"]!.AsArray(), n =>
            Assert.Contains("industry:hospitality_hotels_casinos", n!["industries"]!["nodes"]!.AsArray().Select(i => (string?)i!["id"])));
        Assert.NotEmpty(data["recent"]!["nodes"]!.AsArray());
        Assert.All(data["recent"]!["nodes"]!.AsArray(), n => Assert.InRange((int)n!["year"]!, 2019, 2021));
        Assert.NotEmpty(data["weak"]!["nodes"]!.AsArray());
        // Enactments are ADOPTION findings and carry no effect (they used to be coded POSITIVE).
        Assert.All(data["weak"]!["nodes"]!.AsArray(), n => Assert.Equal("ADOPTION", (string?)n!["kind"]));
        Assert.All(data["weak"]!["nodes"]!.AsArray(), n => Assert.Null(n!["effect"]));
        Assert.Equal(["ENACTMENT_ONLY", "SELF_REPORTED"], data["weak"]!["nodes"]!.AsArray().Select(n => (string)n!["evidenceKind"]!).Distinct().Order());
        Assert.All(data["tipped"]!["nodes"]!.AsArray(), n => Assert.Contains("TIPPED_WAGES", n!["riskFactors"]!.AsArray().Select(v => (string?)v)));
        Assert.Equal(0, (int)data["none"]!["totalCount"]!);
        Assert.Empty(data["none"]!["nodes"]!.AsArray());
        Assert.Null(data["none"]!["pageInfo"]!["startCursor"]);
    }

    [Fact]
    public async Task Relationship_connections_page_both_ways_too()
    {
        const string query = """
            query($first: Int, $after: String, $last: Int, $before: String) {
              node(id: "industry:hospitality_hotels_casinos") {
                ... on Industry { organizations(first: $first, after: $after, last: $last, before: $before) {
                  totalCount edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }
              }
            }
            """;
        var all = (await app.QueryAsync(query, new { first = 100 }))["node"]!["organizations"]!;
        var ids = all["edges"]!.AsArray().Select(e => (string)e!["node"]!["id"]!).ToList();
        Assert.True(ids.Count >= 3);
        Assert.Equal(ids.Count, (int)all["totalCount"]!);

        var first = (await app.QueryAsync(query, new { first = 2 }))["node"]!["organizations"]!;
        Assert.True((bool)first["pageInfo"]!["hasNextPage"]!);
        var rest = (await app.QueryAsync(query, new { first = 100, after = (string)first["pageInfo"]!["endCursor"]! }))["node"]!["organizations"]!;
        Assert.Equal(ids, first["edges"]!.AsArray().Concat(rest["edges"]!.AsArray()).Select(e => (string)e!["node"]!["id"]!));

        var last = (await app.QueryAsync(query, new { last = 2 }))["node"]!["organizations"]!;
        Assert.Equal(ids.TakeLast(2), last["edges"]!.AsArray().Select(e => (string)e!["node"]!["id"]!));
        Assert.True((bool)last["pageInfo"]!["hasPreviousPage"]!);
        var earlier = (await app.QueryAsync(query, new { last = 100, before = (string)last["pageInfo"]!["startCursor"]! }))["node"]!["organizations"]!;
        Assert.Equal(ids.SkipLast(2), earlier["edges"]!.AsArray().Select(e => (string)e!["node"]!["id"]!));
    }
}
