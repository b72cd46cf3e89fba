using KnowledgeGraph.Core.Stores.Sql;
using Npgsql;

namespace KnowledgeGraph.Tests.Stores;

/// <summary>The PostgreSQL store's connection defaults: statements prepared on reuse, no reset per returned connection.</summary>
public sealed class PostgresConnectionTests
{
    [Theory]
    [InlineData("Host=db;Database=kg", 64, true)]
    [InlineData("Host=db;Database=kg;Max Auto Prepare=0", 0, true)]
    [InlineData("Host=db;Database=kg;maxautoprepare=5;NoResetOnClose=false", 5, false)]
    [InlineData("Host=db;Database=kg;No Reset On Close=False", 64, false)]
    public void The_store_adds_its_defaults_only_where_the_connection_string_is_silent(string given, int prepare, bool noReset)
    {
        var used = new NpgsqlConnectionStringBuilder(SqlGraphStore.PostgresConnectionString(given));
        Assert.Equal((prepare, noReset, "db", "kg"), (used.MaxAutoPrepare, used.NoResetOnClose, used.Host, used.Database));
    }
}
