using System.ComponentModel.DataAnnotations;

namespace KnowledgeGraph.Api.Caching;

public sealed class CacheOptions
{
    public const string Section = "Cache";

    /// <summary>Cache read results at all (in memory, plus Redis when <see cref="Redis"/> is set).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>A StackExchange.Redis connection string: the shared second level for every replica.</summary>
    public string? Redis { get; set; }

    [Range(1, int.MaxValue)]
    public int ExpirationSeconds { get; set; } = 600;

    [Range(1, int.MaxValue)]
    public int LocalExpirationSeconds { get; set; } = 60;

    /// <summary>
    /// The configured values while the host is being built, for wiring that depends on them (Redis or not); services
    /// read <c>IOptions&lt;CacheOptions&gt;</c>.
    /// </summary>
    public static CacheOptions Read(IConfiguration configuration) =>
        configuration.GetSection(Section).Get<CacheOptions>() ?? new CacheOptions();
}
