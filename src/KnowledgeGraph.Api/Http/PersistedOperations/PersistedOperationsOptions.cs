using System.ComponentModel.DataAnnotations;

namespace KnowledgeGraph.Api.Http.PersistedOperations;

/// <summary>
/// Persisted operations: Apollo's automatic persisted queries (a bandwidth and GET-caching aid that lets nothing run that
/// could not run as a plain query) and trusted documents (a manifest of the operations the deployed clients send; with
/// <see cref="TrustedOnly"/>, nothing else runs).
/// </summary>
public sealed class PersistedOperationsOptions
{
    public const string Section = "PersistedOperations";

    /// <summary>
    /// Accept hash-only requests for documents a client sent in full before. On by default: a document is stored only
    /// after it passed every limit and ran, so it adds no power a client lacks, and it lets long queries travel as
    /// short, cacheable GET requests. The store is bounded (<see cref="AutomaticCacheMegabytes"/>) and expires.
    /// </summary>
    public bool Automatic { get; set; } = true;

    /// <summary>Memory the automatic documents may take in this process; the oldest and least used go first.</summary>
    [Range(1, 4096)]
    public int AutomaticCacheMegabytes { get; set; } = 32;

    /// <summary>How long an automatic document stays in the shared cache (Redis, when configured) after it was stored.</summary>
    [Range(1, 24 * 365)]
    public int AutomaticExpirationHours { get; set; } = 24;

    /// <summary>
    /// Path of a manifest of trusted documents: Apollo's persisted-query manifest
    /// (<c>{"format":"apollo-persisted-query-manifest","version":1,"operations":[...]}</c>) or GraphQL Codegen's
    /// persisted-documents map (<c>{"&lt;id&gt;":"&lt;document&gt;"}</c>). Read and validated at start: a bad file stops the start.
    /// </summary>
    public string? TrustedManifest { get; set; }

    /// <summary>Run only documents of <see cref="TrustedManifest"/> (by id, hash or identical text); every other document is refused.</summary>
    public bool TrustedOnly { get; set; }

    public bool IsValid() => !TrustedOnly || !string.IsNullOrWhiteSpace(TrustedManifest);
}
