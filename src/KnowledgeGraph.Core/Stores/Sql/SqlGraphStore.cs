using System.Data.Common;
using System.Runtime.CompilerServices;
using Dapper;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Stores;
using KnowledgeGraph.Core.Stores.Sql.Migrations;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace KnowledgeGraph.Core.Stores.Sql;

/// <summary>
/// The graph store on a SQL database: nodes, edges, audit and graph version in four tables, JSON properties, a
/// full-text index and level-by-level traversals over the edge indexes. The SQL is written once; the
/// <see cref="ISqlDialect"/> supplies what differs between SQLite and PostgreSQL.
/// </summary>
public sealed partial class SqlGraphStore(DbDataSource dataSource, ISqlDialect dialect) : IGraphStore, IGraphAnalyses, IAsyncDisposable, IDisposable
{
    private const string NodeColumns = "n.id, n.label, n.name, n.props, n.created_at, n.updated_at, n.version";
    private const string EdgeColumns = "e.id, e.type, e.source_id, e.target_id, e.props, e.version";

    /// <summary>
    /// The embedded store: one SQLite file in WAL mode, its folder created when missing; each pooled connection keeps a
    /// page cache of <paramref name="pageCacheMib"/> MiB.
    /// </summary>
    public static SqlGraphStore ForSqliteFile(string path, int pageCacheMib = SqliteDialect.DefaultPageCacheMib)
    {
        SqliteDialect.ConfigureLibrary();
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var connectionString = new SqliteConnectionStringBuilder { DataSource = full, Pooling = true, DefaultTimeout = 30 }.ToString();
        return new SqlGraphStore(SqliteFactory.Instance.CreateDataSource(connectionString),
            pageCacheMib == SqliteDialect.DefaultPageCacheMib ? SqliteDialect.Instance : new SqliteDialect(pageCacheMib));
    }

    /// <summary>
    /// The server store on PostgreSQL, with its own pooled data source. Unless the connection string says otherwise,
    /// statements are prepared on first reuse and kept per connection (the store's statements repeat by shape), and a
    /// connection going back to the pool is not reset: the store never changes session state (its locks end with their
    /// transactions), so the reset would be a wasted round trip per statement.
    /// </summary>
    public static SqlGraphStore ForPostgres(string connectionString)
    {
        return new(NpgsqlDataSource.Create(PostgresConnectionString(connectionString)), PostgresDialect.Instance);
    }

