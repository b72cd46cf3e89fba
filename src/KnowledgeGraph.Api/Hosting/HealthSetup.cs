using KnowledgeGraph.Core.Stores;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace KnowledgeGraph.Api;

/// <summary><c>/health/live</c>: the process answers. <c>/health/ready</c>: the store answers too.</summary>
public static class HealthSetup
{
    public static IHostApplicationBuilder AddKnowledgeGraphHealth(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks().AddCheck<StoreHealthCheck>("store", tags: ["ready"]);
        return builder;
    }

    public static IEndpointRouteBuilder MapKnowledgeGraphHealth(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
        return app;
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
            catch (StoreUnavailableException e)
            {
                return HealthCheckResult.Unhealthy("the store does not answer", e);
            }
        }
    }
}
