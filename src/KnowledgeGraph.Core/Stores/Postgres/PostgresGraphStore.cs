using System.Globalization;
using System.Net.Sockets;
using System.Runtime.CompilerServices;
using Dapper;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Stores.Shared;
using Npgsql;

namespace KnowledgeGraph.Core.Stores.Postgres;

/// <summary>
/// The server store: the same relational layout as the SQLite store on PostgreSQL, with JSONB properties, a tsvector
/// full-text column and one pooled <see cref="NpgsqlDataSource"/> for the store's lifetime.
/// </summary>
public sealed partial class PostgresGraphStore : IGraphStore, IAsyncDisposable, IDisposable
{
    private const string NodeColumns = "n.id, n.label, n.name, n.props, n.created_at, n.updated_at, n.version";

    // Every migration run takes this transaction-scoped lock, so replicas starting together migrate one at a time.
    private const long MigrationLock = 0x4b47_4d49_4752;

    private readonly NpgsqlDataSource _dataSource;

    public PostgresGraphStore(string connectionString)
    {
        _dataSource = NpgsqlDataSource.Create(connectionString);
    }

    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        Task ExecuteAsync(string sql, object? parameters = null) =>
            connection.ExecuteAsync(new CommandDefinition(sql, parameters, transaction, cancellationToken: cancellationToken));

        await ExecuteAsync("SELECT pg_advisory_xact_lock(@key)", new { key = MigrationLock });
        await ExecuteAsync("""
            CREATE TABLE IF NOT EXISTS schema_migrations (
                version    INTEGER     NOT NULL PRIMARY KEY,
                name       TEXT        NOT NULL,
                applied_at TIMESTAMPTZ NOT NULL
            )
            """);
        var applied = (await connection.QueryAsync<int>(new CommandDefinition(
            "SELECT version FROM schema_migrations ORDER BY version", transaction: transaction, cancellationToken: cancellationToken))).ToHashSet();
        foreach (var migration in PostgresMigrations.All.Where(m => !applied.Contains(m.Version)))
        {
            await ExecuteAsync(migration.Sql);
            await ExecuteAsync("INSERT INTO schema_migrations (version, name, applied_at) VALUES (@Version, @Name, now())", new { migration.Version, migration.Name });
        }
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<Node>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        if (ids.Count == 0)
        {
            return [];
        }
        await using var connection = await OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<NodeRow>(new CommandDefinition($"""
            SELECT {NodeColumns}
            FROM nodes AS n
            WHERE n.id = ANY(@ids)
            ORDER BY n.id
            """, new { ids = ids.ToArray() }, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToNode()).ToList();
    }

    public async Task<IReadOnlyList<Neighbor>> GetNeighborsAsync(IReadOnlyCollection<NeighborKey> keys, CancellationToken cancellationToken = default)
    {
        if (keys.Count == 0)
        {
            return [];
        }
        var distinct = keys.Distinct().ToArray();
        await using var connection = await OpenAsync(cancellationToken);
        // The keys travel as three parallel arrays; each key is one index lookup in its direction.
        var rows = await connection.QueryAsync<NeighborRow>(new CommandDefinition($"""
            WITH k AS (
                SELECT k.node_id, k.type, k.dir FROM unnest(@nodeIds, @types, @dirs) AS k (node_id, type, dir)
            )
            SELECT e.source_id AS anchor_id, 'out' AS dir, e.id AS edge_id, e.type AS edge_type, e.source_id, e.target_id, e.props AS edge_props, {NodeColumns}
            FROM k JOIN edges AS e ON e.source_id = k.node_id AND e.type = k.type JOIN nodes AS n ON n.id = e.target_id
            WHERE k.dir = 'out'
            UNION ALL
            SELECT e.target_id AS anchor_id, 'in' AS dir, e.id AS edge_id, e.type AS edge_type, e.source_id, e.target_id, e.props AS edge_props, {NodeColumns}
            FROM k JOIN edges AS e ON e.target_id = k.node_id AND e.type = k.type JOIN nodes AS n ON n.id = e.source_id
            WHERE k.dir = 'in'
            ORDER BY anchor_id, dir, edge_type, name, id
            """, new
        {
            nodeIds = distinct.Select(k => k.NodeId).ToArray(),
            types = distinct.Select(k => k.Type).ToArray(),
            dirs = distinct.Select(k => k.Direction == Direction.Out ? "out" : "in").ToArray(),
        }, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToNeighbor()).ToList();
    }

    public Task<WriteResult> UpsertAsync(GraphBatch batch, string actor, CancellationToken cancellationToken = default) =>
        ApplyAsync(GraphChange.Of(batch), actor, cancellationToken);

    public async IAsyncEnumerable<Node> ReadNodesAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var reader = await connection.ExecuteReaderAsync(new CommandDefinition(
            $"SELECT {NodeColumns} FROM nodes AS n ORDER BY n.id", cancellationToken: cancellationToken));
        var parser = reader.GetRowParser<NodeRow>();
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return parser(reader).ToNode();
        }
    }

    public async IAsyncEnumerable<Edge> ReadEdgesAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var reader = await connection.ExecuteReaderAsync(new CommandDefinition(
            "SELECT id, type, source_id, target_id, props, version FROM edges ORDER BY id", cancellationToken: cancellationToken));
        var parser = reader.GetRowParser<EdgeRow>();
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return parser(reader).ToEdge();
        }
    }

    public async Task<long> GetGraphVersionAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT version FROM graph_version WHERE id = 1", cancellationToken: cancellationToken));
    }

    public async Task<GraphCounts> CountAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var nodes = await connection.QueryAsync<(string Key, long Count)>(new CommandDefinition(
            "SELECT label, COUNT(*) FROM nodes GROUP BY label ORDER BY label", cancellationToken: cancellationToken));
        var edges = await connection.QueryAsync<(string Key, long Count)>(new CommandDefinition(
            "SELECT type, COUNT(*) FROM edges GROUP BY type ORDER BY type", cancellationToken: cancellationToken));
        return new GraphCounts(nodes.ToDictionary(r => r.Key, r => r.Count), edges.ToDictionary(r => r.Key, r => r.Count));
    }

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    public void Dispose() => _dataSource.Dispose();

    private async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await _dataSource.OpenConnectionAsync(cancellationToken);
        }
        catch (Exception e) when (e is NpgsqlException or SocketException or TimeoutException && !cancellationToken.IsCancellationRequested)
        {
            throw new StoreUnavailableException("The PostgreSQL store could not be reached.", e);
        }
    }

    /// <summary>Timestamps keep what PostgreSQL keeps (microseconds), so a value read back equals the one written.</summary>
    private static DateTimeOffset Now()
    {
        var ticks = DateTimeOffset.UtcNow.UtcTicks;
        return new DateTimeOffset(ticks - (ticks % 10), TimeSpan.Zero);
    }

    private static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));

    private static string TimestampKey(DateTime value) =>
        Utc(value).ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);
}
