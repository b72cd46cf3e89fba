using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Api.GraphQL;

/// <summary>Ids are whole-string slugs and text holds no control characters, whichever mutation writes them.</summary>
public sealed class TextAndIdValidationTests : IDisposable
{
    private readonly CuratedApp _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task An_id_with_a_trailing_newline_is_refused_by_create_and_by_import()
    {
        var before = await _app.Store.GetGraphVersionAsync();

        var created = await _app.ErrorAsync("""
            mutation($id: ID!) { createIndustry(input: { id: $id, name: "Technology" }) { id } }
            """, CuratedApp.CuratorKey, "BAD_USER_INPUT", new { id = "industry:tech\n" });
        Assert.Contains(created["extensions"]!["violations"]!.AsArray(), v => (string?)v!["rule"] == "id-format");

        var imported = await _app.ErrorAsync("""
            mutation($nodes: [GraphNodeInput!]!) { importGraph(nodes: $nodes, relationships: []) { graphVersion } }
            """, CuratedApp.AdminKey, "BAD_USER_INPUT", new { nodes = new[] { new { id = "industry:tech\n", label = "INDUSTRY", properties = """{"name": "Technology"}""" } } });
        Assert.Contains(imported["extensions"]!["violations"]!.AsArray(), v => (string?)v!["rule"] == "id-format");

        Assert.Equal(before, await _app.Store.GetGraphVersionAsync());
        Assert.Empty(await _app.Store.GetNodesAsync(["industry:tech\n"]));
    }

    [Theory]
    [InlineData("\u0000", "x")]
    [InlineData("Name\r\nForged", "x")]
    [InlineData("Fine", "esc\u001b[2J")]
    [InlineData("Fine", "nel\u0085")]
    [InlineData("Fine", "\uffff")]
    [InlineData("\u200b\u200b", "x")]
    public async Task Control_characters_and_invisible_names_are_refused_and_nothing_is_written(string name, string description)
    {
        var before = await _app.Store.GetGraphVersionAsync();
        var error = await _app.ErrorAsync("""
            mutation($name: String!, $description: String) { createPerson(input: { id: "person:control", name: $name, description: $description }) { id } }
            """, CuratedApp.CuratorKey, "BAD_USER_INPUT", new { name, description });
        Assert.Contains(error["extensions"]!["violations"]!.AsArray(), v => (string?)v!["rule"] == "property-type");
        Assert.Equal(before, await _app.Store.GetGraphVersionAsync());
        Assert.Empty(await _app.Store.GetNodesAsync(["person:control"]));
    }

    [Fact]
    public async Task Control_characters_are_refused_in_an_update_and_in_relationship_properties()
    {
        var before = await _app.Store.GetGraphVersionAsync();
        await _app.ErrorAsync("""
            mutation { updateTactic(id: "tactic:hashtag_campaign", version: 1, patch: { description: "bell\u0007" }) { id } }
            """, CuratedApp.CuratorKey, "BAD_USER_INPUT");
        await _app.ErrorAsync("""
            mutation($p: JSON) { importGraph(nodes: [], relationships: [{ type: PARTNERS_WITH, from: "org:unite_here", to: "org:national_womens_law_center", properties: $p }]) { graphVersion } }
            """, CuratedApp.AdminKey, "BAD_USER_INPUT", new { p = """{"context": "a\u0000b"}""" });
        Assert.Equal(before, await _app.Store.GetGraphVersionAsync());
        Assert.DoesNotContain("bell", (await _app.Store.GetNodesAsync(["tactic:hashtag_campaign"]))[0].GetString("description") ?? "");
    }
}
