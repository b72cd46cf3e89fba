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

    /// <summary>What an operation of this cost takes from a bucket: its cost rounded up, at most the whole bucket; 0 with budgets off.</summary>
    public int PermitsFor(double cost) => _options.Enabled ? (int)Math.Clamp(Math.Ceiling(cost), 0, _options.CostBurst) : 0;

    /// <summary>The client's bucket as it stands, for the cost report; null with budgets off.</summary>
    public BudgetStatus? StatusOf(string client) => _options.Enabled
        ? new BudgetStatus(_limiter.GetStatistics(client)?.CurrentAvailablePermits ?? _options.CostBurst, _options.CostBurst, _options.CostPerSecond)
        : null;

    /// <summary>Why an operation of this cost was refused, with the numbers: its cost, what is left, the refill, when to retry.</summary>
    public string RefusalMessage(string client, double cost, TimeSpan retryAfter)
    {
        var status = StatusOf(client);
        var costText = Math.Ceiling(Math.Min(cost, 1e15)).ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
        return $"This client has spent its query budget: the operation costs {costText} and {status?.Remaining ?? 0} of {status?.Capacity ?? 0} is left, "
            + $"refilled at {status?.PerSecond ?? 0} per second; try again in {RateLimitSetup.Seconds(retryAfter)} s.";
    }

    /// <summary>Null when the client could pay; otherwise how long until it can.</summary>
    public TimeSpan? TrySpend(string client, double cost)
    {
        if (!_options.Enabled)
        {
            return null;
        }
        var permits = PermitsFor(cost);
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

/// <summary>A client's cost budget: what is left now, the bucket's size, and how much flows back each second.</summary>
public sealed record BudgetStatus(long Remaining, int Capacity, int PerSecond);
