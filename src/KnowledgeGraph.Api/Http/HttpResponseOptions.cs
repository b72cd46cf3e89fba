using System.ComponentModel.DataAnnotations;

namespace KnowledgeGraph.Api.Http;

/// <summary>How responses travel: compression, and how long browsers and proxies may keep a GET answer.</summary>
public sealed class HttpResponseOptions
{
    public const string Section = "Http";

    /// <summary>Compress JSON, CSV and text responses with Brotli or gzip when the client accepts them.</summary>
    public bool Compression { get; set; } = true;

    /// <summary>
    /// The <c>max-age</c> of a successful GET /graphql answer. 0 (the default): a cache asks again every time, and a
    /// repeated question costs a <c>304</c>; more lets a browser skip even that, for answers up to that many seconds old.
    /// </summary>
    [Range(0, 86400)]
    public int CacheMaxAgeSeconds { get; set; }
}
