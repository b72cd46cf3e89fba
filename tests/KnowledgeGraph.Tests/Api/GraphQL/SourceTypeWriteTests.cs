using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Api.GraphQL;

/// <summary>A source's type must be a SourceType value: a write with another is refused and keeps nothing.</summary>
public sealed class SourceTypeWriteTests : IDisposable
{
    private readonly CuratedApp _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task An_imported_source_with_an_unknown_type_is_refused_by_the_validator_and_nothing_is_kept()
    {
        var before = await _app.Store.GetGraphVersionAsync();
        var nodes = new object[]
        {
            new { id = "source:blog_post", label = "SOURCE", properties = """{"title": "T", "url": "https://example.org/a", "kind": "ARTICLE", "type": "BLOG", "primary": false}""" },
        };

        var error = await _app.ErrorAsync("""
            mutation($nodes: [GraphNodeInput!]!) { importGraph(nodes: $nodes, relationships: []) { nodesWritten } }
            """, CuratedApp.AdminKey, "BAD_USER_INPUT", new { nodes });

        Assert.Contains(error["extensions"]!["violations"]!.AsArray(),
            v => (string?)v!["rule"] == "property-type" && (string?)v["id"] == "source:blog_post" && ((string?)v["message"])!.Contains("'type' must be one of"));
        Assert.Equal(before, await _app.Store.GetGraphVersionAsync());
        Assert.Empty(await _app.Store.GetNodesAsync(["source:blog_post"]));
    }

    [Fact]
    public async Task A_typed_create_with_an_unknown_type_is_refused_and_nothing_is_kept()
    {
        var before = await _app.Store.GetGraphVersionAsync();

        var (_, body) = await _app.SendAsync("""
            mutation { createSource(input: { id: "source:blog_post", title: "T", url: "https://example.org/a", kind: ARTICLE, type: BLOG }) { id } }
            """, CuratedApp.CuratorKey);

        Assert.Contains((string?)body["errors"]![0]!["extensions"]!["code"], new[] { "BAD_USER_INPUT", "GRAPHQL_VALIDATION_FAILED" });
        Assert.Null(body["data"]?["createSource"]);
        Assert.Equal(before, await _app.Store.GetGraphVersionAsync());
        Assert.Empty(await _app.Store.GetNodesAsync(["source:blog_post"]));
    }

    [Fact]
    public async Task A_rated_source_is_written_with_its_type_and_primary_flag()
    {
        var data = await _app.DataAsync("""
            mutation { createSource(input: { id: "source:agency_page", title: "T", url: "https://example.gov/a", kind: REPORT, type: GOVERNMENT, primary: true, note: "A paraphrase." }) { type primary quote note } }
            """, CuratedApp.CuratorKey);

        Assert.Equal(("GOVERNMENT", true, null, "A paraphrase."),
            ((string?)data["createSource"]!["type"], (bool?)data["createSource"]!["primary"], (string?)data["createSource"]!["quote"], (string?)data["createSource"]!["note"]));
    }
}
