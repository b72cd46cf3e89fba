using System.ComponentModel.DataAnnotations;

namespace KnowledgeGraph.Api.Http;

/// <summary>The HTTP side of the GraphQL endpoint, in the same configuration section as the execution limits.</summary>
public sealed class GraphQLHttpOptions
{
    public const string Section = "GraphQL";

    /// <summary>
    /// Largest request body accepted, checked before the body is read. The default fits a 64 KB query with the
    /// variables of a 10,000-item <c>importGraph</c>.
    /// </summary>
    [Range(1024, 30 * 1024 * 1024)]
    public int MaxRequestBytes { get; set; } = 8 * 1024 * 1024;

    /// <summary>Whether browsers get GraphiQL at the endpoint; unset means on in Development, off elsewhere.</summary>
    public bool? GraphiQL { get; set; }

    /// <summary>
    /// Whether the explorer is served at <c>/explore/</c>. On by default: it is static files that read through the
    /// public endpoint, under the same read policy, limits and budgets as any other client.
    /// </summary>
    public bool Explorer { get; set; } = true;
}
