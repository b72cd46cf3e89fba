using System.Buffers;
using System.Diagnostics.Metrics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using KnowledgeGraph.Api.GraphQL.Execution;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Caching;

/// <summary>
/// Caches serialized GraphQL read results (with their cost) in HybridCache. The key holds the graph version (<see cref="GraphVersions"/>), so a
/// write on any replica makes every older entry unreachable everywhere. Errors are never cached. When the cache
/// itself fails (Redis down), the request is answered uncached and a warning is logged.
/// </summary>
public sealed class ResponseCache
{
    public const string MeterName = "KnowledgeGraph.Cache";

    private readonly HybridCache _cache;
    private readonly CacheOptions _options;
    private readonly ILogger<ResponseCache> _logger;
    private readonly Counter<long> _hitCounter;
    private readonly Counter<long> _missCounter;

    public ResponseCache(HybridCache cache, IOptions<CacheOptions> options, ILogger<ResponseCache> logger, IMeterFactory meters)
    {
        _cache = cache;
        _options = options.Value;
        _logger = logger;
        var meter = meters.Create(MeterName);
        _hitCounter = meter.CreateCounter<long>("knowledge_graph_cache_hits", description: "GraphQL reads answered from the cache");
        _missCounter = meter.CreateCounter<long>("knowledge_graph_cache_misses", description: "GraphQL reads executed (and cached when they had no error)");
        meter.CreateObservableGauge("knowledge_graph_cache_hit_ratio", () => HitRatio, description: "hits / (hits + misses) since start");
    }

    private long _hits;
    private long _misses;

    public bool Enabled => _options.Enabled;

    public double HitRatio => Interlocked.Read(ref _hits) + Interlocked.Read(ref _misses) is var total and > 0 ? Interlocked.Read(ref _hits) / (double)total : 0;

    /// <summary>
    /// The graph version, then a SHA-256 of the role, operation name, document and variables, each after its length
    /// (or <c>~</c> when absent), so that no two requests' parts can join into the same text.
    /// </summary>
    public static string Key(long graphVersion, string role, string? operationName, string query, string? variables)
    {
        // Encoded into a pooled buffer: the document is hashed on every request, hit or miss.
        var chars = role.Length + (operationName?.Length ?? 0) + query.Length + (variables?.Length ?? 0);
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(chars) + 4 * 12);
        try
        {
            var length = 0;
            foreach (var part in (ReadOnlySpan<string?>)[role, operationName, query, variables])
            {
                if (part is null)
                {
                    buffer[length++] = (byte)'~';
                    continue;
                }
                part.Length.TryFormat(buffer.AsSpan(length), out var digits, provider: CultureInfo.InvariantCulture);
                length += digits;
                buffer[length++] = (byte)':';
                length += Encoding.UTF8.GetBytes(part, buffer.AsSpan(length));
            }
            Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(buffer.AsSpan(0, length), hash);
            return $"gql:v{graphVersion}:{Convert.ToHexStringLower(hash)}";
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// Returns the cached body, or runs <paramref name="execute"/> once for every identical caller in flight and caches
    /// its result when it is cacheable. Callers joined to an execution whose result may not be cached still get that
    /// result: it travels to each of them inside the exception that keeps it out of the cache.
    /// </summary>
    public async Task<(ExecutedResponse Response, bool Hit)> GetOrExecuteAsync(
        string key, Func<CancellationToken, Task<ExecutedResponse>> execute, CancellationToken cancellationToken)
    {
        ExecutedResponse? produced = null;
        try
        {
            var cached = await _cache.GetOrCreateAsync(key, async ct =>
            {
                var response = await execute(ct);
                produced = response;
                return response.Cacheable ? response : throw new NotCacheableException(response);
            }, new HybridCacheEntryOptions
            {
                Expiration = TimeSpan.FromSeconds(_options.ExpirationSeconds),
                LocalCacheExpiration = TimeSpan.FromSeconds(_options.LocalExpirationSeconds),
            }, cancellationToken: cancellationToken);
            Count(hit: produced is null);
            return (produced ?? cached, produced is null);
        }
        catch (NotCacheableException e)
        {
            Count(hit: false);
            return (e.Response, false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            _logger.LogWarning(e, "The response cache failed; answering uncached");
            return (produced ?? await execute(cancellationToken), false);
        }
    }

    private void Count(bool hit)
    {
        if (hit)
        {
            _hitCounter.Add(1);
            Interlocked.Increment(ref _hits);
        }
        else
        {
            _missCounter.Add(1);
            Interlocked.Increment(ref _misses);
        }
    }

    private sealed class NotCacheableException(ExecutedResponse response) : Exception
    {
        public ExecutedResponse Response { get; } = response;
    }
}
