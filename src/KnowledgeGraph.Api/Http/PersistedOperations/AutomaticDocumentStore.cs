using System.Text;
using KnowledgeGraph.Api.Caching;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Http.PersistedOperations;

/// <summary>
/// The documents of automatic persisted queries, by the lowercase hex SHA-256 of their text: a size-bounded memory cache
/// in this process, and Redis when configured so that a document registered on one replica is found on every other.
/// A Redis failure costs the client one round trip (it sends the document again), never the request. Not HybridCache:
/// a lookup here must not create an entry, and this level must be bounded by size, which the shared memory cache is not.
/// </summary>
public sealed class AutomaticDocumentStore : IDisposable
{
    private readonly MemoryCache _local;
    private readonly IDistributedCache? _shared;
    private readonly TimeSpan _expiration;
    private readonly ILogger<AutomaticDocumentStore> _logger;

    public AutomaticDocumentStore(
        IOptions<PersistedOperationsOptions> options, IOptions<CacheOptions> cache, IServiceProvider services, ILogger<AutomaticDocumentStore> logger)
    {
        _local = new MemoryCache(new MemoryCacheOptions
        {
            SizeLimit = options.Value.AutomaticCacheMegabytes * 1024L * 1024L,
            CompactionPercentage = 0.25,
        });
        _shared = string.IsNullOrWhiteSpace(cache.Value.Redis) ? null : services.GetService<IDistributedCache>();
        _expiration = TimeSpan.FromHours(options.Value.AutomaticExpirationHours);
        _logger = logger;
    }

    public async Task<string?> FindAsync(string sha256, CancellationToken cancellationToken)
    {
        if (_local.TryGetValue(sha256, out string? document))
        {
            return document;
        }
        if (_shared is null)
        {
            return null;
        }
        try
        {
            if (await _shared.GetAsync(Key(sha256), cancellationToken) is { } bytes)
            {
                document = Encoding.UTF8.GetString(bytes);
                Remember(sha256, document);
                return document;
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            _logger.LogWarning(e, "The shared store of persisted queries failed; answering as if the document were unknown");
        }
        return null;
    }

    /// <summary>Keeps a document that passed the limits and ran; its hash was checked against its text before.</summary>
    public async Task StoreAsync(string sha256, string document, CancellationToken cancellationToken)
    {
        Remember(sha256, document);
        if (_shared is null)
        {
            return;
        }
        try
        {
            await _shared.SetAsync(Key(sha256), Encoding.UTF8.GetBytes(document),
                new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = _expiration }, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            _logger.LogWarning(e, "The shared store of persisted queries failed; the document is kept in this process only");
        }
    }

    private void Remember(string sha256, string document) =>
        _local.Set(sha256, document, new MemoryCacheEntryOptions { Size = 2L * document.Length + 128, SlidingExpiration = _expiration });

    private static string Key(string sha256) => "apq:" + sha256;

    public void Dispose() => _local.Dispose();
}
