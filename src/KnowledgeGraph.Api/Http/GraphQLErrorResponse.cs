using GraphQL;
using KnowledgeGraph.Api.GraphQL;

namespace KnowledgeGraph.Api.Http;

/// <summary>
/// Requests refused before execution answer in the GraphQL error shape (<c>errors[].extensions.code</c>), written by the
/// same serializer and error provider as executed results, on every endpoint.
/// </summary>
public static class GraphQLErrorResponse
{
    public static async Task WriteAsync(HttpContext http, int status, string mediaType, string code, string message)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = mediaType + "; charset=utf-8";
        if (status == StatusCodes.Status401Unauthorized)
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
        }
        var serializer = http.RequestServices.GetRequiredService<IGraphQLTextSerializer>();
        await serializer.WriteAsync(http.Response.Body, new ExecutionResult { Errors = [new GraphError(code, message)] }, http.RequestAborted);
    }

    public static Task WriteUnauthenticatedAsync(HttpContext http, string mediaType, string message) =>
        WriteAsync(http, StatusCodes.Status401Unauthorized, mediaType, ErrorCodes.Unauthenticated, message);
}
