using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Core.Exchange.Cypher;

/// <summary>
/// A re-runnable Cypher script for Neo4j 5 (<c>cypher-shell -f</c>): one uniqueness constraint on <c>id</c> per label
/// (outside any transaction), then <c>UNWIND</c> batches that <c>MERGE</c> nodes on id and relationships on id between
/// their two ends matched with their labels, each batch in its own <c>:begin</c>/<c>:commit</c>.
/// </summary>
public sealed partial class CypherFormat : IGraphExportFormat
{
    public const int RowsPerStatement = 500;

    [GeneratedRegex(@"\A[A-Za-z_][A-Za-z0-9_]*\z")]
    private static partial Regex PlainName();

    [GeneratedRegex("(?<=[a-z0-9])(?=[A-Z])")]
    private static partial Regex WordBreak();

    /// <summary>The constraint statements, also needed after a neo4j-admin import (which creates none).</summary>
    public static IEnumerable<string> Constraints() =>
        GraphSchema.Labels.Select(l =>
            $"CREATE CONSTRAINT {WordBreak().Replace(l.Label, "_").ToLowerInvariant()}_id IF NOT EXISTS FOR (n:{Identifier(l.Label)}) REQUIRE n.id IS UNIQUE;")
            .Append("CALL db.awaitIndexes(300);");

    public string Name => "cypher";

    public string Description => "one file (graph.cypher in a directory): a re-runnable script for cypher-shell, Neo4j 5";

    public ExportTarget Target => ExportTarget.File;

    public async Task<ExportSummary> WriteAsync(IAsyncEnumerable<Node> nodes, IAsyncEnumerable<Edge> edges, string file, CancellationToken cancellationToken)
    {
        await using var writer = ExportFiles.CreateText(file);
        await writer.WriteLineAsync("// The knowledge graph for Neo4j 5. Re-runnable: nodes and relationships are merged on their id.");
        await writer.WriteLineAsync("// cypher-shell -u neo4j -p <password> -d neo4j -f graph.cypher");
        foreach (var constraint in Constraints())
        {
            await writer.WriteLineAsync(constraint);
        }

        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        var batches = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        await foreach (var node in nodes.WithCancellation(cancellationToken))
        {
            labels[node.Id] = node.Label;
            var tail = $"MERGE (n:{Identifier(node.Label)} {{id: row.id}})\nSET n += row.props;";
            await AddAsync(writer, batches, tail, $"{{id: {Literal(node.Id)}, props: {Map(node.Props)}}}");
        }
        await FlushAllAsync(writer, batches);

        long edgeCount = 0;
        await foreach (var edge in edges.WithCancellation(cancellationToken))
        {
            var tail = $$"""
                MATCH (a:{{Identifier(LabelOf(labels, edge.SourceId))}} {id: row.from})
                MATCH (b:{{Identifier(LabelOf(labels, edge.TargetId))}} {id: row.to})
                MERGE (a)-[r:{{Identifier(edge.Type)}} {id: row.id}]->(b)
                SET r += row.props;
                """.ReplaceLineEndings("\n");
            var row = $"{{id: {Literal(edge.Id)}, from: {Literal(edge.SourceId)}, to: {Literal(edge.TargetId)}, props: {Map(edge.Props)}}}";
            await AddAsync(writer, batches, tail, row);
            edgeCount++;
        }
        await FlushAllAsync(writer, batches);
        return new ExportSummary(labels.Count, edgeCount, [file]);
    }

    /// <summary>A Cypher string literal: quotes, backslashes and line breaks escaped, other controls as \uXXXX.</summary>
    public static string Literal(string text)
    {
        var literal = new StringBuilder(text.Length + 2).Append('\'');
        foreach (var c in text)
        {
            literal.Append(c switch
            {
                '\\' => @"\\",
                '\'' => @"\'",
                '\n' => @"\n",
                '\r' => @"\r",
                '\t' => @"\t",
                '\b' => @"\b",
                '\f' => @"\f",
                _ when char.IsControl(c) || c is '\u2028' or '\u2029' => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        }
        return literal.Append('\'').ToString();
    }

    /// <summary>A label, type or key: as is when it is a plain identifier, else in backticks with inner backticks doubled.</summary>
    public static string Identifier(string name) => PlainName().IsMatch(name) ? name : $"`{name.Replace("`", "``", StringComparison.Ordinal)}`";

    /// <summary>A property map; null values are left out (in Neo4j, setting a property to null removes it).</summary>
    public static string Map(JsonObject props) =>
        "{" + string.Join(", ", props.Where(p => p.Value is not null).Select(p => $"{Identifier(p.Key)}: {Value(p.Value!)}")) + "}";

    private static string Value(JsonNode value) => value switch
    {
        JsonArray list when list.All(i => i is JsonValue) => "[" + string.Join(", ", list.Select(i => Value(i!))) + "]",
        JsonValue v when v.TryGetValue<string>(out var text) => Literal(text),
        JsonValue v when PropertyCells.IsNumber(v) => PropertyCells.Number(v),
        JsonValue v when PropertyCells.IsBoolean(v) => v.GetValue<bool>() ? "true" : "false",
        _ => Literal(value.ToJsonString()),   // Neo4j properties cannot be maps or nested lists
    };

    /// <summary>A node's label from its id prefix, for edges whose ends were not streamed with the nodes.</summary>
    private static string LabelOf(Dictionary<string, string> labels, string id) =>
        labels.TryGetValue(id, out var label) ? label : GraphSchema.LabelOfId(id)?.Label ?? "Entity";

    private static async Task AddAsync(StreamWriter writer, Dictionary<string, List<string>> batches, string tail, string row)
    {
        if (!batches.TryGetValue(tail, out var rows))
        {
            batches[tail] = rows = [];
        }
        rows.Add(row);
        if (rows.Count >= RowsPerStatement)
        {
            await FlushAsync(writer, tail, rows);
        }
    }

    private static async Task FlushAllAsync(StreamWriter writer, Dictionary<string, List<string>> batches)
    {
        foreach (var (tail, rows) in batches.OrderBy(b => b.Key, StringComparer.Ordinal))
        {
            await FlushAsync(writer, tail, rows);
        }
        batches.Clear();
    }

    private static async Task FlushAsync(StreamWriter writer, string tail, List<string> rows)
    {
        if (rows.Count == 0)
        {
            return;
        }
        await writer.WriteLineAsync(":begin");
        await writer.WriteLineAsync("UNWIND [");
        await writer.WriteLineAsync(string.Join(",\n", rows.Select(r => "  " + r)));
        await writer.WriteLineAsync("] AS row");
        await writer.WriteLineAsync(tail);
        await writer.WriteLineAsync(":commit");
        rows.Clear();
    }
}
