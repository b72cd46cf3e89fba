using System.Diagnostics;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using KnowledgeGraph.Core.Exchange;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Seed;
using KnowledgeGraph.Core.Stores;
using KnowledgeGraph.Core.Stores.Sql;
using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Core;

/// <summary>The exchange formats: seed graph round trips, exact escaping, and the Neo4j and GraphML shapes.</summary>
public sealed class ExchangeTests : IDisposable
{
    private static readonly XNamespace G = GraphMLWriter.Namespace;
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    /// <summary>Strings that break naive CSV, SQL, Cypher, XML or JSON writers; every one is a legal property value.</summary>
    public static readonly string[] Hostile =
    [
        "He said \"no\", then left", "Robert'); DROP TABLE nodes;--", "x'}) MATCH (n) DETACH DELETE n //", "line1\nline2\r\nline3\ttab\r",
        @"back\slash \' \u0041 \\", "bell\u0007 nul\u0000 esc\u001b del\u007f nel\u0085 ls\u2028 ps\u2029", "  padded, ; semicolons  ",
        "=HYPERLINK(\"http://example.org\")", "👩‍🔧 Trabajadoras — ñ ü 中文 עברית", "`backtick` {braces} $param <tag attr='v'>&amp;</tag>",
        string.Concat(Enumerable.Repeat("long, \"quoted\" text\n", 200))[..4000],
    ];

    [Fact]
    public async Task Exporting_the_seed_graph_as_json_reproduces_the_seed_files_byte_for_byte()
    {
        var output = Path.Combine(_temp.Path, "json");
        await GraphExport.WriteAsync(await SeededStoreAsync(), ExchangeFormat.Json, output);
        foreach (var file in SeedFiles.LabelFiles.Values.Append(SeedFiles.RelationshipsFile))
        {
            Assert.True(File.ReadAllBytes(Path.Combine(RepoPaths.SeedData, file)).SequenceEqual(File.ReadAllBytes(Path.Combine(output, file))), file);
        }
    }

    [Theory]
    [InlineData(ExchangeFormat.Json)]
    [InlineData(ExchangeFormat.Csv)]
    public async Task The_seed_graph_exported_and_imported_into_an_empty_store_is_the_same_graph(ExchangeFormat format)
    {
        var source = await SeededStoreAsync();
        var output = Path.Combine(_temp.Path, format.ToString());
        await GraphExport.WriteAsync(source, format, output);

        var target = await EmptyStoreAsync("target");
        var outcome = await GraphImport.RunAsync(target, GraphImport.Read([output]), "test", write: true);

        Assert.Empty(outcome.Problems);
        Assert.Equal((473, 1140), (outcome.Written!.NodesWritten, outcome.Written.EdgesWritten));
        Assert.Equal(await SnapshotAsync(source), await SnapshotAsync(target));
    }

    [Fact]
    public async Task Hostile_strings_are_stored_exactly_and_survive_json_and_csv_round_trips()
    {
        var source = await EmptyStoreAsync("hostile");
        await source.UpsertAsync(HostileGraph(), "test");
        var stored = (await source.GetNodesAsync(Hostile.Select((_, i) => $"org:hostile_{i}").ToList())).OrderBy(n => n.Id.Length).ThenBy(n => n.Id);
        Assert.Equal(Hostile, stored.Select(n => n.GetString("description")));

        foreach (var format in new[] { ExchangeFormat.Json, ExchangeFormat.Csv })
        {
            var output = Path.Combine(_temp.Path, "hostile-" + format);
            await GraphExport.WriteAsync(source, format, output);
            var target = await EmptyStoreAsync("hostile-" + format);
            var outcome = await GraphImport.RunAsync(target, GraphImport.Read([output]), "test", write: true);
            Assert.Empty(outcome.Problems);
            Assert.Equal(await SnapshotAsync(source), await SnapshotAsync(target));
        }
    }

    [Fact]
    public void Csv_fields_with_quotes_commas_and_line_breaks_read_back_exactly_with_the_line_each_record_starts_on()
    {
        var rows = new[] { new[] { "id", "text" }, ["a", "plain"], ["b", "multi\nline, \"quoted\"\r\nend"], ["c", " edge "], ["d", ""] };
        var text = string.Join("\n", rows.Select(Csv.Line)) + "\n";
        Assert.Contains("\"multi\nline, \"\"quoted\"\"\r\nend\"", text);

        var records = Csv.Read(new StringReader(text)).ToList();

        Assert.Equal(rows, records.Select(r => r.Fields.ToArray()));
        Assert.Equal([1, 2, 3, 6, 7], records.Select(r => r.Line));
        Assert.All(records, r => Assert.Null(r.Error));
        Assert.NotNull(Csv.Read(new StringReader("a,\"open\nnever closed")).Single().Error);
        Assert.NotNull(Csv.Read(new StringReader("a,b\"c")).Single().Error);
    }

