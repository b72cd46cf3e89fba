using KnowledgeGraph.Core.Stores;
using KnowledgeGraph.Core.Stores.Sql;
using Microsoft.Extensions.Options;
using Npgsql;

namespace KnowledgeGraph.Api.Store;

public static class StoreSetup
{
    /// <summary>
    /// The graph store named by <c>Store:Provider</c>, as <see cref="IGraphStore"/> and <see cref="IGraphAnalyses"/>,
    /// its options checked at start, migrated and seeded before the server takes requests.
    /// </summary>
    public static IHostApplicationBuilder AddKnowledgeGraphStore(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<StoreOptions>()
            .BindConfiguration(StoreOptions.Section)
            .Validate(o => o.IsComplete, "Store:Provider is Postgres but Store:Postgres (the connection string) is not set.")
            .Validate(o => o.HasValidPageCache, $"Store:SqlitePageCacheMiB must be a whole number of MiB from 1 to {SqliteDialect.MaxPageCacheMib}.")
            .ValidateOnStart();
        builder.Services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<StoreOptions>>().Value;
            return options.Provider switch
            {
                StoreProvider.Postgres => new SqlGraphStore(
                    // The store's connection defaults (statements prepared on reuse, no reset per returned connection);
                    // Npgsql logs (and times its commands) through the host's logging.
                    new NpgsqlDataSourceBuilder(SqlGraphStore.PostgresConnectionString(options.Postgres!))
                        .UseLoggerFactory(sp.GetRequiredService<ILoggerFactory>()).Build(),
                    PostgresDialect.Instance),
                _ => SqlGraphStore.ForSqliteFile(Path.Combine(
                    InstallRoot(sp.GetRequiredService<IHostEnvironment>().ContentRootPath, options.SeedDirectory), options.SqlitePath), options.SqlitePageCacheMiB),
            };
        });
        builder.Services.AddSingleton<IGraphStore>(sp => sp.GetRequiredService<SqlGraphStore>());
        builder.Services.AddSingleton<IGraphAnalyses>(sp => sp.GetRequiredService<SqlGraphStore>());
        builder.Services.AddHostedService<StoreInitializer>();
        return builder;
    }

    /// <summary>
    /// The folder relative data paths start from: the nearest folder at or above the content root that holds the seed
    /// directory (the repository when run with <c>dotnet run</c>), else the content root.
    /// </summary>
    public static string InstallRoot(string contentRoot, string seedDirectory) =>
        FindSeedDirectory(contentRoot, seedDirectory) is { } seed && !Path.IsPathRooted(seedDirectory)
            ? Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(seed))!
            : contentRoot;

    public static string? FindSeedDirectory(string contentRoot, string configured)
    {
        if (Path.IsPathRooted(configured))
        {
            return Directory.Exists(configured) ? configured : null;
        }
        for (var dir = new DirectoryInfo(contentRoot); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, configured);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }
        return null;
    }
}