    /// <summary>
    /// The connection string with the store's defaults for what it does not set: <c>Max Auto Prepare=64</c> and
    /// <c>No Reset On Close=true</c>. (Npgsql's own builder answers <c>ContainsKey</c> for every keyword it knows, set
    /// or not, so the keys given are read with a plain builder.)
    /// </summary>
    public static string PostgresConnectionString(string connectionString)
    {
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString }.Keys
            .Cast<string>().Select(k => k.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant()).ToHashSet();
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!given.Contains("maxautoprepare"))
        {
            builder.MaxAutoPrepare = 64;
        }
        if (!given.Contains("noresetonclose"))
        {
            builder.NoResetOnClose = true;
        }
        return builder.ConnectionString;
    }

    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        if (dialect.BeforeMigrations is { } before)
        {
            await connection.ExecuteAsync(new CommandDefinition(before, cancellationToken: cancellationToken));
        }
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        Task ExecuteAsync(string sql, object? parameters = null) =>
            connection.ExecuteAsync(new CommandDefinition(sql, parameters, transaction, cancellationToken: cancellationToken));
        if (dialect.MigrationLock is { } migrationLock)
        {
            await ExecuteAsync(migrationLock);
        }
        await ExecuteAsync(GraphTables.MigrationsTable(dialect.Types));
        var applied = (await connection.QueryAsync<long>(new CommandDefinition(
            "SELECT CAST(version AS BIGINT) FROM schema_migrations ORDER BY version", transaction: transaction, cancellationToken: cancellationToken))).ToHashSet();
        var pending = SqlMigrations.For(dialect).Where(m => !applied.Contains(m.Version)).ToList();
        foreach (var migration in pending)
        {
            await ExecuteAsync(migration.Sql);
            await ExecuteAsync("INSERT INTO schema_migrations (version, name, applied_at) VALUES (@Version, @Name, @At)",
                new { migration.Version, migration.Name, At = dialect.Timestamp(DateTimeOffset.UtcNow) });
        }
        await transaction.CommitAsync(cancellationToken);
        if (pending.Count > 0 && dialect.AfterMigrations is { } after)
        {
            await connection.ExecuteAsync(new CommandDefinition(after, commandTimeout: 0, cancellationToken: cancellationToken));
        }
    }

    public async Task<IReadOnlyList<Node>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        if (ids.Count == 0)
        {
            return [];
        }
        await using var connection = await OpenAsync(cancellationToken);
        return await NodesAsync(connection, null, ids, cancellationToken);
    }

    public async Task<IReadOnlyList<Neighbor>> GetNeighborsAsync(IReadOnlyCollection<NeighborKey> keys, CancellationToken cancellationToken = default)
    {
        if (keys.Count == 0)
        {
            return [];
        }
        var parameters = new DynamicParameters();
        var keyRows = dialect.Rows(parameters, "keys", ["node_id", "type", "dir"],
            keys.Distinct().Select(k => (IReadOnlyList<string?>)[k.NodeId, k.Type, k.Direction == Direction.Out ? "out" : "in"]).ToList());
        await using var connection = await OpenAsync(cancellationToken);
        // CROSS JOIN keeps the small key list as the outer loop, so each key is one index lookup in its direction.
        return await connection.ReadAllAsync(new CommandDefinition($"""
            WITH k AS ({keyRows})
            SELECT e.source_id AS anchor_id, k.dir, e.id AS edge_id, e.type AS edge_type, e.source_id, e.target_id, e.props AS edge_props, {NodeColumns}
            FROM k CROSS JOIN edges AS e CROSS JOIN nodes AS n
            WHERE k.dir = 'out' AND e.source_id = k.node_id AND e.type = k.type AND n.id = e.target_id
            UNION ALL
            SELECT e.target_id AS anchor_id, k.dir, e.id AS edge_id, e.type AS edge_type, e.source_id, e.target_id, e.props AS edge_props, {NodeColumns}
            FROM k CROSS JOIN edges AS e CROSS JOIN nodes AS n
            WHERE k.dir = 'in' AND e.target_id = k.node_id AND e.type = k.type AND n.id = e.source_id
            ORDER BY 1, 2, 4, 10, 8
            """, parameters, cancellationToken: cancellationToken), r => SqlReads.Neighbor(r, 0, dialect), cancellationToken);
    }

    public async IAsyncEnumerable<Node> ReadNodesAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var reader = await connection.ExecuteReaderAsync(new CommandDefinition(
            $"SELECT {NodeColumns} FROM nodes AS n ORDER BY n.id", cancellationToken: cancellationToken));
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return SqlReads.Node(reader, 0, dialect);
        }
    }

    public async IAsyncEnumerable<Edge> ReadEdgesAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var reader = await connection.ExecuteReaderAsync(new CommandDefinition(
            $"SELECT {EdgeColumns} FROM edges AS e ORDER BY e.id", cancellationToken: cancellationToken));
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
        var nodes = await CountsAsync(connection, "SELECT label, COUNT(*) FROM nodes GROUP BY label ORDER BY label", null, cancellationToken);
        var edges = await CountsAsync(connection, "SELECT type, COUNT(*) FROM edges GROUP BY type ORDER BY type", null, cancellationToken);
        return new GraphCounts(nodes, edges);
    }

    public ValueTask DisposeAsync() => dataSource.DisposeAsync();

    public void Dispose() => dataSource.Dispose();

    internal async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        try
        {
            var connection = await dataSource.OpenConnectionAsync(cancellationToken);
            try
            {
                await dialect.ConfigureAsync(connection, cancellationToken);
            }
            catch
            {
                await connection.DisposeAsync();   // back to the pool, not left open
                throw;
            }
            dialect.Watch(connection, cancellationToken);
            return connection;
        }
        catch (Exception e) when (dialect.IsUnavailable(e) && !cancellationToken.IsCancellationRequested)
        {
            throw new StoreUnavailableException($"The {dialect.Name} store could not be reached.", e);
        }
    }

    private async Task<IReadOnlyList<Node>> NodesAsync(
        DbConnection connection, DbTransaction? transaction, IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        // One id is compared as a scalar: the plan PostgreSQL caches for a list guesses ten ids, so a one-id lookup would be
        // planned anew on every execution.
        return await connection.ReadAllAsync(ids.Count == 1
            ? new CommandDefinition($"SELECT {NodeColumns} FROM nodes AS n WHERE n.id = @id ORDER BY n.id",
                new { id = ids.First() }, transaction, cancellationToken: cancellationToken)
            : new CommandDefinition($"SELECT {NodeColumns} FROM nodes AS n WHERE {dialect.In("n.id", "@ids")} ORDER BY n.id",
                new { ids = dialect.List(ids) }, transaction, cancellationToken: cancellationToken), r => SqlReads.Node(r, 0, dialect), cancellationToken);
    }

    private static async Task<Dictionary<string, long>> CountsAsync(DbConnection connection, string sql, object? parameters, CancellationToken cancellationToken) =>
        (await connection.QueryAsync<(string Key, long Count)>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken)))
        .ToDictionary(r => r.Key, r => r.Count);
}
