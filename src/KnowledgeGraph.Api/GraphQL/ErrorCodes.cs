namespace KnowledgeGraph.Api.GraphQL;

/// <summary>The codes every GraphQL error carries in <c>extensions.code</c>.</summary>
public static class ErrorCodes
{
    public const string BadRequest = "BAD_REQUEST";
    public const string ParseFailed = "GRAPHQL_PARSE_FAILED";
    public const string ValidationFailed = "GRAPHQL_VALIDATION_FAILED";
    public const string BadUserInput = "BAD_USER_INPUT";
    public const string NotFound = "NOT_FOUND";
    public const string Unauthenticated = "UNAUTHENTICATED";
    public const string Forbidden = "FORBIDDEN";
    public const string Conflict = "CONFLICT";
    public const string QueryTooComplex = "QUERY_TOO_COMPLEX";
    public const string StoreUnavailable = "STORE_UNAVAILABLE";
    public const string Timeout = "TIMEOUT";
    public const string ResponseTooLarge = "RESPONSE_TOO_LARGE";
    public const string RateLimited = "RATE_LIMITED";
    public const string Internal = "INTERNAL";

    // Request errors of the HTTP protocols (operation choice, persisted operations, batches), as Apollo names the first three.
    public const string OperationResolutionFailure = "OPERATION_RESOLUTION_FAILURE";
    public const string PersistedQueryNotFound = "PERSISTED_QUERY_NOT_FOUND";
    public const string PersistedQueryNotSupported = "PERSISTED_QUERY_NOT_SUPPORTED";
    public const string PersistedQueryHashMismatch = "PERSISTED_QUERY_HASH_MISMATCH";
    public const string OperationNotTrusted = "OPERATION_NOT_TRUSTED";
    public const string StreamingTransportRequired = "STREAMING_TRANSPORT_REQUIRED";
    public const string BatchTooLarge = "BATCH_TOO_LARGE";

    public static readonly IReadOnlySet<string> Known = new HashSet<string>
    {
        BadRequest, ParseFailed, ValidationFailed, BadUserInput, NotFound, Unauthenticated, Forbidden, Conflict,
        QueryTooComplex, StoreUnavailable, Timeout, ResponseTooLarge, RateLimited, Internal,
        OperationResolutionFailure, PersistedQueryNotFound, PersistedQueryNotSupported, PersistedQueryHashMismatch,
        OperationNotTrusted, StreamingTransportRequired, BatchTooLarge,
    };
}
