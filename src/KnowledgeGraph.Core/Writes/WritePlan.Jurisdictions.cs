using System.Text.Json.Nodes;
using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Core.Writes;

internal sealed partial class WritePlan
{
    public const string NestingRule = "part-of-larger";

    /// <summary>
    /// Nesting: every PART_OF relationship goes from a smaller jurisdiction level to a strictly larger one
    /// (<see cref="Jurisdictions.Rank"/>), so no cycle can form. Checked on the graph as the write leaves it: the
    /// batch's PART_OF relationships, and the stored ones of every jurisdiction the batch writes (its level may
    /// change), except those the write deletes. Levels come from the batch first, then from the store.
    /// </summary>
    private static async Task<IEnumerable<Violation>> NestingAsync(GraphBatch batch, IReadOnlySet<string> deletedEdges, IWriteReader store)
    {
        var written = batch.Nodes.Where(n => n.Label == GraphSchema.Jurisdiction).Select(n => n.Id).ToList();
        var edges = await EdgesAfterWriteAsync(batch, RelationshipTypes.PartOf, written, deletedEdges, store);
        if (edges.Count == 0)
        {
            return [];
        }

        var levels = batch.Nodes.Where(n => n.Label == GraphSchema.Jurisdiction)
            .ToDictionary(n => n.Id, n => TextOf(n.Props, "level"), StringComparer.Ordinal);
        var missing = edges.SelectMany(e => new[] { e.From, e.To }).Where(id => !levels.ContainsKey(id)).Distinct().ToList();
        foreach (var node in await store.NodesAsync(missing))
        {
            levels[node.Id] = node.Label == GraphSchema.Jurisdiction ? TextOf(node.Props, "level") : null;
        }

        var violations = new List<Violation>();
        foreach (var (id, from, to) in edges)
        {
            var (fromLevel, toLevel) = (levels.GetValueOrDefault(from), levels.GetValueOrDefault(to));
            // An unknown end or level is the validator's to report (endpoint-exists, required-property).
            if (Jurisdictions.Rank(fromLevel) < 0 || Jurisdictions.Rank(toLevel) < 0 || Jurisdictions.Rank(fromLevel) < Jurisdictions.Rank(toLevel))
            {
                continue;
            }
            violations.Add(new(id, NestingRule,
                $"PART_OF goes from a smaller jurisdiction to a larger one ({string.Join(" < ", Jurisdictions.Levels)}); {from} is {fromLevel} and {to} is {toLevel}"));
        }
        return violations;
    }

    private static string? TextOf(JsonObject props, string name) =>
        props[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
