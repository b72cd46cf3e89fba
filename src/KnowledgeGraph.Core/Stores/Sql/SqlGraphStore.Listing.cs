using Dapper;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Stores;

namespace KnowledgeGraph.Core.Stores.Sql;

// Listing: keyset paging over (sort key, id); the keys and cursors are the same on every dialect but for timestamps,
// which each keeps at its own precision.
public sealed partial class SqlGraphStore
{
    public async Task<NodePage> ListNodesAsync(NodeQuery query, CancellationToken cancellationToken = default)
    {
        var rule = GraphSchema.Label(query.Label);
        var sortKey = SortKey(query.OrderBy, rule);
        var timestamped = query.OrderBy is NodeOrderField.CreatedAt or NodeOrderField.UpdatedAt;
        object KeyParameter(string key) => timestamped ? dialect.TimestampParameter(key) : key;
        var parameters = new DynamicParameters();
        var filters = Filters(query, rule, parameters);

        var listing = new NodeListing(query);
        var paging = new List<string>(filters);
        if (query.After is { } after)
        {
            paging.Add($"({sortKey}, n.id) {(query.Descending ? "<" : ">")} (@afterKey, @afterId)");
            parameters.Add("afterKey", KeyParameter(after.Key));
            parameters.Add("afterId", after.Id);
        }
        if (query.Before is { } before)
        {
            paging.Add($"({sortKey}, n.id) {(query.Descending ? ">" : "<")} (@beforeKey, @beforeId)");
            parameters.Add("beforeKey", KeyParameter(before.Key));
            parameters.Add("beforeId", before.Id);
        }
        parameters.Add("limit", listing.Limit + 1);
        var order = listing.ReadsDescending ? "DESC" : "ASC";

        await using var connection = await OpenAsync(cancellationToken);
        var rows = await connection.ReadAllAsync(new CommandDefinition($"""
            SELECT {NodeColumns}, {sortKey} AS sort_key
            FROM nodes AS n
            WHERE {string.Join(" AND ", paging)}
            ORDER BY {sortKey} {order}, n.id {order}
            LIMIT {dialect.RowCount("limit", listing.Limit + 1)}
            """, parameters, cancellationToken: cancellationToken), r =>
        {
            var node = SqlReads.Node(r, 0, dialect);
            var key = timestamped ? dialect.TimestampKey(r.GetValue(7)) : r.IsDBNull(7) ? "" : r.GetString(7);
            return new NodeEdge(node, new Cursor(key, node.Id));
        }, cancellationToken);

        long? total = null;
        if (query.IncludeTotalCount)
        {
            total = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                $"SELECT COUNT(*) FROM nodes AS n WHERE {string.Join(" AND ", filters)}", parameters, cancellationToken: cancellationToken));
        }
        return listing.Page(rows, r => r, total);
    }

    private List<string> Filters(NodeQuery query, LabelRule rule, DynamicParameters parameters)
    {
        var filters = new List<string> { "n.label = @label" };
        parameters.Add("label", query.Label);
        if (!string.IsNullOrEmpty(query.Text))
        {
            // lower() folds ASCII only on every dialect; the position test is a plain substring test (no LIKE escapes).
            var body = $"concat_ws(' ', {dialect.Prop("n", "description")}, {dialect.Prop("n", "quote")}, {dialect.Prop("n", "measure")})";
            filters.Add($"({dialect.Position("lower(n.name)", "@text")} > 0 OR {dialect.Position($"lower({dialect.Collate(body)})", "@text")} > 0)");
            parameters.Add("text", query.Text.ToLowerInvariant());
        }
        var i = 0;
        foreach (var (property, values) in query.EnumFilters)
        {
            // Values travel as parameters.
            var name = $"@enum{i++}";
            filters.Add(NodeListing.EnumKind(rule, property) == PropertyKind.Enum
                ? dialect.In(dialect.Prop("n", property), name)
                : $"EXISTS (SELECT 1 FROM {dialect.PropItems("n", property, "item")} WHERE {dialect.In("item.value", name)})");
            parameters.Add(name, dialect.List(values));
        }
        if (query.YearFrom is not null || query.YearTo is not null)
        {
            filters.Add($"{YearKey(rule)} BETWEEN @yearFrom AND @yearTo");
            var (from, to) = NodeListing.YearKeys(query);
            parameters.Add("yearFrom", from);
            parameters.Add("yearTo", to);
        }
        for (var r = 0; r < query.RelatedTo.Count; r++)
        {
            filters.Add($"n.id IN (SELECT target_id FROM edges WHERE source_id = @related{r} UNION SELECT source_id FROM edges WHERE target_id = @related{r})");
            parameters.Add($"related{r}", query.RelatedTo[r]);
        }
        return filters;
    }

    /// <summary>The first four characters of the label's year property as text, '0000' when absent.</summary>
    private string YearKey(LabelRule rule) => dialect.Collate(rule.YearProperty is { } property
        ? $"COALESCE(substr(CAST({dialect.Prop("n", property)} AS TEXT), 1, 4), '0000')"
        : "'0000'");

    private string SortKey(NodeOrderField field, LabelRule rule) => field switch
    {
        NodeOrderField.Name => "lower(n.name)",
        NodeOrderField.Id => "n.id",
        NodeOrderField.Year => YearKey(rule),
        NodeOrderField.CreatedAt => "n.created_at",
        NodeOrderField.UpdatedAt => "n.updated_at",
        _ => throw new ArgumentOutOfRangeException(nameof(field)),
    };
}
