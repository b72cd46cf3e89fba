using KnowledgeGraph.Api.Caching;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace KnowledgeGraph.Api.Hosting;

/// <summary><c>/health/live</c>: the process answers. <c>/health/ready</c>: the store answers too, and the warm-up has ended.</summary>
public static class HealthSetup
{
    public static IHostApplicationBuilder AddKnowledgeGraphHealth(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<WarmupOptions>().BindConfiguration(WarmupOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<Warmup>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<Warmup>());
        var checks = builder.Services.AddHealthChecks()
            .AddCheck<StoreHealthCheck>("store", tags: ["ready"])
            .AddCheck<WarmupHealthCheck>("warm-up", tags: ["ready"]);
        if (!string.IsNullOrWhiteSpace(CacheOptions.Read(builder.Configuration).Redis))
        {
            // Redis down degrades caching, not answers: it reports Degraded, which still counts as ready.
            checks.AddCheck<RedisHealthCheck>("redis", failureStatus: HealthStatus.Degraded, tags: ["ready"]);
        }
        return builder;
    }

    public static IEndpointRouteBuilder MapKnowledgeGraphHealth(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
        return app;
    }
}
