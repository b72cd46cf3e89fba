using System.Data.Common;
using System.Text.Json;
using System.Text.Json.Nodes;
using KnowledgeGraph.Core.Analyses.EvidenceGapMap;
using KnowledgeGraph.Core.Analyses.WhatWorked;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Seed;
using KnowledgeGraph.Core.Stores;
using KnowledgeGraph.Core.Stores.Sql;
using KnowledgeGraph.Core.Writes;
using KnowledgeGraph.Tests.Support;
using Npgsql;

namespace KnowledgeGraph.Tests.Stores;

/// <summary>
/// The evidence columns of migration 8 are copies of finding and outcome properties kept by the database. Two ways
/// to get them wrong: a database written before them, and writes after them. Each is compared, answer by answer,
/// with a store loaded directly with the same final graph.
/// </summary>
internal static class EvidenceColumnsCase
{
    private static readonly GraphBatch Seed = SeedFiles.Read(RepoPaths.SeedData).ToBatch();

    /// <summary>What the analyses that read the columns answer, as text: rows in order, maps, years, candidates.</summary>
    public static async Task<string> AnswersAsync(IGraphAnalyses analyses)
    {
        var industries = Seed.Nodes.Where(n => n.Label == GraphSchema.Industry).Select(n => n.Id).Order(StringComparer.Ordinal).Take(4).ToList();
        var categories = Seed.Nodes.Where(n => n.Label == GraphSchema.Outcome).Select(n => (string)n.Props["category"]!).Distinct().Order(StringComparer.Ordinal).ToList();
        var filters = new List<EvidenceFilter>
        {
            new(), new() { MinStrength = "MODERATE" }, new() { Since = 2019 }, new() { FindingKinds = ["EFFECT"] },
            new() { Designs = ["RCT", "QUASI_EXPERIMENTAL", "SELF_REPORTED"] }, new() { IndustryIds = industries },
        };
        filters.AddRange(categories.Select(c => new EvidenceFilter { OutcomeCategory = c }));
        filters.AddRange(industries.Select(i => new EvidenceFilter { IndustryIds = [i], MinStrength = "LIMITED" }));
        var answers = new JsonArray();
        foreach (var filter in filters)
        {
            answers.Add(JsonSerializer.SerializeToNode(await analyses.EvidenceAsync(filter)));
            answers.Add(JsonSerializer.SerializeToNode(await analyses.EvidenceMapAsync(new EvidenceMapQuery(MapAxis.Tactic, MapAxis.OutcomeCategory, filter))));
        }
        foreach (var (rows, columns) in new[] { (MapAxis.Tactic, MapAxis.Industry), (MapAxis.PolicyLever, MapAxis.Jurisdiction), (MapAxis.Intervention, MapAxis.OutcomeCategory) })
        {
            answers.Add(JsonSerializer.SerializeToNode(await analyses.EvidenceMapAsync(new EvidenceMapQuery(rows, columns, new EvidenceFilter()))));
        }
        answers.Add(await analyses.NewestFindingYearAsync());
        foreach (var industry in industries)
        {
            answers.Add(JsonSerializer.SerializeToNode(await analyses.TransferCandidatesAsync(industry, 10)));
        }
        Assert.Contains("finding:", answers.ToJsonString());
        return answers.ToJsonString();
    }

    /// <summary>
    /// Takes migration 8 back out of a migrated store with its graph written, as a database from before it looks
    /// (with the evidence summary of migration 11, which came later and reads the columns).
    /// </summary>
    public static async Task UnmigrateAsync(DbConnection connection, bool sqlite)
    {
        var columns = new[] { "kind", "effect", "evidence_strength", "evidence_kind", "year", "category" };
        await using var command = connection.CreateCommand();
        command.CommandText = "DROP TABLE evidence_summary; DROP INDEX ix_nodes_findings; DROP INDEX ix_nodes_outcomes; DELETE FROM schema_migrations WHERE version IN (8, 11); " + (sqlite
            ? string.Concat(columns.Select(c => $"ALTER TABLE nodes DROP COLUMN {c}; "))
            : "ALTER TABLE nodes " + string.Join(", ", columns.Select(c => $"DROP COLUMN {c}")) + ";");
        await command.ExecuteNonQueryAsync();
    }

    public static Task LoadSeedAsync(IGraphStore store) => store.UpsertAsync(Seed, "test");

    /// <summary>A finding's effect, strength, design and year changed, an outcome moved to another category, a finding deleted.</summary>
    public static (IReadOnlyList<NodeInput> Changed, string Deleted) Changes()
    {
        var findings = Seed.Nodes.Where(n => n.Label == GraphSchema.Finding && (string?)n.Props["kind"] == "EFFECT").OrderBy(n => n.Id, StringComparer.Ordinal).ToList();
        var outcomedFindings = Seed.Edges.Where(e => e.Type == "ON_OUTCOME").Select(e => e.SourceId).ToHashSet();
        var changed = findings.First(n => (string?)n.Props["effect"] == "POSITIVE" && outcomedFindings.Contains(n.Id));
        var props = changed.Props.DeepClone().AsObject();
        props["effect"] = "NEGATIVE";
        props["evidenceStrength"] = "LIMITED";
        props["evidenceKind"] = "SELF_REPORTED";
        props["year"] = 2031;
        var outcome = Seed.Nodes.First(n => n.Id == Seed.Edges.First(e => e.Type == "ON_OUTCOME" && e.SourceId == changed.Id).TargetId);
        var outcomeProps = outcome.Props.DeepClone().AsObject();
        var otherCategory = Seed.Nodes.Where(n => n.Label == GraphSchema.Outcome).Select(n => (string)n.Props["category"]!).First(c => c != (string?)outcomeProps["category"]);
        outcomeProps["category"] = otherCategory;
        var deleted = findings.Last(n => n.Id != changed.Id).Id;
        return ([changed with { Props = props }, outcome with { Props = outcomeProps }], deleted);
    }

