using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using KnowledgeGraph.Core.Exchange;
using KnowledgeGraph.Core.Exchange.Cypher;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Stores;

namespace KnowledgeGraph.Tests.Core.Exchange.Cypher;

/// <summary>The Cypher export: exact escaping, constraints first, bounded transactions, and Neo4j's own linter when installed.</summary>
public sealed class CypherFormatTests : ExchangeTestBase
{
    [Fact]
    public void Cypher_literals_escape_quotes_backslashes_and_control_characters()
    {
        Assert.Equal(@"'it\'s a \\ \n\r\t\b\f \u0000\u0007\u007F\u0085\u2028\u2029 ñ 👩'", CypherFormat.Literal("it's a \\ \n\r\t\b\f \0\a\u007f\u0085\u2028\u2029 ñ 👩"));
        Assert.Equal("`odd name`", CypherFormat.Identifier("odd name"));
        Assert.Equal("`a``b`", CypherFormat.Identifier("a`b"));
        Assert.Equal("{name: 'x', year: 2017, score: 5.0, list: ['A', 'B']}", CypherFormat.Map(new JsonObject
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
        var file = Path.Combine(Temp.Path, "graph.cypher");
        await GraphExport.WriteAsync(store, Format("cypher"), file);
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
            var (exitCode, report) = await CypherLint.RunAsync(modules, file, Temp.Path);
            Assert.True(exitCode == 0, report);
        }
    }
}
