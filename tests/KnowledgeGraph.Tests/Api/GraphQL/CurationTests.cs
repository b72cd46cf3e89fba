using System.Text.Json.Nodes;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Api.GraphQL;

/// <summary>Typed mutations through HTTP: success, validation failure, conflicts, deletes, imports, and the audit trail.</summary>
public sealed class CurationTests : IDisposable
{
    private readonly CuratedApp _app = new();

    private Task<long> VersionAsync() => _app.Store.GetGraphVersionAsync();

    [Fact]
    public async Task A_curator_creates_updates_and_links_and_each_write_is_audited()
    {
        var created = await _app.DataAsync("""
            mutation { createTactic(input: { id: "tactic:peer_support", name: "Peer support circles", category: ORGANIZING }) { id name category version } }
            """, CuratedApp.CuratorKey);
        Assert.Equal(("tactic:peer_support", "ORGANIZING", 1), ((string?)created["createTactic"]!["id"], (string?)created["createTactic"]!["category"], (int)created["createTactic"]!["version"]!));

        var updated = await _app.DataAsync("""
            mutation { updateTactic(id: "tactic:peer_support", version: 1, patch: { description: "Workers meet weekly" }) { name description version } }
            """, CuratedApp.CuratorKey);
        Assert.Equal(("Peer support circles", "Workers meet weekly", 2), ((string?)updated["updateTactic"]!["name"], (string?)updated["updateTactic"]!["description"], (int)updated["updateTactic"]!["version"]!));

        var removed = await _app.DataAsync("""mutation { updateTactic(id: "tactic:peer_support", version: 2, patch: { description: null }) { description } }""", CuratedApp.CuratorKey);
        Assert.Null(removed["updateTactic"]!["description"]);

        await _app.DataAsync("""mutation { link(type: USES, from: "org:unite_here", to: "tactic:peer_support", properties: { since: 2021 }) { graphVersion } }""", CuratedApp.CuratorKey);
        var read = await _app.DataAsync("""
            { node(id: "org:unite_here") { ... on Organization { tactics { edges { since node { id } } } } }
              tactic: node(id: "tactic:peer_support") { ... on Tactic { history { operation actor before after } } } }
            """, CuratedApp.AdminKey);
        Assert.Contains(read["node"]!["tactics"]!["edges"]!.AsArray(), e => (string?)e!["node"]!["id"] == "tactic:peer_support" && (int?)e["since"] == 2021);
        var history = read["tactic"]!["history"]!.AsArray();
        Assert.Equal(["UPDATE_NODE", "UPDATE_NODE", "CREATE_NODE"], history.Select(h => (string?)h!["operation"]));
        Assert.All(history, h => Assert.Equal("cora", (string?)h!["actor"]));
        Assert.Contains("Workers meet weekly", history[0]!["before"]!.ToJsonString());

        var log = await _app.DataAsync("""{ auditLog(actor: "cora") { operation elementId graphVersion } }""", CuratedApp.AdminKey);
        Assert.Equal(4, log["auditLog"]!.AsArray().Count);
        Assert.Equal("CREATE_EDGE", (string?)log["auditLog"]![0]!["operation"]);
        Assert.Equal(await VersionAsync(), (long)log["auditLog"]![0]!["graphVersion"]!);
    }

    [Fact]
    public async Task An_invalid_write_names_every_offending_field_and_changes_nothing()
    {
        var before = await VersionAsync();
        var error = await _app.ErrorAsync("""
            mutation { createSource(input: { id: "source:bad", title: "Bad", url: "ftp://example.org/x", kind: REPORT, publishedOn: "2020-13-01" }) { id } }
            """, CuratedApp.CuratorKey, "BAD_USER_INPUT");
        var violations = error["extensions"]!["violations"]!.AsArray();
        Assert.Contains(violations, v => ((string?)v!["message"])!.Contains("'url'"));
        Assert.Contains(violations, v => ((string?)v!["message"])!.Contains("'publishedOn'"));
        await _app.ErrorAsync("""mutation { createTactic(input: { id: "industry:wrong_prefix", name: "X", category: TRAINING }) { id } }""", CuratedApp.CuratorKey, "BAD_USER_INPUT");
        await _app.ErrorAsync("""mutation { link(type: USES, from: "org:unite_here", to: "industry:tech") { graphVersion } }""", CuratedApp.CuratorKey, "BAD_USER_INPUT");
        await _app.ErrorAsync("""mutation { link(type: USES, from: "org:unite_here", to: "tactic:hashtag_campaign", properties: { role: "x" }) { graphVersion } }""", CuratedApp.CuratorKey, "BAD_USER_INPUT");
        Assert.Equal(before, await VersionAsync());
    }

