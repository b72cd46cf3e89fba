using System.Buffers;
using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using KnowledgeGraph.Api.GraphQL;
using KnowledgeGraph.Api.Http.Batching;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace KnowledgeGraph.Api.Http;

/// <summary>
/// Reads GraphQL requests from a POST body (JSON: one request object, or an array of them, a batch) or a GET query
/// string, as GraphQL over HTTP defines them (with <c>documentId</c> from its persisted-documents appendix). The body
/// is bounded before it is read, and JSON that a lenient parser would reinterpret (a key twice) is refused.
/// </summary>
public sealed class GraphQLRequestReader(IGraphQLTextSerializer serializer, IOptions<GraphQLHttpOptions> options, IOptions<BatchOptions> batches)
{
    /// <summary>Longest <c>operationName</c>, and longest <c>documentId</c>.</summary>
    public const int MaxOperationNameLength = 256;

    private const string Shape =
        "a JSON object with 'query' or 'documentId' (a string) and optionally 'operationName' (a string), 'variables' and 'extensions' (objects), or an array of such objects";

    /// <summary>The requests (one unless <see cref="GraphQLRequestRead.IsBatch"/>), or the status, code and message to refuse them with.</summary>
    public async Task<GraphQLRequestRead> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var read = HttpMethods.IsPost(request.Method)
            ? await ReadBodyAsync(request, cancellationToken)
            : ReadQueryString(request);
        if (read.Requests.FirstOrDefault(r => r.OperationName is { Length: > MaxOperationNameLength }) is { OperationName: { } name })
        {
            return GraphQLRequestRead.Refused(StatusCodes.Status400BadRequest,
                $"'operationName' is {name.Length} characters long; at most {MaxOperationNameLength} are allowed.");
        }
        if (read.Requests.FirstOrDefault(r => r.DocumentId is { Length: > MaxOperationNameLength }) is { DocumentId: { } id })
        {
            return GraphQLRequestRead.Refused(StatusCodes.Status400BadRequest,
                $"'documentId' is {id.Length} characters long; at most {MaxOperationNameLength} are allowed.");
        }
        return read;
    }

    private async Task<GraphQLRequestRead> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType)
            || !contentType.MediaType.Equals(MediaTypes.Json, StringComparison.OrdinalIgnoreCase))
        {
            return GraphQLRequestRead.Refused(StatusCodes.Status415UnsupportedMediaType, $"Send the request body as {MediaTypes.Json}.");
        }
        var limit = options.Value.MaxRequestBytes;
        if (request.ContentLength > limit)
        {
            return TooLarge(limit);
        }
        // A pooled buffer, sized by Content-Length when the client sent one: the body is read and parsed from it, never copied.
        var buffer = ArrayPool<byte>.Shared.Rent(request.ContentLength is { } announced ? (int)announced + 1 : 4096);
        try
        {
            var length = 0;
            while (true)
            {
                if (length == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(2L * buffer.Length, limit + 1L));
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }
                int read;
                try
                {
                    read = await request.Body.ReadAsync(buffer.AsMemory(length), cancellationToken);
                }
                catch (BadHttpRequestException e)
                {
                    // The server's own refusal of the body: it ended before its Content-Length, or came too slowly.
                    return e.StatusCode == StatusCodes.Status413PayloadTooLarge ? TooLarge(limit)
                        : GraphQLRequestRead.Refused(e.StatusCode, "The request body could not be read: it ended before its announced length, or arrived too slowly.");
                }
                if (read == 0)
                {
                    break;
                }
                length += read;
                if (length > limit)
                {
                    return TooLarge(limit);
                }
            }
            return await ParseBodyAsync(buffer, length, cancellationToken);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private async Task<GraphQLRequestRead> ParseBodyAsync(byte[] buffer, int length, CancellationToken cancellationToken)
    {
        var json = buffer.AsSpan(0, length);
        if (StrictJson.FindProblem(json, StrictJson.MaxRequestDepth) is { } problem)
        {
            return GraphQLRequestRead.Refused(StatusCodes.Status400BadRequest, $"The request body is refused: {problem}.");
        }
        try
        {
            var isArray = IsArray(json);
            using var stream = new MemoryStream(buffer, 0, length, writable: false);
            return isArray
                ? Batch(await serializer.ReadAsync<List<GraphQLRequest?>>(stream, cancellationToken))
                : await serializer.ReadAsync<GraphQLRequest>(stream, cancellationToken) is { } graphQLRequest
                    ? GraphQLRequestRead.One(graphQLRequest)
                    : GraphQLRequestRead.Refused(StatusCodes.Status400BadRequest, $"The request body must be {Shape}.");
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or NotSupportedException or FormatException)
        {
            return GraphQLRequestRead.Refused(StatusCodes.Status400BadRequest, $"The request body must be {Shape}{At(e)}.");
        }
    }

    private static GraphQLRequestRead TooLarge(int limit) =>
        GraphQLRequestRead.Refused(StatusCodes.Status413PayloadTooLarge, $"The request body is larger than {limit} bytes, the most this endpoint reads.");

    private GraphQLRequestRead Batch(List<GraphQLRequest?>? requests)
    {
        if (requests is null || requests.Count == 0)
        {
            return GraphQLRequestRead.Refused(StatusCodes.Status400BadRequest, "The batch is empty; send at least one request in the array.");
        }
        if (requests.Count > batches.Value.MaxBatchSize)
        {
            return GraphQLRequestRead.Refused(StatusCodes.Status400BadRequest,
                $"The batch holds {requests.Count} requests; at most {batches.Value.MaxBatchSize} are allowed in one.", ErrorCodes.BatchTooLarge);
        }
        if (requests.Any(r => r is null))
        {
            return GraphQLRequestRead.Refused(StatusCodes.Status400BadRequest, $"Each entry of a batch must be {Shape[..Shape.IndexOf(", or", StringComparison.Ordinal)]}.");
        }
        return new GraphQLRequestRead(requests!, IsBatch: true);
    }

    private static bool IsArray(ReadOnlySpan<byte> json)
    {
        var start = json.IndexOfAnyExcept(" \t\r\n"u8);
        return start >= 0 && json[start] == (byte)'[';
    }

    private GraphQLRequestRead ReadQueryString(HttpRequest request)
    {
        try
        {
            return GraphQLRequestRead.One(new GraphQLRequest
            {
                Query = request.Query["query"],
                DocumentId = NullIfEmpty(request.Query["documentId"]),
                OperationName = NullIfEmpty(request.Query["operationName"]),
                Variables = ReadObject(request.Query["variables"], "variables"),
                Extensions = ReadObject(request.Query["extensions"], "extensions"),
            });
        }
        catch (ParameterException e)
        {
            return GraphQLRequestRead.Refused(StatusCodes.Status400BadRequest, e.Message);
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

/// <summary>What the reader found: the requests of a well-formed body or query string, or why it refused them.</summary>
public sealed record GraphQLRequestRead(IReadOnlyList<GraphQLRequest> Requests, bool IsBatch = false, int Status = StatusCodes.Status200OK,
    string? Problem = null, string Code = ErrorCodes.BadRequest)
{
    public static GraphQLRequestRead One(GraphQLRequest request) => new([request]);

    public static GraphQLRequestRead Refused(int status, string problem, string code = ErrorCodes.BadRequest) => new([], Status: status, Problem: problem, Code: code);
}
