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
        builder.Services.AddSingleton<CachedExecution>();
        return builder;
    }
}
