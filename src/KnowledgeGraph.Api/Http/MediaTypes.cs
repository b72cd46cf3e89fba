using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace KnowledgeGraph.Api.Http;

/// <summary>
/// The two response types of GraphQL over HTTP, and the choice between them from Accept. A client that names a type
/// gets it; one that names none (no Accept, <c>*/*</c>, <c>application/*</c>: what fetch and curl send by default) gets
/// <c>application/json</c>, the type every GraphQL client reads, as the GraphQL-over-HTTP audit's two SHOULDs ask.
/// </summary>
public static class MediaTypes
{
    public const string GraphQLResponseJson = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>Picks the response type from Accept, honouring quality values; null when neither type is acceptable.</summary>
    public static string? Choose(StringValues accept)
    {
        if (StringValues.IsNullOrEmpty(accept))
        {
            return Json;
        }
        if (!MediaTypeHeaderValue.TryParseList(accept, out var types))
        {
            return null;
        }
        string? best = null;
        double bestQuality = 0;
        foreach (var type in types)
        {
            var quality = type.Quality ?? 1;
            var candidate = type.MediaType.Value?.ToLowerInvariant() switch
            {
                GraphQLResponseJson => GraphQLResponseJson,
                Json or "application/*" or "*/*" => Json,
                _ => null,
            };
            // On equal quality the newer media type wins, as the specification recommends.
            if (candidate is not null && quality > 0 && (quality > bestQuality || (quality == bestQuality && candidate == GraphQLResponseJson)))
            {
                best = candidate;
                bestQuality = quality;
            }
        }
        return best;
    }
}