    public static async Task ApplyChangesAsync(IGraphStore store)
    {
        var (changed, deleted) = Changes();
        await store.UpsertAsync(new GraphBatch(changed, []), "test");
        await store.ApplyAsync(new GraphChange { DeleteNodes = [deleted], Cascade = true }, "test");
    }

    /// <summary>The seed graph with <see cref="Changes"/> made before it is written.</summary>
    public static Task LoadChangedSeedAsync(IGraphStore store)
    {
        var (changed, deleted) = Changes();
        var replaced = changed.ToDictionary(n => n.Id);
        var nodes = Seed.Nodes.Where(n => n.Id != deleted).Select(n => replaced.GetValueOrDefault(n.Id, n)).ToList();
        var edges = Seed.Edges.Where(e => e.SourceId != deleted && e.TargetId != deleted).ToList();
        return store.UpsertAsync(new GraphBatch(nodes, edges), "test");
    }
}

public sealed class SqliteEvidenceColumnsTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _directory.Dispose();
    }

    private async Task<SqlGraphStore> StoreAsync(string name)
    {
        var store = SqlGraphStore.ForSqliteFile(Path.Combine(_directory.Path, name));
        await store.MigrateAsync();
        return store;
    }

    [Fact]
    public async Task A_database_written_before_the_evidence_columns_answers_the_same_after_migrating()
    {
        var old = await StoreAsync("old.db");
        await EvidenceColumnsCase.LoadSeedAsync(old);
        await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(_directory.Path, "old.db")}"))
        {
            await connection.OpenAsync();
            await EvidenceColumnsCase.UnmigrateAsync(connection, sqlite: true);
        }
        await old.MigrateAsync();
        var fresh = await StoreAsync("fresh.db");
        await EvidenceColumnsCase.LoadSeedAsync(fresh);

        Assert.Equal(await EvidenceColumnsCase.AnswersAsync(fresh), await EvidenceColumnsCase.AnswersAsync(old));
    }

    [Fact]
    public async Task Updated_and_deleted_findings_and_outcomes_are_answered_as_if_written_that_way()
    {
        var written = await StoreAsync("written.db");
        await EvidenceColumnsCase.LoadSeedAsync(written);
        var before = await EvidenceColumnsCase.AnswersAsync(written);
        await EvidenceColumnsCase.ApplyChangesAsync(written);
        var direct = await StoreAsync("direct.db");
        await EvidenceColumnsCase.LoadChangedSeedAsync(direct);

        var after = await EvidenceColumnsCase.AnswersAsync(written);
        Assert.NotEqual(before, after);
        Assert.Equal(await EvidenceColumnsCase.AnswersAsync(direct), after);
    }
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresEvidenceColumnsTests(PostgresServer server)
{
    private async Task<(SqlGraphStore Store, string ConnectionString)> StoreAsync()
    {
        var connectionString = await server.CreateDatabaseAsync();
        var store = SqlGraphStore.ForPostgres(connectionString);
        await store.MigrateAsync();
        return (store, connectionString);
    }

    [Fact]
    public async Task A_database_written_before_the_evidence_columns_answers_the_same_after_migrating()
    {
        var (old, connectionString) = await StoreAsync();
        await using (old)
        {
            await EvidenceColumnsCase.LoadSeedAsync(old);
            await using (var connection = new NpgsqlConnection(connectionString))
            {
                await connection.OpenAsync();
                await EvidenceColumnsCase.UnmigrateAsync(connection, sqlite: false);
            }
            await old.MigrateAsync();
            var (fresh, _) = await StoreAsync();
            await using (fresh)
            {
                await EvidenceColumnsCase.LoadSeedAsync(fresh);
                Assert.Equal(await EvidenceColumnsCase.AnswersAsync(fresh), await EvidenceColumnsCase.AnswersAsync(old));
            }
        }
    }

    [Fact]
    public async Task Updated_and_deleted_findings_and_outcomes_are_answered_as_if_written_that_way()
    {
        var (written, _) = await StoreAsync();
        var (direct, _) = await StoreAsync();
        await using (written)
        await using (direct)
        {
            await EvidenceColumnsCase.LoadSeedAsync(written);
            var before = await EvidenceColumnsCase.AnswersAsync(written);
            await EvidenceColumnsCase.ApplyChangesAsync(written);
            await EvidenceColumnsCase.LoadChangedSeedAsync(direct);

            var after = await EvidenceColumnsCase.AnswersAsync(written);
            Assert.NotEqual(before, after);
            Assert.Equal(await EvidenceColumnsCase.AnswersAsync(direct), after);
        }
    }
}
