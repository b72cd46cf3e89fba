using KnowledgeGraph.Core.Seed;
using KnowledgeGraph.Core.Stores;
using KnowledgeGraph.Core.Stores.Sql;

namespace KnowledgeGraph.Api.Store;

public sealed class StoreOptions
{
    public const string Section = "Store";

    /// <summary>Which store holds the graph: <c>Sqlite</c> (the embedded default) or <c>Postgres</c> (the server store).</summary>
    public string Provider { get; set; } = "Sqlite";

    /// <summary>The PostgreSQL connection string (Npgsql), used when <see cref="Provider"/> is Postgres.</summary>
    public string? Postgres { get; set; }

    /// <summary>The SQLite file; a relative path is taken from the install root (the folder holding the seed directory).</summary>
    public string SqlitePath { get; set; } = "data/knowledge-graph.db";

    /// <summary>Where the curated seed graph lives; a relative path is searched for upwards from the content root.</summary>
    public string SeedDirectory { get; set; } = "seed-data";

    /// <summary>Load the seed graph into an empty store at start.</summary>
    public bool SeedOnStart { get; set; } = true;
}

public static class StoreSetup
{
    public static IHostApplicationBuilder AddKnowledgeGraphStore(this IHostApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(StoreOptions.Section).Get<StoreOptions>() ?? new StoreOptions();
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(_ => options.Provider.ToLowerInvariant() switch
        {
            "sqlite" => SqlGraphStore.ForSqliteFile(Path.Combine(InstallRoot(builder.Environment.ContentRootPath, options.SeedDirectory), options.SqlitePath)),
            "postgres" or "postgresql" => SqlGraphStore.ForPostgres(string.IsNullOrWhiteSpace(options.Postgres)
                ? throw new InvalidOperationException("Store:Provider is Postgres but Store:Postgres (the connection string) is not set.")
                : options.Postgres),
            _ => throw new InvalidOperationException($"Unknown Store:Provider '{options.Provider}'. Supported: Sqlite, Postgres."),
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

/// <summary>Migrates the store and, when it is empty, loads the seed graph, before the server takes requests.</summary>
public sealed class StoreInitializer(IGraphStore store, StoreOptions options, IHostEnvironment environment, ILogger<StoreInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await store.MigrateAsync(cancellationToken);
        if (!options.SeedOnStart || await store.GetGraphVersionAsync(cancellationToken) > 0)
        {
            return;
        }
        var directory = StoreSetup.FindSeedDirectory(environment.ContentRootPath, options.SeedDirectory)
            ?? throw new InvalidOperationException($"Seed directory '{options.SeedDirectory}' was not found from {environment.ContentRootPath}.");
        var result = await SeedFiles.LoadAsync(store, directory, cancellationToken);
        logger.LogInformation("Loaded the seed graph from {SeedDirectory}: {Nodes} nodes and {Edges} relationships, graph version {Version}",
            directory, result.NodesWritten, result.EdgesWritten, result.GraphVersion);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
