using System.Data.Common;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Stores;
using KnowledgeGraph.Core.Stores.Sql;
using KnowledgeGraph.Tests.Support;
using Npgsql;

namespace KnowledgeGraph.Tests.Stores;

/// <summary>
/// Migration 9 on a database written before it: the edges gain their ends' year keys and the order indexes, and the
/// database answers as before, now in every order too.
/// </summary>
internal static class NeighborYearMigrationCase
{
    private static readonly NeighborWindow[] Windows =
    [
        new(new NeighborKey("industry:hotels", "OPERATES_IN", Direction.In), GraphSchema.Organization, 0, 5, true),
        new(new NeighborKey("industry:farms", "OPERATES_IN", Direction.In), GraphSchema.Organization, 0, 1, true),
        new(new NeighborKey("org:union", "PARTNERS_WITH", Direction.Out), null, 0, 5),
        new(new NeighborKey("finding:fewer_assaults", "CITES", Direction.Out), null, 0, 5, true),
    ];

    public static async Task<string> WriteOldDatabaseAsync(SqlGraphStore store, Func<Task<DbConnection>> open)
    {
        await store.MigrateAsync();
        await store.UpsertAsync(TestGraph.Small(), "test");
        await store.UpsertAsync(new GraphBatch([TestGraph.Node("org:late", GraphSchema.Organization, new() { ["name"] = "Late", ["kind"] = "UNION" })],
            [TestGraph.Edge("OPERATES_IN", "org:late", "industry:hotels")]), "test");
        var answers = await AnswersAsync(store);
        await using var connection = await open();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            DROP INDEX ix_edges_source_year;
            DROP INDEX ix_edges_target_year;
            DROP INDEX ix_edges_target_id;
            ALTER TABLE edges DROP COLUMN source_year;
            ALTER TABLE edges DROP COLUMN target_year;
            DELETE FROM schema_migrations WHERE version = 9;
            """;
        await command.ExecuteNonQueryAsync();
        return answers;
    }

    public static async Task AssertMigratedAsync(SqlGraphStore store, string answers)
    {
        Assert.Equal(answers, await AnswersAsync(store));
        var byYear = (await store.GetNeighborPagesAsync([Windows[0] with { OrderBy = NeighborOrderField.Year }])).Single();
        Assert.Equal(["org:fund", "org:late", "org:union"], byYear.Items.Select(n => n.Node.Id));
        var byId = (await store.GetNeighborPagesAsync([Windows[0] with { OrderBy = NeighborOrderField.Id, Descending = true }])).Single();
        Assert.Equal(["org:union", "org:late", "org:fund"], byId.Items.Select(n => n.Node.Id));
    }

    private static async Task<string> AnswersAsync(SqlGraphStore store) => string.Join("\n", (await store.GetNeighborPagesAsync(Windows))
        .Select(p => $"{p.Window.Key} {p.TotalCount} {p.HasMore} {string.Join(",", p.Items.Select(n => $"{n.Edge.Id}:{n.Node.Name}:{n.Node.Version}"))}"));
}

public sealed class SqliteNeighborYearMigrationTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _directory.Dispose();
    }

    [Fact]
    public async Task A_database_written_before_the_year_keys_opens_and_answers_the_same_and_in_every_order()
    {
        var path = Path.Combine(_directory.Path, "old.db");
        var store = SqlGraphStore.ForSqliteFile(path);
        var answers = await NeighborYearMigrationCase.WriteOldDatabaseAsync(store, async () =>
        {
            var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path}");
            await connection.OpenAsync();
            return connection;
        });
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

        await store.MigrateAsync();

        await NeighborYearMigrationCase.AssertMigratedAsync(store, answers);
    }
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresNeighborYearMigrationTests(PostgresServer server)
{
    [Fact]
    public async Task A_database_written_before_the_year_keys_opens_and_answers_the_same_and_in_every_order()
    {
        var connectionString = await server.CreateDatabaseAsync();
        await using var store = SqlGraphStore.ForPostgres(connectionString);
        var answers = await NeighborYearMigrationCase.WriteOldDatabaseAsync(store, async () =>
        {
            var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            return connection;
        });

        await store.MigrateAsync();

        await NeighborYearMigrationCase.AssertMigratedAsync(store, answers);
    }
}
