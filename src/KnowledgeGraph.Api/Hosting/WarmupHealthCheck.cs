using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace KnowledgeGraph.Api.Hosting;

/// <summary>Not ready while the warm-up runs: a load balancer sends traffic only to a warm server.</summary>
internal sealed class WarmupHealthCheck(Warmup warmup) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(warmup.Done ? HealthCheckResult.Healthy("warm") : HealthCheckResult.Unhealthy("warming up"));
}
