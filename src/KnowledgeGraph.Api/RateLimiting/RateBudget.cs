using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.RateLimiting;

/// <summary>
/// The per-client cost budget of GraphQL operations: an operation that passed the cost limits spends its estimated cost
/// before it executes, and is refused (429 with Retry-After) when the client's bucket cannot pay.
/// </summary>
public sealed class RateBudget : IDisposable
{
    /// <summary>The key under which a refusal leaves its Retry-After in the execution's user context.</summary>
    public const string RetryAfterKey = "retryAfter";

    private readonly RateLimitOptions _options;
    private readonly PartitionedRateLimiter<string> _limiter;

    public RateBudget(IOptions<RateLimitOptions> options)
    {
        _options = options.Value;
        _limiter = PartitionedRateLimiter.Create<string, string>(client => RateLimitPartition.GetTokenBucketLimiter(client, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = _options.CostBurst,
            TokensPerPeriod = _options.CostPerSecond,
            ReplenishmentPeriod = TimeSpan.FromSeconds(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        }));
    }

    /// <summary>Null when the client could pay; otherwise how long until it can.</summary>
    public TimeSpan? TrySpend(string client, double cost)
    {
        if (!_options.Enabled)
        {
            return null;
        }
        var permits = (int)Math.Clamp(Math.Ceiling(cost), 0, _options.CostBurst);
        using var lease = _limiter.AttemptAcquire(client, permits);
        if (lease.IsAcquired)
        {
            return null;
        }
        return lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? retryAfter
            : TimeSpan.FromSeconds(Math.Ceiling(permits / (double)_options.CostPerSecond));
    }

    public void Dispose() => _limiter.Dispose();
}
