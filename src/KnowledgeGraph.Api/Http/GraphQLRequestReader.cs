using System.Buffers;
using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace KnowledgeGraph.Api.Http;

/// <summary>
/// Reads a GraphQL request from a POST body (JSON) or a GET query string, as GraphQL over HTTP defines them. The body
/// is bounded before it is read, and JSON that a lenient parser would reinterpret (a key twice) is refused.
/// </summary>
public sealed class GraphQLRequestReader(IGraphQLTextSerializer serializer, IOptions<GraphQLHttpOptions> options)
{
    public const int MaxOperationNameLength = 256;

    private const string Shape = "a JSON object with 'query' (a string) and optionally 'operationName' (a string), 'variables' and 'extensions' (objects)";

    /// <summary>The request, or the status and message to refuse it with.</summary>
    public async Task<(GraphQLRequest? Request, int Status, string? Problem)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var (read, status, problem) = HttpMethods.IsPost(request.Method)
            ? await ReadBodyAsync(request, cancellationToken)
            : ReadQueryString(request);
        if (read?.OperationName is { Length: > MaxOperationNameLength } name)
        {
            return (null, StatusCodes.Status400BadRequest,
                $"'operationName' is {name.Length} characters long; at most {MaxOperationNameLength} are allowed.");
        }
        return (read, status, problem);
    }

    private async Task<(GraphQLRequest?, int, string?)> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType)
            || !contentType.MediaType.Equals(MediaTypes.Json, StringComparison.OrdinalIgnoreCase))
        {
            return (null, StatusCodes.Status415UnsupportedMediaType, $"Send the request body as {MediaTypes.Json}.");
        }
        var limit = options.Value.MaxRequestBytes;
        var tooLarge = $"The request body is larger than {limit} bytes, the most this endpoint reads.";
        if (request.ContentLength > limit)
        {
            return (null, StatusCodes.Status413PayloadTooLarge, tooLarge);
        }
        var body = new ArrayBufferWriter<byte>();
        while (true)
        {
            var read = await request.Body.ReadAsync(body.GetMemory(16 * 1024), cancellationToken);
            if (read == 0)
            {
                break;
            }
            body.Advance(read);
            if (body.WrittenCount > limit)
            {
                return (null, StatusCodes.Status413PayloadTooLarge, tooLarge);
            }
        }
        if (StrictJson.FindProblem(body.WrittenSpan, StrictJson.MaxRequestDepth) is { } problem)
        {
            return (null, StatusCodes.Status400BadRequest, $"The request body is refused: {problem}.");
        }
        try
        {
            using var stream = new MemoryStream(body.WrittenMemory.ToArray(), writable: false);
            return await serializer.ReadAsync<GraphQLRequest>(stream, cancellationToken) is { } graphQLRequest
                ? (graphQLRequest, StatusCodes.Status200OK, null)
                : (null, StatusCodes.Status400BadRequest, $"The request body must be {Shape}.");
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or NotSupportedException or FormatException)
        {
            return (null, StatusCodes.Status400BadRequest, $"The request body must be {Shape}{At(e)}.");
        }
    }

    private (GraphQLRequest?, int, string?) ReadQueryString(HttpRequest request)
    {
        try
        {
            return (new GraphQLRequest
            {
                Query = request.Query["query"],
                OperationName = NullIfEmpty(request.Query["operationName"]),
                Variables = ReadObject(request.Query["variables"], "variables"),
                Extensions = ReadObject(request.Query["extensions"], "extensions"),
            }, StatusCodes.Status200OK, null);
        }
        catch (ParameterException e)
        {
            return (null, StatusCodes.Status400BadRequest, e.Message);
        }
    }

    private Inputs? ReadObject(StringValues value, string parameter)
    {
        if (NullIfEmpty(value) is not { } json)
        {
            return null;
        }
        if (StrictJson.FindProblem(json, StrictJson.MaxRequestDepth) is { } problem)
        {
            throw new ParameterException($"The '{parameter}' parameter is refused: {problem}.");
        }
        try
        {
            return serializer.Deserialize<Inputs>(json);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or NotSupportedException or FormatException)
        {
            throw new ParameterException($"The '{parameter}' parameter must be a JSON object{At(e)}.");
        }
    }

    /// <summary>Where in the JSON the reader gave up, without its message: that one names .NET types.</summary>
    private static string At(Exception e) =>
        e is JsonException { Path: { } path } json ? $" (at {path}, line {json.LineNumber + 1})" : "";

    private static string? NullIfEmpty(StringValues value) => StringValues.IsNullOrEmpty(value) ? null : value.ToString();

    private sealed class ParameterException(string message) : Exception(message);
}
