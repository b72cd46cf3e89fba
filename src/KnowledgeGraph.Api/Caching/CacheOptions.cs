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
    /// Whether the graph version of the cache key may be kept in memory (see <see cref="GraphVersions"/>):
    /// <see cref="GraphVersionMemory.Auto"/> where writes cannot go unseen, <see cref="GraphVersionMemory.Off"/> to read
    /// it from the store on every cached read.
    /// </summary>
    public GraphVersionMemory VersionInMemory { get; set; } = GraphVersionMemory.Auto;

    /// <summary>How often a version kept in memory is read again from the store, bounding how long a write nobody announced stays unseen.</summary>
    [Range(10, int.MaxValue)]
    public int VersionRefreshMilliseconds { get; set; } = 1000;

    /// <summary>
    /// The configured values while the host is being built, for wiring that depends on them (Redis or not); services
    /// read <c>IOptions&lt;CacheOptions&gt;</c>.
    /// </summary>
    public static CacheOptions Read(IConfiguration configuration) =>
        configuration.GetSection(Section).Get<CacheOptions>() ?? new CacheOptions();
}

public enum GraphVersionMemory
{
    /// <summary>In memory on SQLite, and on PostgreSQL while subscribed to Redis; read from the store otherwise.</summary>
    Auto,

    /// <summary>Read from the store on every cached read.</summary>
    Off,
}
