using KnowledgeGraph.Core.Stores;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace KnowledgeGraph.Api.Hosting;

/// <summary>Ready only while the store answers.</summary>
internal sealed class StoreHealthCheck(IGraphStore store) : IHealthCheck
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