    [Fact]
    public async Task GraphML_is_well_formed_declares_every_key_before_the_graph_and_strips_what_xml_cannot_hold()
    {
        var store = await EmptyStoreAsync("graphml");
        await store.UpsertAsync(HostileGraph(), "test");
        var file = Path.Combine(_temp.Path, "graph.graphml");
        await GraphExport.WriteAsync(store, ExchangeFormat.GraphML, file);

        var root = XDocument.Load(file).Root!;   // throws when the file is not well-formed XML
        var keys = root.Elements(G + "key").ToList();
        var nodeProperties = GraphSchema.Labels.SelectMany(l => l.Properties).Select(p => p.Name).Distinct().Count();
        var edgeProperties = GraphSchema.Relationships.SelectMany(r => r.Properties).Select(p => p.Name).Distinct().Count();
        Assert.Equal(3 + nodeProperties + 2 + edgeProperties, keys.Count);
        Assert.Equal(GraphMLWriter.KeyCount, keys.Count);
        Assert.All(root.Elements().TakeWhile(e => e.Name != G + "graph"), e => Assert.Equal(G + "key", e.Name));
        Assert.Equal("long", keys.Single(k => (string?)k.Attribute("id") == "n_founded").Attribute("attr.type")!.Value);

        var graph = root.Element(G + "graph")!;
        Assert.Equal("directed", graph.Attribute("edgedefault")!.Value);
        var declared = keys.Select(k => k.Attribute("id")!.Value).ToHashSet();
        Assert.All(graph.Descendants(G + "data"), d => Assert.Contains(d.Attribute("key")!.Value, declared));
        Assert.Equal(Hostile.Length + 1, graph.Elements(G + "node").Count());
        var bell = graph.Elements(G + "node").Single(n => n.Attribute("id")!.Value == "org:hostile_5");
        Assert.Equal("bell nul esc del\u007f nel\u0085 ls\u2028 ps\u2029", bell.Elements(G + "data").Single(d => d.Attribute("key")!.Value == "n_description").Value);
    }

    [Fact]
    public void Cypher_literals_escape_quotes_backslashes_and_control_characters()
    {
        Assert.Equal(@"'it\'s a \\ \n\r\t\b\f \u0000\u0007\u007F\u0085\u2028\u2029 ñ 👩'", CypherWriter.Literal("it's a \\ \n\r\t\b\f \0\a\u007f\u0085\u2028\u2029 ñ 👩"));
        Assert.Equal("`odd name`", CypherWriter.Name("odd name"));
        Assert.Equal("`a``b`", CypherWriter.Name("a`b"));
        Assert.Equal("{name: 'x', year: 2017, score: 5.0, list: ['A', 'B']}", CypherWriter.Map(new JsonObject
        {
            ["name"] = "x",
            ["year"] = 2017,
            ["score"] = 5.0,
            ["list"] = new JsonArray("A", "B"),
            ["gone"] = null,
        }));
    }

    [Fact]
    public async Task The_cypher_script_creates_constraints_first_then_merges_in_bounded_transactions_and_lints_clean()
    {
        var store = await EmptyStoreAsync("cypher");
        await store.UpsertAsync(HostileGraph(), "test");
        var file = Path.Combine(_temp.Path, "graph.cypher");
        await GraphExport.WriteAsync(store, ExchangeFormat.Cypher, file);
        var lines = File.ReadAllLines(file);

        var constrained = lines.TakeWhile(l => l != ":begin")
            .Select(l => Regex.Match(l, @"^CREATE CONSTRAINT \w+ IF NOT EXISTS FOR \(n:(\w+)\) REQUIRE n\.id IS UNIQUE;$"))
            .Where(m => m.Success).Select(m => m.Groups[1].Value);
        Assert.Equal(GraphSchema.Labels.Select(l => l.Label), constrained);
        Assert.Equal(lines.Count(l => l == ":begin"), lines.Count(l => l == ":commit"));
        Assert.Contains("MERGE (n:Organization {id: row.id})", lines);
        Assert.Contains("MERGE (a)-[r:PARTNERS_WITH {id: row.id}]->(b)", lines);
        Assert.DoesNotContain(lines, l => l.StartsWith("CREATE (", StringComparison.Ordinal) || l.Contains(" ASSERT ", StringComparison.Ordinal));

        if (CypherLint.Find() is { } modules)
        {
            var (exitCode, report) = await CypherLint.RunAsync(modules, file, _temp.Path);
            Assert.True(exitCode == 0, report);
        }
    }

