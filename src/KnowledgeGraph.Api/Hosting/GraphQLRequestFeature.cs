namespace KnowledgeGraph.Api.Hosting;

/// <summary>What the GraphQL endpoint learned about a request, for the request log line.</summary>
public sealed class GraphQLRequestFeature
{
    public string? OperationName { get; set; }

    /// <summary>Whether the response cache answered; null when the request did not go through it.</summary>
    public bool? CacheHit { get; set; }

    /// <summary>Whether the answer executed without any error, so that HTTP caches may keep it.</summary>
    public bool ErrorFree { get; set; }

    public static GraphQLRequestFeature Of(HttpContext http)
    {
        if (http.Features.Get<GraphQLRequestFeature>() is not { } feature)
        {
            feature = new GraphQLRequestFeature();
            http.Features.Set(feature);
        }
        return feature;
    }
}
