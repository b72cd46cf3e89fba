using KnowledgeGraph.Core.Stores;
using Microsoft.Extensions.Caching.StackExchangeRedis;

namespace KnowledgeGraph.Api.Caching;

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
        builder.Services.AddOptions<CacheOptions>().BindConfiguration(CacheOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        var options = CacheOptions.Read(builder.Configuration);
        builder.Services.AddSingleton<GraphVersions>();
        builder.Services.AddSingleton<CommittedWrites>();
        if (!string.IsNullOrWhiteSpace(options.Redis))
        {
            // One connection for the cache's second level (HybridCache picks up the registered IDistributedCache) and
            // the channel on which replicas announce their writes.
            builder.Services.AddSingleton(_ => new RedisConnection(options.Redis));
            builder.Services.AddStackExchangeRedisCache(redis => redis.InstanceName = "knowledge-graph:");
            builder.Services.AddOptions<RedisCacheOptions>().Configure<RedisConnection>((redis, connection) => redis.ConnectionMultiplexerFactory = connection.GetAsync);
            builder.Services.AddSingleton<GraphVersionChannel>();
            builder.Services.AddHostedService(sp => sp.GetRequiredService<GraphVersionChannel>());
        }
        builder.Services.AddHybridCache(hybrid => hybrid.MaximumPayloadBytes = 8 * 1024 * 1024);
        builder.Services.AddSingleton<ResponseCache>();
        builder.Services.AddSingleton<CachedExecution>();
        builder.Services.AddHostedService<GraphVersionRefresher>();
        ObserveWrites(builder.Services);
        return builder;
    }

    /// <summary>Wraps the store registered before (by the store setup) so that every write of the server moves the version in memory.</summary>
    private static void ObserveWrites(IServiceCollection services)
    {
        var registered = services.LastOrDefault(d => d.ServiceType == typeof(IGraphStore));
        if (registered is null)
        {
            return;
        }
        services.Remove(registered);
        services.AddSingleton<IGraphStore>(sp => VersionedGraphStore.Over(registered switch
        {
            { ImplementationInstance: IGraphStore instance } => instance,
            { ImplementationFactory: { } factory } => (IGraphStore)factory(sp),
            _ => (IGraphStore)ActivatorUtilities.CreateInstance(sp, registered.ImplementationType!),
        }, sp));
    }
}
