using Dapper;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Stores;
using KnowledgeGraph.Core.Writes;

namespace KnowledgeGraph.Core.Stores.Sql;

// Pages of relationships and per-node histories for many nodes in one statement each. A page is an index range read:
// only its rows (and one more, to tell whether another page follows) are read, whatever the node's fan-out.
public sealed partial class SqlGraphStore
{
    public async Task<IReadOnlyList<NeighborPage>> GetNeighborPagesAsync(IReadOnlyCollection<NeighborWindow> windows, CancellationToken cancellationToken = default)
    {
        var list = windows.Distinct().ToList();
        if (list.Count == 0)
        {
            return [];
        }
        // One SELECT per shape of window (direction, label filter, order, skip and take), so the statement's text, and
        // with it the prepared statement, depends on the request's shape rather than on how many nodes it lists.
        var parameters = new DynamicParameters();
        var parts = list.Select((window, index) => (window, index))
            .GroupBy(w => (w.window.Key.Direction, Labelled: LabelFilter(w.window) is not null, w.window.Skip, w.window.Take,
                w.window.OrderBy, w.window.Descending, w.window.FromEnd))
            .SelectMany((group, g) => WindowParts(group.First().window, group.Key.Labelled, group.ToList(), $"g{g}", parameters))
            .ToList();
        var sql = string.Join("\nUNION ALL\n", parts) + "\nORDER BY 1, 6, 4";
        var found = new List<PageRow>?[list.Count];
        var totals = new long?[list.Count];
        await using (var connection = await OpenAsync(cancellationToken))
        await using (var reader = await connection.ExecuteReaderAsync(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken)))
        {
            // Columns: idx, total (set on count rows only), the edge's props, the node's seven columns, sort_year. The rest
            // of the neighbour is the window's: its node is the anchor, its type and direction the edge's.
            while (await reader.ReadAsync(cancellationToken))
            {
                var idx = (int)SqlReads.Int64(reader, 0);
                if (!reader.IsDBNull(1))
                {
                    totals[idx] = SqlReads.Int64(reader, 1);
                    continue;
                }
                var key = list[idx].Key;
                var node = SqlReads.Node(reader, 3, dialect);
                var (source, target) = key.Direction == Direction.Out ? (key.NodeId, node.Id) : (node.Id, key.NodeId);
                var edge = new Edge(Edge.IdFor(key.Type, source, target), key.Type, source, target, reader.GetString(2));
                (found[idx] ??= []).Add(new PageRow(new Neighbor(key.NodeId, key.Direction, edge, node), SqlReads.NullableInt64(reader, 10)));
            }
        }
        return list.Select((window, i) =>
        {
            var items = NeighborOrdering.Sort(found[i] ?? [], window, r => (r.Neighbor.Node.Name, r.Neighbor.Node.Id, r.SortYear))
                .Select(r => r.Neighbor).ToList();
            var more = window.Take is { } take && items.Count > take;
            if (more)
            {
                // The row read beyond the window lies after it, or, counted from the end, before it.
                items.RemoveAt(window.FromEnd ? 0 : items.Count - 1);
            }
            return new NeighborPage(window, items, more, window.Skip > 0 && totals[i] > 0, window.IncludeTotalCount ? totals[i] ?? 0 : null);
        }).ToList();
    }

    /// <summary>A neighbour as a page statement reads it, with the year key its order may sort by.</summary>
    private sealed record PageRow(Neighbor Neighbor, long? SortYear);

    /// <summary>The window's label, or null when the graph schema allows only that label at the other end anyway.</summary>
    private static string? LabelFilter(NeighborWindow window)
    {
        var rule = GraphSchema.FindRelationship(window.Key.Type);
        var ends = window.Key.Direction == Direction.Out ? rule?.To : rule?.From;
        return window.Label is { } label && ends is [var only] && only == label ? null : window.Label;
    }

    /// <summary>
    /// The SELECTs of windows of one shape (that of <paramref name="shape"/>): each window's rows (and one more) read in
    /// the order of the edge index that serves the window's order, forwards or backwards, so the read stops at the
    /// page's end; and, for the windows that need it, a row with the count of all their neighbours (or, for a window that
    /// only needs to know whether any precedes it, whether there is one).
    /// </summary>
    private IEnumerable<string> WindowParts(NeighborWindow shape, bool labelled,
        IReadOnlyList<(NeighborWindow Window, int Index)> windows, string name, DynamicParameters parameters)
    {
        var (near, far) = shape.Key.Direction == Direction.Out ? ("source", "target") : ("target", "source");
        var rows = dialect.Rows(parameters, name, ["node_id", "type", "label", "counted", "idx"],
            windows.Select(w => (IReadOnlyList<string?>)[w.Window.Key.NodeId, w.Window.Key.Type, LabelFilter(w.Window),
                w.Window.IncludeTotalCount ? "1" : "0", w.Index.ToString(System.Globalization.CultureInfo.InvariantCulture)]).ToList());
        var rowsToRead = shape.Take is { } t ? t + 1L : int.MaxValue;
        parameters.Add($"{name}take", rowsToRead);
        parameters.Add($"{name}skip", shape.Skip);
        var (take, skip) = (dialect.RowCount($"{name}take", rowsToRead), dialect.RowCount($"{name}skip", shape.Skip));
        var matching = $"""
            FROM edges AS x{(labelled ? $" JOIN nodes AS m ON m.id = x.{far}_id AND m.label = w.label" : "")}
            WHERE x.{near}_id = w.node_id AND x.type = w.type
            """;
        var (keys, dated) = NeighborOrdering.IndexKeys(shape.OrderBy, far);
        var reading = shape.Descending ^ shape.FromEnd ? " DESC" : "";
        var picking = $"{matching}{(dated ? $" AND x.{far}_year IS NOT NULL" : "")} " +
            $"ORDER BY {string.Join(", ", keys.Select(k => k + reading))} LIMIT {take} OFFSET {skip}";
        // The same columns in the same order either way.
        yield return dialect.Lateral
            ? $"""
                SELECT CAST(w.idx AS INTEGER) AS idx, NULL AS total, e.edge_props, e.id, e.label, e.name, e.props, e.created_at, e.updated_at, e.version, e.sort_year
                FROM ({rows}) AS w CROSS JOIN LATERAL (
                    SELECT x.props AS edge_props, {NodeColumns}, x.{far}_year AS sort_year
                    FROM edges AS x JOIN nodes AS n ON n.id = x.{far}_id{(labelled ? " AND n.label = w.label" : "")}
                    WHERE x.{near}_id = w.node_id AND x.type = w.type{(dated ? $" AND x.{far}_year IS NOT NULL" : "")}
                    ORDER BY {string.Join(", ", keys.Select(k => k + reading))} LIMIT {take} OFFSET {skip}) AS e
                """
            : $"""
                SELECT CAST(w.idx AS INTEGER) AS idx, NULL AS total, e.props AS edge_props, {NodeColumns}, e.{far}_year AS sort_year
                FROM {dialect.EachPicked($"({rows}) AS w", picking, "e")}
                JOIN nodes AS n ON n.id = e.{far}_id
                """;
        if (shape.Skip > 0 || windows.Any(w => w.Window.IncludeTotalCount))
        {
            yield return $"""
                SELECT CAST(w.idx AS INTEGER), CASE WHEN w.counted = '1' THEN (SELECT COUNT(*) {matching})
                       ELSE (SELECT COUNT(*) FROM (SELECT 1 AS one {matching} LIMIT 1) AS any_one) END,
                       NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL
                FROM ({rows}) AS w
                WHERE w.counted = '1' OR {shape.Skip} > 0
                """;
        }
    }

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<AuditEntry>>> HistoriesAsync(
        IReadOnlyCollection<string> elementIds, int first, long? beforeId, CancellationToken cancellationToken = default)
    {
        if (elementIds.Count == 0)
        {
            return new Dictionary<string, IReadOnlyList<AuditEntry>>();
        }
        await using var connection = await OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<AuditRow>(new CommandDefinition($"""
            SELECT id, graph_version, at, actor, operation, element_id, before, after
            FROM (
                SELECT a.*, row_number() OVER (PARTITION BY a.element_id ORDER BY a.id DESC) AS pos
                FROM audit AS a
                WHERE {dialect.In("a.element_id", "@ids")} AND (CAST(@before AS BIGINT) IS NULL OR a.id < @before)
            ) AS ranked
            WHERE pos <= @first
            ORDER BY element_id, id DESC
            """, new { ids = dialect.List(elementIds), before = beforeId, first }, cancellationToken: cancellationToken));
        var byElement = rows.ToLookup(r => r.element_id);
        return elementIds.Distinct().ToDictionary(id => id, id => (IReadOnlyList<AuditEntry>)byElement[id].Select(r => r.ToEntry(dialect)).ToList());
    }
}
