using KnowledgeGraph.Core.Stores;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using OpenTelemetry.Metrics;

namespace KnowledgeGraph.Api;

/// <summary><c>/health/live</c>: the process answers. <c>/health/ready</c>: the store answers too.</summary>
public static class HealthSetup
{
    public static IHostApplicationBuilder AddKnowledgeGraphHealth(this IHostApplicationBuilder builder)
    {
        var checks = builder.Services.AddHealthChecks().AddCheck<StoreHealthCheck>("store", tags: ["ready"]);
        if (!string.IsNullOrWhiteSpace(builder.Configuration["Cache:Redis"]))
        {
            // Redis down degrades caching, not answers: it reports Degraded, which still counts as ready.
            checks.AddCheck<RedisHealthCheck>("redis", failureStatus: HealthStatus.Degraded, tags: ["ready"]);
        }
        return builder;
    }

    /// <summary>Metrics in Prometheus format at <c>/metrics</c>: requests (ASP.NET Core) and the response cache.</summary>
    public static IHostApplicationBuilder AddKnowledgeGraphMetrics(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddMeter(Caching.ResponseCache.MeterName, "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel")
            .AddPrometheusExporter());
        return builder;
    }

    public static IEndpointRouteBuilder MapKnowledgeGraphHealth(this IEndpointRouteBuilder app)
    {
        app.MapPrometheusScrapingEndpoint("/metrics");
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
        return app;
    }

    private sealed class RedisHealthCheck(Microsoft.Extensions.Caching.Distributed.IDistributedCache redis) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            try
            {
                await redis.GetAsync("health", cancellationToken);
                return HealthCheckResult.Healthy("redis answers");
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                return HealthCheckResult.Degraded("redis does not answer; reads are served uncached", e);
            }
        }
    }

    private sealed class StoreHealthCheck(IGraphStore store) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            try
            {
                var version = await store.GetGraphVersionAsync(cancellationToken);
                return HealthCheckResult.Healthy($"graph version {version}");
            }
            catch (Exception e) when (StoreUnavailableException.IsUnavailable(e))
            {
                return HealthCheckResult.Unhealthy("the store does not answer", e);
            }
        }
    }
}