    [Fact]
    public async Task A_stale_version_is_a_conflict_and_a_duplicate_id_too()
    {
        var current = await _app.DataAsync("""{ node(id: "tactic:hashtag_campaign") { ... on Tactic { version name } } }""", null);
        var version = (int)current["node"]!["version"]!;
        await _app.DataAsync($$"""mutation { updateTactic(id: "tactic:hashtag_campaign", version: {{version}}, patch: { name: "Hashtags" }) { version } }""", CuratedApp.CuratorKey);
        var conflict = await _app.ErrorAsync($$"""mutation { updateTactic(id: "tactic:hashtag_campaign", version: {{version}}, patch: { name: "Lost update" }) { version } }""", CuratedApp.CuratorKey, "CONFLICT");
        Assert.Equal((version, version + 1), ((int)conflict["extensions"]!["expectedVersion"]!, (int)conflict["extensions"]!["actualVersion"]!));
        var now = await _app.DataAsync("""{ node(id: "tactic:hashtag_campaign") { ... on Tactic { name } } }""", null);
        Assert.Equal("Hashtags", (string?)now["node"]!["name"]);
        await _app.ErrorAsync("""mutation { createTactic(input: { id: "tactic:hashtag_campaign", name: "Twin", category: NARRATIVE }) { id } }""", CuratedApp.CuratorKey, "CONFLICT");
        await _app.ErrorAsync("""mutation { updateTactic(id: "tactic:no_such_tactic", version: 1, patch: { name: "X" }) { id } }""", CuratedApp.CuratorKey, "NOT_FOUND");
        await _app.ErrorAsync("""mutation { updateTactic(id: "org:unite_here", version: 1, patch: { name: "X" }) { id } }""", CuratedApp.CuratorKey, "BAD_USER_INPUT");
    }

    [Fact]
    public async Task Deleting_a_node_in_use_says_what_cascade_would_remove()
    {
        var version = (int)(await _app.DataAsync("""{ node(id: "tactic:ballot_initiative") { ... on Tactic { version } } }""", null))["node"]!["version"]!;
        var before = await VersionAsync();
        var refused = await _app.ErrorAsync($$"""mutation { deleteTactic(id: "tactic:ballot_initiative", version: {{version}}) { removedIds } }""", CuratedApp.AdminKey, "BAD_USER_INPUT");
        Assert.Contains("ballot_initiative", (string?)refused["extensions"]!["violations"]![0]!["message"]);
        Assert.Equal("node-in-use", (string?)refused["extensions"]!["violations"]![0]!["rule"]);
        Assert.Equal(before, await VersionAsync());

        var deleted = await _app.DataAsync($$"""mutation { deleteTactic(id: "tactic:ballot_initiative", version: {{version}}, cascade: true) { removedIds } }""", CuratedApp.AdminKey);
        var removed = deleted["deleteTactic"]!["removedIds"]!.AsArray().Select(v => (string?)v).ToList();
        Assert.Contains("tactic:ballot_initiative", removed);
        Assert.Contains(removed, id => id!.Contains("|APPLIES|tactic:ballot_initiative"));
        Assert.Null((await _app.DataAsync("""{ node(id: "tactic:ballot_initiative") { id } }""", null))["node"]);
    }

    [Fact]
    public async Task A_finding_keeps_its_last_source()
    {
        var finding = (await _app.Store.ListNodesAsync(new KnowledgeGraph.Core.Stores.NodeQuery(GraphSchema.Finding) { First = 1 })).Edges[0].Node.Id;
        var cited = (await _app.Store.GetNeighborsAsync([new KnowledgeGraph.Core.Stores.NeighborKey(finding, "CITES", Direction.Out)])).Select(n => n.Node.Id).ToList();
        foreach (var source in cited.Skip(1))
        {
            await _app.DataAsync($$"""mutation { unlink(type: CITES, from: "{{finding}}", to: "{{source}}") { graphVersion } }""", CuratedApp.CuratorKey);
        }
        var error = await _app.ErrorAsync($$"""mutation { unlink(type: CITES, from: "{{finding}}", to: "{{cited[0]}}") { graphVersion } }""", CuratedApp.CuratorKey, "BAD_USER_INPUT");
        Assert.Equal("finding-cites-source", (string?)error["extensions"]!["violations"]![0]!["rule"]);
    }

