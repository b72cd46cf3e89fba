using GraphQL;
using KnowledgeGraph.Api.GraphQL;
using KnowledgeGraph.Api.GraphQL.Execution;

namespace KnowledgeGraph.Api.Http;

/// <summary>The outcome of one GraphQL request, before it is written: alone as the response, or as one entry of a batch's array.</summary>
/// <param name="Body">A serialized GraphQL response.</param>
public sealed record GraphQLAnswer(int Status, ResponseText Body)
{
    public string? OperationName { get; init; }

    /// <summary>Whether the response cache answered; null when the request did not go through it.</summary>
    public bool? CacheHit { get; init; }

    public TimeSpan? RetryAfter { get; init; }

    /// <summary>The methods to name in <c>Allow</c> with a 405.</summary>
    public string? Allow { get; init; }

    /// <summary>An answer no cache may keep, such as "persisted query not found", which the client follows by registering the document.</summary>
    public bool NoStore { get; init; }

    /// <summary>A complete result without errors: the only kind an HTTP cache may keep (see <see cref="HttpCaching"/>).</summary>
    public bool ErrorFree { get; init; }
}

/// <summary>A request refused before execution; a null status follows the media type (400 for graphql-response+json, 200 for JSON).</summary>
public sealed record RequestRefusal(int? Status, ExecutionError Error)
{
    public RequestRefusal(int? status, string code, string message, bool NoStore = false) : this(status, new GraphError(code, message)) =>
        this.NoStore = NoStore;

    public bool NoStore { get; init; }

    public string? Allow { get; init; }

    public static RequestRefusal BadRequest(string message) => new(StatusCodes.Status400BadRequest, ErrorCodes.BadRequest, message);
}
