using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace KnowledgeGraph.Api.Hosting;

/// <summary>Whether Redis, the shared second level of the response cache, answers.</summary>
internal sealed class RedisHealthCheck(Microsoft.Extensions.Caching.Distributed.IDistributedCache redis) : IHealthCheck
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