    [Fact]
    public async Task Import_graph_is_atomic_and_idempotent()
    {
        const string mutation = """
            mutation($nodes: [GraphNodeInput!]!, $relationships: [GraphRelationshipInput!]!) {
              importGraph(nodes: $nodes, relationships: $relationships) { nodesWritten relationshipsWritten graphVersion } }
            """;
        var nodes = new object[]
        {
            new { id = "org:new_coalition", label = "ORGANIZATION", properties = """{"name": "New Coalition", "kind": "COALITION", "founded": 2024}""" },
            new { id = "tactic:new_practice", label = "TACTIC", properties = """{"name": "New practice", "category": "ORGANIZING"}""" },
        };
        var relationships = new object[] { new { type = "USES", from = "org:new_coalition", to = "tactic:new_practice", properties = """{"since": 2024}""" } };
        var bad = new object[] { nodes[0], new { id = "tactic:broken", label = "TACTIC", properties = """{"name": "Broken", "category": "DANCING"}""" } };
        var before = await VersionAsync();
        var error = await _app.ErrorAsync(mutation, CuratedApp.AdminKey, "BAD_USER_INPUT", new { nodes = bad, relationships });
        Assert.Contains(error["extensions"]!["violations"]!.AsArray(), v => (string?)v!["id"] == "tactic:broken");
        Assert.Contains(error["extensions"]!["violations"]!.AsArray(), v => (string?)v!["rule"] == "endpoint-exists");
        Assert.Equal(before, await VersionAsync());
        Assert.Empty(await _app.Store.GetNodesAsync(["org:new_coalition"]));
        await _app.ErrorAsync(mutation, CuratedApp.AdminKey, "BAD_USER_INPUT", new { nodes = new object[] { new { id = "org:x", label = "ORGANIZATION", properties = "{not json" } }, relationships = Array.Empty<object>() });

        var first = await _app.DataAsync(mutation, CuratedApp.AdminKey, new { nodes, relationships });
        Assert.Equal((2, 1), ((int)first["importGraph"]!["nodesWritten"]!, (int)first["importGraph"]!["relationshipsWritten"]!));
        var again = await _app.DataAsync(mutation, CuratedApp.AdminKey, new { nodes, relationships });
        Assert.Equal((0, 0, (int)first["importGraph"]!["graphVersion"]!),
            ((int)again["importGraph"]!["nodesWritten"]!, (int)again["importGraph"]!["relationshipsWritten"]!, (int)again["importGraph"]!["graphVersion"]!));
    }

    [Theory]
    [InlineData("Robert'); DROP TABLE nodes;--")]
    [InlineData("MATCH (n) DETACH DELETE n // \"quoted\" `ticks`")]
    [InlineData("line\nbreak\ttab and unicode ✓ مرحبا 𝄞")]
    public async Task Hostile_text_is_stored_exactly(string text)
    {
        var data = await _app.DataAsync("""
            mutation($text: String!) { createPerson(input: { id: "person:hostile", name: $text, description: $text }) { name description } }
            """, CuratedApp.CuratorKey, new { text });
        Assert.Equal((text, text), ((string?)data["createPerson"]!["name"], (string?)data["createPerson"]!["description"]));
        Assert.Equal(SeedCounts.LabelsWithNodes, (await _app.Store.CountAsync()).NodesByLabel.Count);
        Assert.Equal(text, (await _app.Store.GetNodesAsync(["person:hostile"]))[0].Name);
    }

    [Fact]
    public async Task Oversized_values_are_refused_and_nothing_changes()
    {
        var before = await VersionAsync();
        var huge = new string('x', 1_000_000);
        var error = await _app.ErrorAsync("""
            mutation($text: String!) { createPerson(input: { id: "person:huge", name: "Huge", description: $text }) { id } }
            """, CuratedApp.CuratorKey, "BAD_USER_INPUT", new { text = huge });
        Assert.Contains("'description'", (string?)error["extensions"]!["violations"]![0]!["message"]);
        Assert.Equal(before, await VersionAsync());
    }

    [Fact]
    public async Task Deeply_nested_json_is_refused_and_nothing_changes()
    {
        var before = await VersionAsync();
        var deep = string.Concat(Enumerable.Repeat("{\"a\":", 200)) + "1" + new string('}', 200);
        var error = await _app.ErrorAsync("""
            mutation($p: JSON) { importGraph(nodes: [{ id: "org:deep", label: ORGANIZATION, properties: $p }], relationships: []) { graphVersion } }
            """, CuratedApp.AdminKey, "BAD_USER_INPUT", new { p = deep });
        Assert.Contains("properties", (string?)error["message"]);
        var nested = await _app.ErrorAsync("""
            mutation($p: JSON) { importGraph(nodes: [{ id: "org:nested", label: ORGANIZATION, properties: $p }], relationships: []) { graphVersion } }
            """, CuratedApp.AdminKey, "BAD_USER_INPUT", new { p = """{"name": {"first": "x"}, "kind": "UNION"}""" });
        Assert.Contains(nested["extensions"]!["violations"]!.AsArray(), v => ((string?)v!["message"])!.Contains("'name'"));

        var raw = "{\"query\": \"query($v: String) { __typename }\", \"variables\": {\"v\": " + deep + "}}";
        var response = await _app.CreateClient().PostAsync("/graphql", new StringContent(raw, System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(400, (int)response.StatusCode);
        Assert.Equal("BAD_REQUEST", (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]![0]!["extensions"]!["code"]);
        Assert.Equal(before, await VersionAsync());
    }

    public void Dispose() => _app.Dispose();
}
