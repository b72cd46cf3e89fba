using System.Diagnostics;
using KnowledgeGraph.Core.Stores.Sql;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Tests.Stores;

/// <summary>A cancelled token stops a SQLite statement that is already running, not only the next one.</summary>
public sealed class SqliteCancellationTests : IDisposable
{
    // Counts to two billion: minutes of work unless something stops it.
    private const string EndlessCount = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c LIMIT 2000000000) SELECT count(*) FROM c";

    private readonly TempDirectory _directory = new();

    private string ConnectionString => $"Data Source={Path.Combine(_directory.Path, "cancel.db")};Pooling=True";

    [Fact]
    public async Task A_running_statement_stops_soon_after_its_token_is_cancelled()
    {
        await using var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync();
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        SqliteCancellation.Watch(connection, cancel.Token);
        var clock = Stopwatch.StartNew();
        await using var command = new SqliteCommand(EndlessCount, connection);
        var error = await Assert.ThrowsAsync<SqliteException>(() => command.ExecuteScalarAsync());
        Assert.True(SqliteCancellation.IsInterruption(error));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task The_next_user_of_a_pooled_connection_is_not_stopped_by_an_earlier_token()
    {
        using var cancel = new CancellationTokenSource();
        await using (var first = new SqliteConnection(ConnectionString))
        {
            await first.OpenAsync();
            SqliteCancellation.Watch(first, cancel.Token);
        }
        await cancel.CancelAsync();
        await using var second = new SqliteConnection(ConnectionString);
        await second.OpenAsync();
        await using var command = new SqliteCommand("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c LIMIT 200000) SELECT count(*) FROM c", second);
        Assert.Equal(200_000L, await command.ExecuteScalarAsync());
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _directory.Dispose();
    }
}
