using System.Globalization;
using Dapper;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Stores.Shared;

namespace KnowledgeGraph.Core.Stores.Postgres;

// Listing: keyset paging over (sort key, id), with the same keys and cursors as the SQLite store.
public sealed partial class PostgresGraphStore
{
    public async Task<NodePage> ListNodesAsync(NodeQuery query, CancellationToken cancellationToken = default)
    {
        var rule = GraphSchema.Label(query.Label);
        var sortKey = SortKey(query.OrderBy, rule);
        var parameters = new DynamicParameters();
        var filters = Filters(query, rule, parameters);

        var listing = new NodeListing(query);
        var paging = new List<string>(filters);
        if (query.After is { } after)
        {
            paging.Add($"({sortKey}, n.id) {(query.Descending ? "<" : ">")} (@afterKey, @afterId)");
            parameters.Add("afterKey", KeyParameter(query.OrderBy, after.Key));
            parameters.Add("afterId", after.Id);
        }
        if (query.Before is { } before)
        {
            paging.Add($"({sortKey}, n.id) {(query.Descending ? ">" : "<")} (@beforeKey, @beforeId)");
            parameters.Add("beforeKey", KeyParameter(query.OrderBy, before.Key));
            parameters.Add("beforeId", before.Id);
        }
        parameters.Add("limit", listing.Limit + 1);
        var order = listing.ReadsDescending ? "DESC" : "ASC";
        var timestamped = query.OrderBy is NodeOrderField.CreatedAt or NodeOrderField.UpdatedAt;

        await using var connection = await OpenAsync(cancellationToken);
        var rows = (await connection.QueryAsync<NodeRow>(new CommandDefinition($"""
            SELECT {NodeColumns}, {(timestamped ? "NULL" : sortKey)} AS sort_key
            FROM nodes AS n
            WHERE {string.Join(" AND ", paging)}
            ORDER BY {sortKey} {order}, n.id {order}
            LIMIT @limit
            """, parameters, cancellationToken: cancellationToken))).ToList();

        long? total = null;
        if (query.IncludeTotalCount)
        {
            total = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                $"SELECT COUNT(*) FROM nodes AS n WHERE {string.Join(" AND ", filters)}", parameters, cancellationToken: cancellationToken));
        }
        string Key(NodeRow row) => query.OrderBy switch
        {
            NodeOrderField.CreatedAt => TimestampKey(row.created_at),
            NodeOrderField.UpdatedAt => TimestampKey(row.updated_at),
            _ => row.sort_key ?? "",
        };
        return listing.Page(rows, r => new NodeEdge(r.ToNode(), new Cursor(Key(r), r.id)), total);
    }

    private static List<string> Filters(NodeQuery query, LabelRule rule, DynamicParameters parameters)
    {
        var filters = new List<string> { "n.label = @label" };
        parameters.Add("label", query.Label);
        if (!string.IsNullOrEmpty(query.Text))
        {
            // lower() under "C" folds ASCII only, as SQLite's does; strpos is a plain substring test (no LIKE escapes).
            filters.Add("""
                (strpos(lower(n.name), @text) > 0
                 OR strpos(lower(concat_ws(' ', n.props ->> 'description', n.props ->> 'quote', n.props ->> 'measure') COLLATE "C"), @text) > 0)
                """);
            parameters.Add("text", query.Text.ToLowerInvariant());
        }
        var i = 0;
        foreach (var (property, values) in query.EnumFilters)
        {
            // Values travel as parameters.
            var name = $"enum{i++}";
            filters.Add(NodeListing.EnumKind(rule, property) == PropertyKind.Enum
                ? $"n.props ->> '{property}' = ANY(@{name})"
                : $"EXISTS (SELECT 1 FROM jsonb_array_elements_text(CASE WHEN jsonb_typeof(n.props -> '{property}') = 'array' THEN n.props -> '{property}' END) AS item (value) WHERE item.value = ANY(@{name}))");
            parameters.Add(name, values.ToArray());
        }
        if (query.YearFrom is not null || query.YearTo is not null)
        {
            var year = YearKey(rule);
            filters.Add($"{year} BETWEEN @yearFrom AND @yearTo");
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

    /// <summary>The first four characters of the label's year property as text ('0000' when absent), as SQLite orders it.</summary>
    private static string YearKey(LabelRule rule) => rule.YearProperty is { } property
        ? $"(COALESCE(substr(n.props ->> '{property}', 1, 4), '0000') COLLATE \"C\")"
        : "('0000' COLLATE \"C\")";

    private static string SortKey(NodeOrderField field, LabelRule rule) => field switch
    {
        NodeOrderField.Name => "lower(n.name)",
        NodeOrderField.Id => "n.id",
        NodeOrderField.Year => YearKey(rule),
        NodeOrderField.CreatedAt => "n.created_at",
        NodeOrderField.UpdatedAt => "n.updated_at",
        _ => throw new ArgumentOutOfRangeException(nameof(field)),
    };

    /// <summary>Cursor keys are text; timestamp keys turn back into timestamps so the comparison can use the index.</summary>
    private static object KeyParameter(NodeOrderField field, string key)
    {
        if (field is not (NodeOrderField.CreatedAt or NodeOrderField.UpdatedAt))
        {
            return key;
        }
        return DateTimeOffset.TryParse(key, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at)
            ? at
            : throw new ArgumentException($"The cursor key '{key}' is not a timestamp; the cursor belongs to another ordering.", nameof(key));
    }
}
