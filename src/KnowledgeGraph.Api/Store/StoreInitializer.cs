using KnowledgeGraph.Core.Seed;
using KnowledgeGraph.Core.Stores;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Store;

/// <summary>Migrates the store and, when it is empty, loads the seed graph, before the server takes requests.</summary>
public sealed class StoreInitializer(IGraphStore store, IOptions<StoreOptions> options, IHostEnvironment environment, ILogger<StoreInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await store.MigrateAsync(cancellationToken);
        var settings = options.Value;
        if (!settings.SeedOnStart || await store.GetGraphVersionAsync(cancellationToken) > 0)
        {
            return;
        }
        var directory = StoreSetup.FindSeedDirectory(environment.ContentRootPath, settings.SeedDirectory)
            ?? throw new InvalidOperationException($"Seed directory '{settings.SeedDirectory}' was not found from {environment.ContentRootPath}.");
        var result = await SeedFiles.LoadAsync(store, directory, cancellationToken);
        logger.LogInformation("Loaded the seed graph from {SeedDirectory}: {Nodes} nodes and {Edges} relationships, graph version {Version}",
            directory, result.NodesWritten, result.EdgesWritten, result.GraphVersion);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
