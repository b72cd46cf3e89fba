using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Api.Security;

/// <summary>The limits an operator can tighten: response size and introspection.</summary>
public sealed class LimitSettingsTests : IDisposable
{
    private readonly KnowledgeGraphApp _app = new();

    public LimitSettingsTests()
    {
        _app.Settings["GraphQL:MaxResponseBytes"] = "4096";
        _app.Settings["GraphQL:Introspection"] = "false";
    }

    [Fact]
    public async Task A_response_over_the_size_cap_is_replaced_by_an_error()
    {
        var (status, errors, data) = await _app.QueryErrorsAsync("{ organizations(first: 100) { nodes { id name description } } }");
        Assert.Equal(200, status);
        Assert.Null(data);
        Assert.Equal("RESPONSE_TOO_LARGE", (string?)errors[0]!["extensions"]!["code"]);
        var small = await _app.QueryAsync("{ industries(first: 1) { nodes { id } } }");
        Assert.Single(small["industries"]!["nodes"]!.AsArray());
    }

    [Theory]
    [InlineData("{ __schema { types { name } } }")]
    [InlineData("{ __type(name: \"Industry\") { name } }")]
    [InlineData("{ ...F } fragment F on Query { __schema { queryType { name } } }")]
    public async Task Introspection_switched_off_is_refused(string query)
    {
        var (status, errors, _) = await _app.QueryErrorsAsync(query);
        Assert.Equal(400, status);
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", (string?)errors[0]!["extensions"]!["code"]);
        Assert.Contains("Introspection", (string?)errors[0]!["message"]);
    }

    [Fact]
    public async Task Typename_is_always_answered()
    {
        var data = await _app.QueryAsync("{ __typename }");
        Assert.Equal("Query", (string?)data["__typename"]);
    }

    public void Dispose() => _app.Dispose();
}
