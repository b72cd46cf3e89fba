using System.ComponentModel.DataAnnotations;

namespace KnowledgeGraph.Api.RateLimiting;

/// <summary>
/// Per-client budgets, each a token bucket: requests per second on every route but health, and the estimated cost of
/// GraphQL operations per second (cached answers cost nothing). A client is its API key or token subject, else its address.
/// </summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimit";

    public bool Enabled { get; set; } = true;

    [Range(1, 1_000_000)]
    public int RequestsPerSecond { get; set; } = 20;

    /// <summary>Requests a client may send at once before the per-second rate applies.</summary>
    [Range(1, 1_000_000)]
    public int RequestBurst { get; set; } = 100;

    /// <summary>Estimated GraphQL cost (see GraphQL:MaxComplexity) a client may spend per second.</summary>
    [Range(1, int.MaxValue)]
    public int CostPerSecond { get; set; } = 20_000;

    /// <summary>Cost a client may spend at once; at least the largest single operation (GraphQL:MaxIntrospectionComplexity).</summary>
    [Range(1, int.MaxValue)]
    public int CostBurst { get; set; } = 500_000;
}
