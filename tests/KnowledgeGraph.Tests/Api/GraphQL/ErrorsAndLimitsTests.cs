using System.Text.Json.Nodes;
using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Api.GraphQL;

/// <summary>Every error carries extensions.code; abusive queries are refused; internals stay in the log.</summary>
public sealed class ErrorsAndLimitsTests(KnowledgeGraphApp app) : IClassFixture<KnowledgeGraphApp>
{
    [Theory]
    [InlineData("{ industries(first: 101) { totalCount } }", "BAD_USER_INPUT", "'first'")]
    [InlineData("{ industries(last: -1) { totalCount } }", "BAD_USER_INPUT", "'last'")]
    [InlineData("{ industries(first: 1, last: 1) { totalCount } }", "BAD_USER_INPUT", "either")]
    [InlineData("{ industries(after: \"not-a-cursor\") { totalCount } }", "BAD_USER_INPUT", "cursor")]
    [InlineData("{ node(id: \"industry:tech\") { ... on Industry { organizations(after: \"bm9wZQ\") { totalCount } } } }", "BAD_USER_INPUT", "cursor")]
    [InlineData("{ industries(where: { relatedTo: [\"a:1\",\"a:2\",\"a:3\",\"a:4\",\"a:5\",\"a:6\",\"a:7\",\"a:8\",\"a:9\",\"a:10\",\"a:11\"] }) { totalCount } }", "BAD_USER_INPUT", "relatedTo")]
    [InlineData("{ organizations(where: { kind: [PLANET] }) { totalCount } }", "GRAPHQL_VALIDATION_FAILED", "PLANET")]
    public async Task Bad_input_gets_a_clear_error_with_a_code(string query, string code, string mentions)
    {
        var (_, errors, _) = await app.QueryErrorsAsync(query);
        Assert.Equal(code, (string?)errors[0]!["extensions"]!["code"]);
        Assert.Contains(mentions, (string?)errors[0]!["message"]);
    }

    [Fact]
    public async Task Every_error_has_a_code()
    {
        var (_, errors, _) = await app.QueryErrorsAsync("{ a: industries(first: 500) { totalCount } b: nodes(ids: []) { id } c: node(id: \"x\") { nope } }");
        Assert.All(errors, e => Assert.False(string.IsNullOrEmpty((string?)e!["extensions"]!["code"])));
    }

    [Fact]
    public async Task Too_many_ids_are_refused()
    {
        var ids = Enumerable.Range(0, 101).Select(i => $"org:o{i}").ToArray();
        var (_, errors, _) = await app.QueryErrorsAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids });
        Assert.Equal("BAD_USER_INPUT", (string?)errors[0]!["extensions"]!["code"]);
    }

    [Fact]
    public async Task A_deeply_nested_query_is_refused_as_too_complex()
    {
        var nested = "id";
        for (var i = 0; i < 10; i++)
        {
            nested = $"organizations(first: 50) {{ nodes {{ industries(first: 50) {{ nodes {{ {nested} }} }} }} }}";
        }
        var (status, errors, _) = await app.QueryErrorsAsync($"{{ industries(first: 50) {{ nodes {{ {nested} }} }} }}");
        Assert.Equal(400, status);
        Assert.Equal("QUERY_TOO_COMPLEX", (string?)errors[0]!["extensions"]!["code"]);
    }

    [Fact]
    public async Task A_wide_paged_query_is_refused_as_too_complex()
    {
        var (status, errors, _) = await app.QueryErrorsAsync("""
            { organizations(first: 100) { nodes { interventions(first: 100) { nodes { findings(first: 100) { nodes { id summary } } } } } } }
            """);
        Assert.Equal(400, status);
        Assert.Equal("QUERY_TOO_COMPLEX", (string?)errors[0]!["extensions"]!["code"]);
    }

    [Fact]
    public async Task The_introspection_query_of_graphiql_is_let_through()
    {
        var data = await app.QueryAsync(HostileDocuments.GraphiQLIntrospection);
        Assert.Contains(data["__schema"]!["types"]!.AsArray(), t => (string?)t!["name"] == "Intervention");
    }

    [Fact]
    public async Task An_oversized_query_document_is_refused()
    {
        var (status, errors, _) = await app.QueryErrorsAsync("{ __typename }" + new string(' ', 70_000));
        Assert.Equal(400, status);
        Assert.Equal("QUERY_TOO_COMPLEX", (string?)errors[0]!["extensions"]!["code"]);
    }
}

/// <summary>Outside Development, an unexpected failure answers INTERNAL with a correlation id and no stack trace.</summary>
public sealed class ProductionErrorTests : IDisposable
{
    private readonly KnowledgeGraphApp _app = new() { Environment = "Production" };

    [Fact]
    public async Task A_store_failure_reports_store_unavailable_without_internals()
    {
        await _app.QueryAsync("{ __typename }");
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Move(_app.DatabasePath, _app.DatabasePath + ".moved");
        Directory.CreateDirectory(_app.DatabasePath);
        var (status, errors, data) = await _app.QueryErrorsAsync("{ industries { totalCount } }");
        Assert.Equal(200, status);
        Assert.Null(data?["industries"]);
        var error = errors[0]!;
        Assert.Equal("STORE_UNAVAILABLE", (string?)error["extensions"]!["code"]);
        Assert.DoesNotContain("at KnowledgeGraph", error.ToJsonString());
        Assert.DoesNotContain("Sqlite", error.ToJsonString(), StringComparison.OrdinalIgnoreCase);
    }

    public void Dispose() => _app.Dispose();
}
