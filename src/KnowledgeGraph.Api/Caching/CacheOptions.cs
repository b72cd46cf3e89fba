namespace KnowledgeGraph.Api.Caching;

public sealed class CacheOptions
{
    public const string Section = "Cache";

    /// <summary>Cache read results at all (in memory, plus Redis when <see cref="Redis"/> is set).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>A StackExchange.Redis connection string: the shared second level for every replica.</summary>
    public string? Redis { get; set; }

    public int ExpirationSeconds { get; set; } = 600;

    public int LocalExpirationSeconds { get; set; } = 60;
}
