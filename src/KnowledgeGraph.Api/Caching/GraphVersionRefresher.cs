using KnowledgeGraph.Core.Stores;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Caching;

/// <summary>
/// Reads the graph version from the store once at start and then every <c>Cache:VersionRefreshMilliseconds</c> (one
/// cheap query per interval per process, never per request), so a write this process did not see or hear of (another
/// process writing the SQLite file, a lost Redis message) is picked up within the interval.
/// </summary>
public sealed class GraphVersionRefresher(
    GraphVersions versions, IGraphStore store, IOptions<CacheOptions> options, ILogger<GraphVersionRefresher> logger,
    GraphVersionChannel? channel = null) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!versions.InMemory || !options.Value.Enabled)
        {
            return;
        }
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(options.Value.VersionRefreshMilliseconds));
        do
        {
            if (channel is not null)
            {
                await channel.EnsureSubscribedAsync();
            }
            try
            {
                await versions.ReadAsync(store, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogDebug(e, "The graph version could not be read; cached reads ask the store until it answers");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
