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

    public static readonly IReadOnlySet<string> Known = new HashSet<string>
    {
        BadRequest, ParseFailed, ValidationFailed, BadUserInput, NotFound, Unauthenticated, Forbidden, Conflict,
        QueryTooComplex, StoreUnavailable, Timeout, ResponseTooLarge, RateLimited, Internal,
    };
}
