using System.Diagnostics.Metrics;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Caching.Hybrid;

namespace KnowledgeGraph.Api.Caching;

public sealed class CacheOptions
{
    public const string Section = "Cache";

    /// <summary>Cache read results at all (in memory, plus Redis when <see cref="Redis"/> is set).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>A StackExchange.Redis connection string: the shared second level for every replica.</summary>
    public string? Redis { get; set; }

    public int ExpirationSeconds { get; set; } = 600;

    public int LocalExpirationSeconds { get; set; } = 60;
}

/// <summary>
/// Caches serialized GraphQL read results in HybridCache. The key holds the graph version read from the store, so a
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

    public ResponseCache(HybridCache cache, CacheOptions options, ILogger<ResponseCache> logger, IMeterFactory meters)
    {
        _cache = cache;
        _options = options;
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

    public static string Key(long graphVersion, string role, string? operationName, string query, string? variables) =>
        $"gql:v{graphVersion}:{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{role}\n{operationName}\n{query}\n{variables}")))}";

    /// <summary>Returns the cached body, or runs <paramref name="execute"/> and caches its body when it says it may.</summary>
    public async Task<(string Body, bool Hit)> GetOrExecuteAsync(
        string key, Func<CancellationToken, Task<(string Body, bool Cacheable)>> execute, CancellationToken cancellationToken)
    {
        string? produced = null;
        try
        {
            var body = await _cache.GetOrCreateAsync(key, async ct =>
            {
                var (result, cacheable) = await execute(ct);
                produced = result;
                return cacheable ? result : throw new NotCacheableException();
            }, new HybridCacheEntryOptions
            {
                Expiration = TimeSpan.FromSeconds(_options.ExpirationSeconds),
                LocalCacheExpiration = TimeSpan.FromSeconds(_options.LocalExpirationSeconds),
            }, cancellationToken: cancellationToken);
            Count(hit: produced is null);
            return (body, produced is null);
        }
        catch (NotCacheableException)
        {
            Count(hit: false);
            return (produced!, false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            _logger.LogWarning(e, "The response cache failed; answering uncached");
            return (produced ?? (await execute(cancellationToken)).Body, false);
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

    private sealed class NotCacheableException : Exception;
}

public static class CacheSetup
{
    /// <summary>
    /// Redis settings that fail fast: a stopped Redis must cost a request milliseconds, not the client's default
    /// five-second timeouts; reconnection happens in the background. Values given in the connection string win.
    /// </summary>
    public static StackExchange.Redis.ConfigurationOptions RedisConfiguration(string connectionString)
    {
        var configuration = StackExchange.Redis.ConfigurationOptions.Parse(connectionString);
        configuration.AbortOnConnectFail = false;
        if (!connectionString.Contains("connectTimeout", StringComparison.OrdinalIgnoreCase))
        {
            configuration.ConnectTimeout = 500;
        }
        if (!connectionString.Contains("syncTimeout", StringComparison.OrdinalIgnoreCase))
        {
            configuration.SyncTimeout = 500;
        }
        if (!connectionString.Contains("asyncTimeout", StringComparison.OrdinalIgnoreCase))
        {
            configuration.AsyncTimeout = 500;
        }
        return configuration;
    }

    public static IHostApplicationBuilder AddKnowledgeGraphCache(this IHostApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(CacheOptions.Section).Get<CacheOptions>() ?? new CacheOptions();
        builder.Services.AddSingleton(options);
        if (!string.IsNullOrWhiteSpace(options.Redis))
        {
            // HybridCache picks up the registered IDistributedCache as its shared second level.
            builder.Services.AddStackExchangeRedisCache(redis =>
            {
                redis.ConfigurationOptions = RedisConfiguration(options.Redis);
                redis.InstanceName = "knowledge-graph:";
            });
        }
        builder.Services.AddHybridCache(hybrid => hybrid.MaximumPayloadBytes = 8 * 1024 * 1024);
        builder.Services.AddSingleton<ResponseCache>();
        return builder;
    }
}
