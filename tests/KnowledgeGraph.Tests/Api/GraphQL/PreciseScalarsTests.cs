using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Api.GraphQL;

/// <summary>Timestamps, partial dates, URLs and JSON have scalars of their own, each with the specification it follows.</summary>
public sealed partial class PreciseScalarsTests(CuratedApp app) : IClassFixture<CuratedApp>
{
    [Fact]
    public async Task Timestamps_dates_urls_and_json_are_typed_by_their_own_scalars()
    {
        var data = await app.DataAsync("""
            {
              source: __type(name: "Source") { fields { name type { name ofType { name } } } }
              audit: __type(name: "AuditEntry") { fields { name type { name ofType { name } } } }
              input: __type(name: "GraphNodeInput") { inputFields { name type { name } } }
            }
            """, null);
        string TypeOf(string type, string field) =>
            data[type]!["fields"]!.AsArray().Single(f => (string?)f!["name"] == field)!["type"] is var t && (string?)t!["name"] is { } name ? name : (string)t["ofType"]!["name"]!;
        Assert.Equal("DateTime", TypeOf("source", "createdAt"));
        Assert.Equal("DateTime", TypeOf("source", "updatedAt"));
        Assert.Equal("Date", TypeOf("source", "publishedOn"));
        Assert.Equal("URL", TypeOf("source", "url"));
        Assert.Equal("DateTime", TypeOf("audit", "at"));
        Assert.Equal("JSON", TypeOf("audit", "before"));
        Assert.Equal("JSON", TypeOf("audit", "after"));
        Assert.Equal("JSON", (string?)data["input"]!["inputFields"]!.AsArray().Single(f => (string?)f!["name"] == "properties")!["type"]!["name"]);
    }

    [Fact]
    public async Task The_sdl_names_each_scalars_specification()
    {
        var sdl = await app.CreateClient().GetStringAsync("/graphql/schema.graphql");
        Assert.Contains("""scalar DateTime @specifiedBy(url: "https://scalars.graphql.org/andimarek/date-time")""", sdl);
        Assert.Contains("""scalar Date @specifiedBy(url: "https://www.w3.org/TR/NOTE-datetime")""", sdl);
        Assert.Contains("""scalar URL @specifiedBy(url: "https://www.rfc-editor.org/rfc/rfc3986")""", sdl);
        Assert.Contains("""scalar JSON @specifiedBy(url: "https://www.rfc-editor.org/rfc/rfc8259")""", sdl);
        Assert.DoesNotContain("DateTimeOffset", sdl);
    }

    [Fact]
    public async Task Values_keep_their_text_timestamps_are_rfc_3339_and_dates_keep_their_precision()
    {
        var data = await app.DataAsync("""
            { sources(first: 100) { nodes { url publishedOn createdAt updatedAt } } }
            """, null);
        var sources = data["sources"]!["nodes"]!.AsArray();
        Assert.All(sources, s =>
        {
            Assert.Matches(Rfc3339(), (string)s!["createdAt"]!);
            Assert.Matches(Rfc3339(), (string)s["updatedAt"]!);
            Assert.StartsWith("http", (string)s["url"]!);
            Assert.True(s["publishedOn"] is null || PartialDate().IsMatch((string)s["publishedOn"]!), s.ToJsonString());
        });
        Assert.Contains(sources, s => s!["publishedOn"] is { } d && ((string)d!).Length == 4 || s!["publishedOn"] is { } m && ((string)m!).Length == 7);
    }

    [Fact]
    public async Task Audit_entries_hold_json_objects_and_imports_take_properties_as_objects_or_as_json_text()
    {
        const string import = """
            mutation($text: JSON) {
              importGraph(
                nodes: [
                  { id: "org:scalar_as_object", label: ORGANIZATION, properties: { name: "As object", kind: "UNION", founded: 2020 } },
                  { id: "org:scalar_as_text", label: ORGANIZATION, properties: $text }
                ],
                relationships: [{ type: PARTNERS_WITH, from: "org:scalar_as_object", to: "org:scalar_as_text", properties: { since: 2021 } }]
              ) { nodesWritten relationshipsWritten }
            }
            """;
        var written = await app.DataAsync(import, CuratedApp.AdminKey, new { text = """{"name": "As text", "kind": "COALITION"}""" });
        Assert.Equal((2, 1), ((int)written["importGraph"]!["nodesWritten"]!, (int)written["importGraph"]!["relationshipsWritten"]!));

        var read = await app.DataAsync("""
            { node(id: "org:scalar_as_object") { ... on Organization { founded history { operation before after } } } }
            """, CuratedApp.AdminKey);
        Assert.Equal(2020, (int)read["node"]!["founded"]!);
        var created = read["node"]!["history"]!.AsArray().Single(h => (string?)h!["operation"] == "CREATE_NODE")!;
        Assert.Null(created["before"]);
        var after = Assert.IsType<JsonObject>(created["after"]);
        Assert.Contains("As object", after.ToJsonString());
    }

    [Fact]
    public async Task A_relationship_property_reads_as_json_itself_beside_its_text()
    {
        await app.DataAsync("""
            mutation {
              importGraph(
                nodes: [
                  { id: "org:json_probe_a", label: ORGANIZATION, properties: { name: "Probe A", kind: "UNION" } },
                  { id: "org:json_probe_b", label: ORGANIZATION, properties: { name: "Probe B", kind: "UNION" } }
                ],
                relationships: [{ type: PARTNERS_WITH, from: "org:json_probe_a", to: "org:json_probe_b", properties: { since: 2021, context: "a probe" } }]
              ) { nodesWritten }
            }
            """, CuratedApp.AdminKey);
        var data = await app.DataAsync("""{ neighborhood(id: "org:json_probe_a") { edges { type properties { name value json } } } }""", null);
        var properties = data["neighborhood"]!["edges"]!.AsArray().Single(e => (string?)e!["type"] == "PARTNERS_WITH")!["properties"]!.AsArray();
        var since = properties.Single(p => (string?)p!["name"] == "since")!;
        Assert.Equal(("2021", 2021), ((string)since["value"]!, (int)since["json"]!));
        Assert.Equal("a probe", (string?)properties.Single(p => (string?)p!["name"] == "context")!["json"]);
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")]
    private static partial Regex Rfc3339();

    [GeneratedRegex(@"^\d{4}(-\d{2}(-\d{2})?)?$")]
    private static partial Regex PartialDate();
}
