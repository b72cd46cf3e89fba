using System.Diagnostics;
using System.Text.Json.Nodes;
using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Api.Security;

/// <summary>
/// The reproducers of the hostile-input report: each small document used to cost seconds to hours of CPU or gigabytes
/// of memory; each is now refused with a code before any real work. The time bound is generous (these machines are
/// shared); the refused documents took 15 s to forever before.
/// </summary>
public sealed class HostileDocumentTests(KnowledgeGraphApp app) : IClassFixture<KnowledgeGraphApp>
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(5);

    private async Task<(int Status, string Code, string Message)> RefusedAsync(string query)
    {
        await app.QueryAsync("{ __typename }");   // the host starts (and seeds) on first use: not part of the measure
        var clock = Stopwatch.StartNew();
        var (status, errors, data) = await app.QueryErrorsAsync(query);
        Assert.True(clock.Elapsed < Generous, $"took {clock.Elapsed}");
        Assert.Null(data);
        return (status, (string)errors[0]!["extensions"]!["code"]!, (string)errors[0]!["message"]!);
    }

    [Theory]
    [InlineData(8)]
    [InlineData(9)]
    [InlineData(20)]
    public async Task A_fragment_bomb_is_refused_without_expanding_it(int levels)
    {
        var (status, code, message) = await RefusedAsync(HostileDocuments.FragmentBomb(levels));
        Assert.Equal(400, status);
        Assert.Equal("QUERY_TOO_COMPLEX", code);
        Assert.Contains("fragments are expanded", message);
    }

    [Fact]
    public async Task A_small_fragment_tree_is_still_answered()
    {
        var data = await app.QueryAsync(HostileDocuments.FragmentBomb(levels: 1));
        Assert.Equal("Query", (string?)data["__typename"]);
    }

    [Fact]
    public async Task Fragments_chained_deeper_than_the_limit_are_refused()
    {
        var chain = "{ ...F0 } " + string.Concat(Enumerable.Range(0, 60).Select(i => $"fragment F{i} on Query {{ ...F{i + 1} }} ")) + "fragment F60 on Query { __typename }";
        var (_, code, message) = await RefusedAsync(chain);
        Assert.Equal("QUERY_TOO_COMPLEX", code);
        Assert.Contains("more than 50 deep", message);
    }

    [Fact]
    public async Task Aliased_schema_walks_are_refused()
    {
        var (_, code, message) = await RefusedAsync(HostileDocuments.SchemaWalks(2_000));
        Assert.Equal("QUERY_TOO_COMPLEX", code);
        Assert.Contains("fields", message);
        (_, code, message) = await RefusedAsync(HostileDocuments.SchemaWalks(2));
        Assert.Equal("QUERY_TOO_COMPLEX", code);
        Assert.Contains("__schema", message);
    }

    [Fact]
    public async Task One_schema_walk_is_answered()
    {
        var data = await app.QueryAsync(HostileDocuments.SchemaWalks(1));
        Assert.NotEmpty(data["a0"]!["types"]!.AsArray());
    }

    [Theory]
    [InlineData(3)]
    [InlineData(12)]
    public async Task Introspection_nested_through_types_and_fields_is_refused(int levels)
    {
        var (_, code, message) = await RefusedAsync(HostileDocuments.NestedIntrospection(levels));
        Assert.Equal("QUERY_TOO_COMPLEX", code);
        Assert.Contains("nest 3 or more deep", message);
    }

    [Theory]
    [InlineData(62)]
    [InlineData(500)]
    public async Task Nesting_past_the_parser_limit_is_a_parse_error(int levels)
    {
        var (status, code, _) = await RefusedAsync(HostileDocuments.Nested(levels));
        Assert.Equal(400, status);
        Assert.Equal("GRAPHQL_PARSE_FAILED", code);
    }

    [Theory]
    [InlineData("\"\"\"\r\u0001")]
    [InlineData("{ a(b: \"\\u")]
    [InlineData("query { ")]
    public async Task Input_that_breaks_the_parser_is_a_parse_error(string query)
    {
        var (status, code, _) = await RefusedAsync(query);
        Assert.Equal(400, status);
        Assert.Equal("GRAPHQL_PARSE_FAILED", code);
    }

    [Theory]
    [InlineData("subscription { graphChanged { graphVersion } }", "STREAMING_TRANSPORT_REQUIRED")]
    [InlineData("subscription { industries { totalCount } }", "STREAMING_TRANSPORT_REQUIRED")]
    [InlineData("query Q { __typename } subscription S { x }", "OPERATION_RESOLUTION_FAILURE")]
    public async Task A_subscription_over_plain_http_is_a_request_error_not_an_internal_one(string query, string expected)
    {
        var (status, code, _) = await RefusedAsync(query);
        Assert.Equal(400, status);
        Assert.Equal(expected, code);
    }

    [Fact]
    public async Task A_syntax_error_says_where_it_is()
    {
        var (_, errors, _) = await app.QueryErrorsAsync("{ industries { totalCount }");
        Assert.Equal("GRAPHQL_PARSE_FAILED", (string?)errors[0]!["extensions"]!["code"]);
        Assert.Equal(1, (int)errors[0]!["locations"]![0]!["line"]!);
    }

    [Theory]
    [InlineData("neighborhood(id: \"industry:cross_industry\", depth: 3, limit: 1000) { truncated }", 740)]
    [InlineData("evidenceMap(rows: INTERVENTION, columns: JURISDICTION) { gapCount }", 850)]
    [InlineData("paths(from: \"industry:agriculture\", to: \"industry:film_tv\", maxHops: 6, first: 50) { length }", 500)]
    [InlineData("whatWorked(first: 100) { score }", 100)]
    [InlineData("stats { nodesByLabel { key } }", 6)]
    public async Task Aliased_analyses_are_capped_per_request(string field, int aliases)
    {
        var (_, code, message) = await RefusedAsync(HostileDocuments.Aliases(aliases, field));
        Assert.Equal("QUERY_TOO_COMPLEX", code);
        Assert.Contains(aliases > 30 ? "root fields" : "analyses", message);
    }

    [Fact]
    public async Task Analyses_cost_what_their_arguments_ask_for()
    {
        // Within the analysis cap, but two of the deepest, widest walks with every node's relationships exceed the budget.
        var field = "neighborhood(id: \"industry:cross_industry\", depth: 3, limit: 1000) { nodes { id ... on Industry { name organizations(first: 100) { totalCount nodes { id name } } } } }";
        var (_, code, message) = await RefusedAsync(HostileDocuments.Aliases(2, field));
        Assert.Equal("QUERY_TOO_COMPLEX", code);
        Assert.Contains("estimated cost", message);
    }

    [Fact]
    public async Task The_analyses_a_dashboard_needs_fit_in_one_request()
    {
        var data = await app.QueryAsync("""
            {
              whatWorked(industry: "industry:hospitality_hotels_casinos", first: 10) { score strategy { id } }
              evidenceMap(rows: TACTIC, columns: INDUSTRY) { gapCount }
              stats { nodesByLabel { key count } }
              neighborhood(id: "industry:cross_industry", depth: 2, limit: 200) { truncated nodes { id } }
              search(text: "hotel", first: 20) { score }
            }
            """);
        Assert.NotEmpty(data["whatWorked"]!.AsArray());
        Assert.NotEmpty(data["search"]!.AsArray());
    }
}
