using KnowledgeGraph.Core.Stores.Sql;
using KnowledgeGraph.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Tests.Stores;

/// <summary>
/// Every connection the SQLite store hands out keeps the page cache it is configured with (16 MiB unless
/// <c>Store:SqlitePageCacheMiB</c> says otherwise), including a connection the pool gives back a second time.
/// </summary>
public sealed class SqlitePageCacheTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    /// <summary>SQLite reports a cache set in KiB as the negative number of KiB.</summary>
    private static async Task<long> PageCacheKibAsync(SqlGraphStore store)
    {
        await using var connection = await store.OpenAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA cache_size";
        return -(long)(await command.ExecuteScalarAsync())!;
    }

    [Theory]
    [InlineData(null, 16 * 1024)]
    [InlineData(1, 1024)]
    [InlineData(64, 64 * 1024)]
    public async Task Each_connection_keeps_the_configured_page_cache(int? mib, long kib)
    {
        await using var store = mib is null
            ? SqlGraphStore.ForSqliteFile(Path.Combine(_directory.Path, "default.db"))
            : SqlGraphStore.ForSqliteFile(Path.Combine(_directory.Path, $"cache-{mib}.db"), mib.Value);
        Assert.Equal(kib, await PageCacheKibAsync(store));
        Assert.Equal(kib, await PageCacheKibAsync(store));   // the pooled connection, opened again
    }

    [Fact]
    public async Task Stores_sharing_the_pooled_connections_of_a_file_each_keep_their_own_setting()
    {
        // Both stores open the same file with the same connection string, so the pool hands them the same native
        // connection in turn: the setting, run once per native connection, must follow it.
        var path = Path.Combine(_directory.Path, "shared.db");
        await using var small = SqlGraphStore.ForSqliteFile(path, 2);
        await using var large = SqlGraphStore.ForSqliteFile(path, 32);
        Assert.Equal(2 * 1024, await PageCacheKibAsync(small));
        Assert.Equal(32 * 1024, await PageCacheKibAsync(large));
        Assert.Equal(2 * 1024, await PageCacheKibAsync(small));
        Assert.Equal(32 * 1024, await PageCacheKibAsync(large));
    }

    [Fact]
    public async Task The_server_opens_its_store_with_the_setting()
    {
        using var app = new KnowledgeGraphApp();
        app.Settings["Store:SqlitePageCacheMiB"] = "48";
        app.CreateClient().Dispose();
        Assert.Equal(48 * 1024, await PageCacheKibAsync(app.Services.GetRequiredService<SqlGraphStore>()));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(SqliteDialect.MaxPageCacheMib + 1)]
    public void A_page_cache_out_of_range_is_refused(int mib) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => SqlGraphStore.ForSqliteFile(Path.Combine(_directory.Path, "refused.db"), mib));

    public void Dispose() => _directory.Dispose();
}
