using System.Data.Common;
using System.Text.Json.Nodes;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Stores;
using KnowledgeGraph.Core.Stores.Sql;
using KnowledgeGraph.Tests.Support;
using Npgsql;

namespace KnowledgeGraph.Tests.Stores;

/// <summary>
/// Migration 5 on a database written before prevalence findings described industries: a PREVALENCE finding had by an
/// intervention in hotels, and one had by an intervention with no industry or jurisdiction. The first comes to
/// describe hotels and loses its HAS_FINDING, with audit rows; the second keeps its HAS_FINDING.
/// </summary>
internal static class PrevalenceMigrationCase
{
    public static readonly string[] Prevalence = ["finding:old_prevalence", "finding:stranded_prevalence"];

    public static async Task WriteOldDatabaseAsync(SqlGraphStore store, Func<Task<DbConnection>> open, string makePrevalence)
    {
        await store.MigrateAsync();
        var small = TestGraph.Small();
        JsonObject Process(string summary) => new() { ["summary"] = summary, ["kind"] = "PROCESS", ["evidenceStrength"] = "LIMITED", ["evidenceKind"] = "CROSS_SECTIONAL_SURVEY" };
        await store.UpsertAsync(new GraphBatch(
            [.. small.Nodes, TestGraph.Node(Prevalence[0], GraphSchema.Finding, Process("58% harassed by a guest")),
                TestGraph.Node(Prevalence[1], GraphSchema.Finding, Process("Most never report")),
                TestGraph.Node("intervention:nowhere", GraphSchema.Intervention, new() { ["name"] = "A survey" })],
            [.. small.Edges, TestGraph.Edge("HAS_FINDING", "intervention:buttons", Prevalence[0]), TestGraph.Edge("CITES", Prevalence[0], "source:report"),
                TestGraph.Edge("HAS_FINDING", "intervention:nowhere", Prevalence[1]), TestGraph.Edge("CITES", Prevalence[1], "source:report")]), "test");
        await using var connection = await open();
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            UPDATE nodes SET props = {makePrevalence} WHERE id IN ('{Prevalence[0]}', '{Prevalence[1]}');
            DELETE FROM schema_migrations WHERE version = 5;
            """;
        await command.ExecuteNonQueryAsync();
    }

    public static async Task AssertMigratedAsync(SqlGraphStore store, long before)
    {
        var edges = (await store.GetNeighborsAsync(
            Prevalence.SelectMany(id => new[] { new NeighborKey(id, "DESCRIBES", Direction.Out), new NeighborKey(id, "HAS_FINDING", Direction.In) }).ToList()))
            .Select(n => n.Edge.Id).Order(StringComparer.Ordinal);
        Assert.Equal([$"{Prevalence[0]}|DESCRIBES|industry:hotels", $"intervention:nowhere|HAS_FINDING|{Prevalence[1]}"], edges);
        Assert.Equal(before + 1, await store.GetGraphVersionAsync());

        var audit = await store.AuditAsync(new KnowledgeGraph.Core.Writes.AuditQuery { Actor = "migration", First = 10 });
        Assert.Equal([("CREATE_EDGE", $"{Prevalence[0]}|DESCRIBES|industry:hotels"), ("DELETE_EDGE", $"intervention:buttons|HAS_FINDING|{Prevalence[0]}")],
            audit.Select(a => (a.Operation, a.ElementId)).Order());
        Assert.All(audit, a => Assert.Equal(before + 1, a.GraphVersion));
        Assert.Equal("HAS_FINDING", (string?)audit.Single(a => a.Operation == "DELETE_EDGE").Before!["type"]);
        Assert.Equal("industry:hotels", (string?)audit.Single(a => a.Operation == "CREATE_EDGE").After!["to"]);

        // The migrated finding is within the rules: writing it again unchanged is accepted and writes nothing.
        var migrated = (await store.GetNodesAsync([Prevalence[0]]))[0];
        var again = await store.UpsertAsync(new GraphBatch([TestGraph.Node(migrated.Id, GraphSchema.Finding, migrated.Props.DeepClone().AsObject())], []), "test");
        Assert.Equal(0, again.NodesWritten);
    }
}

public sealed class SqlitePrevalenceMigrationTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _directory.Dispose();
    }

    [Fact]
    public async Task Prevalence_findings_had_by_interventions_come_to_describe_their_industries_on_start()
    {
        var path = Path.Combine(_directory.Path, "old.db");
        var store = SqlGraphStore.ForSqliteFile(path);
        await PrevalenceMigrationCase.WriteOldDatabaseAsync(store, async () =>
        {
            var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path}");
            await connection.OpenAsync();
            return connection;
        }, "json_set(props, '$.kind', 'PREVALENCE')");
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var before = await store.GetGraphVersionAsync();

        await store.MigrateAsync();

        await PrevalenceMigrationCase.AssertMigratedAsync(store, before);
    }
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresPrevalenceMigrationTests(PostgresServer server)
{
    [Fact]
    public async Task Prevalence_findings_had_by_interventions_come_to_describe_their_industries_on_start()
    {
        var connectionString = await server.CreateDatabaseAsync();
        await using var store = SqlGraphStore.ForPostgres(connectionString);
        await PrevalenceMigrationCase.WriteOldDatabaseAsync(store, async () =>
        {
            var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            return connection;
        }, "jsonb_set(props, '{kind}', '\"PREVALENCE\"')");
        var before = await store.GetGraphVersionAsync();

        await store.MigrateAsync();

        await PrevalenceMigrationCase.AssertMigratedAsync(store, before);
    }
}