    [Fact]
    public async Task Neo4j_admin_files_have_typed_headers_quoted_strings_no_bom_and_the_import_command()
    {
        var output = Path.Combine(_temp.Path, "neo4j");
        await GraphExport.WriteAsync(await SeededStoreAsync(), ExchangeFormat.Neo4jCsv, output);

        string Read(string name) => File.ReadAllText(Path.Combine(output, name));
        Assert.Equal("id:ID(Entity),name:string,naicsCode:string,description:string,riskFactors:string[]\n", Read("Industry_header.csv"));
        Assert.Equal("id:ID(Entity),name:string,kind:string,founded:long,website:string,description:string\n", Read("Organization_header.csv"));
        Assert.Equal(":START_ID(Entity),:END_ID(Entity),id:string,year:long,status:string\n", Read("ENACTED_IN_header.csv"));
        Assert.All(Directory.GetFiles(output, "*.csv"), f => Assert.NotEqual(0xEF, File.ReadAllBytes(f).FirstOrDefault()));
        Assert.DoesNotContain("id:ID", Read("Industry.csv"));
        Assert.StartsWith("\"industry:academia_science\",\"Academia and science\",\"6113\",\"", Read("Industry.csv"));
        Assert.Contains(",\"POWER_DISPARITY;HIGH_VALUE_EMPLOYEES;", Read("Industry.csv"));
        Assert.Contains("\"org:21st_century_fox\",\"21st Century Fox\",\"EMPLOYER\",,,\"", Read("Organization.csv"));
        Assert.Contains("neo4j-admin database import full neo4j --overwrite-destination=true --multiline-fields=true", Read("import.sh"));
        Assert.Contains("--relationships=CITES=\"$DIR/CITES_header.csv,$DIR/CITES.csv\"", Read("import.sh"));
        Assert.Contains("CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE;", Read("constraints.cypher"));
    }

    private async Task<IGraphStore> EmptyStoreAsync(string name)
    {
        var store = SqlGraphStore.ForSqliteFile(Path.Combine(_temp.Path, name + ".db"));
        await store.MigrateAsync();
        return store;
    }

    private async Task<IGraphStore> SeededStoreAsync()
    {
        var store = await EmptyStoreAsync("seed");
        await SeedFiles.LoadAsync(store, RepoPaths.SeedData);
        return store;
    }

    private static GraphBatch HostileGraph() => new(
        [
            new("industry:hotels", GraphSchema.Industry, new() { ["name"] = "Hotels", ["riskFactors"] = new JsonArray("ISOLATED_WORK", "ALCOHOL") }),
            .. Hostile.Select((text, i) => new NodeInput($"org:hostile_{i}", GraphSchema.Organization,
                new() { ["name"] = text.Trim() is { Length: > 0 and <= 500 } name ? name : $"Org {i}", ["kind"] = "UNION", ["founded"] = 2000 + i, ["description"] = text })),
        ],
        Hostile.Select((text, i) => new EdgeInput("PARTNERS_WITH", $"org:hostile_{i}", $"org:hostile_{(i + 1) % Hostile.Length}",
            new() { ["context"] = text.Length <= 500 ? text : text[..500] })).ToList());

    /// <summary>Every node and edge with its properties in a canonical key order: two stores hold the same graph when these are equal.</summary>
    private static async Task<List<string>> SnapshotAsync(IGraphStore store)
    {
        static string Canonical(JsonObject props) => new JsonObject(props.OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => KeyValuePair.Create(p.Key, p.Value?.DeepClone()))).ToJsonString();
        var snapshot = new List<string>();
        await foreach (var node in store.ReadNodesAsync())
        {
            snapshot.Add($"{node.Id} {node.Label} {node.Name} {Canonical(node.Props)}");
        }
        await foreach (var edge in store.ReadEdgesAsync())
        {
            snapshot.Add($"{edge.Id} {edge.Type} {edge.SourceId} {edge.TargetId} {Canonical(edge.Props)}");
        }
        return snapshot;
    }
}

/// <summary>
/// Neo4j's own Cypher front end (npm @neo4j-cypher/language-support, see shared NEO4J-EXPORT.md), when installed:
/// the node_modules folder named by KG_CYPHER_LINT_MODULES, or tools/cypher-lint/node_modules in the repository.
/// </summary>
file static class CypherLint
{
    private const string Script = """
        const { readFileSync } = require('node:fs');
        const { lintCypherQuery } = require('@neo4j-cypher/language-support');
        const text = readFileSync(process.argv[2], 'utf8').replace(/^[ \t]*:(begin|commit|rollback)\b[^\n]*$/gim, m => ' '.repeat(m.length));
        const { diagnostics } = lintCypherQuery(text, {}, { consoleCommandsEnabled: true });
        for (const d of diagnostics) console.log(`${d.severity === 1 ? 'ERROR' : 'WARN'} ${d.range.start.line + 1}: ${d.message}`);
        process.exitCode = diagnostics.some(d => d.severity === 1) ? 1 : 0;
        """;

    public static string? Find() =>
        new[] { Environment.GetEnvironmentVariable("KG_CYPHER_LINT_MODULES"), Path.Combine(RepoPaths.Root, "tools", "cypher-lint", "node_modules") }
            .FirstOrDefault(dir => dir is not null && File.Exists(Path.Combine(dir, "@neo4j-cypher", "language-support", "package.json")));

    public static async Task<(int ExitCode, string Report)> RunAsync(string modules, string file, string workDirectory)
    {
        var script = Path.Combine(workDirectory, "lint.cjs");
        await File.WriteAllTextAsync(script, Script);
        var start = new ProcessStartInfo("node", [script, file]) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["NODE_PATH"] = modules;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await error);
    }
}
