using KnowledgeGraph.Api.Caching;

namespace KnowledgeGraph.Api.Live;

/// <summary>The live-update feed: this replica's writes, and with Redis the other replicas', for the subscriptions.</summary>
public static class LiveSetup
{
    public static IHostApplicationBuilder AddKnowledgeGraphLive(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<LiveOptions>().BindConfiguration(LiveOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<ClientSubscriptions>();
        builder.Services.AddSingleton<LiveFeed>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<LiveFeed>());
        if (!string.IsNullOrWhiteSpace(CacheOptions.Read(builder.Configuration).Redis))
        {
            builder.Services.AddSingleton<GraphChangeChannel>();
            builder.Services.AddHostedService(sp => sp.GetRequiredService<GraphChangeChannel>());
        }
        return builder;
    }
}
