using System.Text.Json.Nodes;
using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Core.Stores.Sql;

// The row shapes both stores read alike: ids and types as text, properties as JSON text.
internal static class SqlRows
{
    public static JsonObject ParseObject(string json) => (JsonObject)JsonNode.Parse(json)!;

    /// <summary>A neighbour row: <paramref name="dir"/> is 'out' or 'in', as the neighbour queries name the direction.</summary>
    public static Neighbor Neighbor(string anchorId, string dir, Edge edge, Node node) =>
        new(anchorId, dir == "out" ? Direction.Out : Direction.In, edge, node);
}

#pragma warning disable IDE1006 // Dapper maps snake_case columns onto these names.
internal sealed class EdgeRow
{
    public string id { get; init; } = "";
    public string type { get; init; } = "";
    public string source_id { get; init; } = "";
    public string target_id { get; init; } = "";
    public string props { get; init; } = "{}";
    public long version { get; init; }

    public Edge ToEdge() => new(id, type, source_id, target_id, props);
}
#pragma warning restore IDE1006
