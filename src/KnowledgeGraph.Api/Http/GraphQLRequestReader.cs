using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace KnowledgeGraph.Api.Http;

/// <summary>Reads a GraphQL request from a POST body (JSON) or a GET query string, as GraphQL over HTTP defines them.</summary>
public sealed class GraphQLRequestReader(IGraphQLTextSerializer serializer)
{
    /// <summary>The request, or the status and message to refuse it with.</summary>
    public async Task<(GraphQLRequest? Request, int Status, string? Problem)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (HttpMethods.IsPost(request.Method))
        {
            if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType)
                || !contentType.MediaType.Equals(MediaTypes.Json, StringComparison.OrdinalIgnoreCase))
            {
                return (null, StatusCodes.Status415UnsupportedMediaType, $"Send the request body as {MediaTypes.Json}.");
            }
            try
            {
                return (await serializer.ReadAsync<GraphQLRequest>(request.Body, cancellationToken), StatusCodes.Status200OK, null);
            }
            catch (Exception e) when (e is JsonException or InvalidOperationException or NotSupportedException)
            {
                return (null, StatusCodes.Status400BadRequest, "The request body is not a GraphQL request in JSON: " + e.Message);
            }
        }
        try
        {
            return (new GraphQLRequest
            {
                Query = request.Query["query"],
                OperationName = NullIfEmpty(request.Query["operationName"]),
                Variables = NullIfEmpty(request.Query["variables"]) is { } variables ? serializer.Deserialize<Inputs>(variables) : null,
                Extensions = NullIfEmpty(request.Query["extensions"]) is { } extensions ? serializer.Deserialize<Inputs>(extensions) : null,
            }, StatusCodes.Status200OK, null);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or NotSupportedException)
        {
            return (null, StatusCodes.Status400BadRequest, "The 'variables' or 'extensions' parameter is not a JSON object: " + e.Message);
        }
    }

    private static string? NullIfEmpty(StringValues value) => StringValues.IsNullOrEmpty(value) ? null : value.ToString();
}
