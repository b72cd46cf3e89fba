using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation;
using GraphQL.Validation.Errors.Custom;
using GraphQLParser.Exceptions;
using KnowledgeGraph.Core.Stores;
using KnowledgeGraph.Core.Traversals;

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
    public const string RateLimited = "RATE_LIMITED";
    public const string StoreUnavailable = "STORE_UNAVAILABLE";
    public const string Internal = "INTERNAL";

    public static readonly IReadOnlySet<string> Known = new HashSet<string>
    {
        BadRequest, ParseFailed, ValidationFailed, BadUserInput, NotFound, Unauthenticated, Forbidden, Conflict,
        QueryTooComplex, RateLimited, StoreUnavailable, Internal,
    };
}

/// <summary>An error raised on purpose, with its code.</summary>
public sealed class GraphError : ExecutionError
{
    public GraphError(string code, string message, IReadOnlyDictionary<string, object?>? details = null) : base(message)
    {
        Code = code;
        Details = details;
    }

    /// <summary>Extra fields for <c>extensions</c>, such as the violations of a refused write.</summary>
    public IReadOnlyDictionary<string, object?>? Details { get; }
}

/// <summary>Gives every error one of <see cref="ErrorCodes"/>, and keeps internals out of messages.</summary>
public sealed class KnowledgeGraphErrorInfoProvider(ErrorInfoProviderOptions options) : ErrorInfoProvider(options)
{
    public override ErrorInfo GetInfo(ExecutionError executionError)
    {
        var info = base.GetInfo(executionError);
        var extensions = info.Extensions ?? new Dictionary<string, object?>();
        extensions.Remove("codes");
        if (executionError is GraphError)
        {
            extensions.Remove("details");   // raised on purpose: the message says it all, no stack trace
        }
        extensions["code"] = CodeOf(executionError);
        foreach (var (key, value) in (executionError as GraphError)?.Details ?? new Dictionary<string, object?>())
        {
            extensions[key] = value;
        }
        info.Extensions = extensions;
        return info;
    }

    public static string CodeOf(ExecutionError error) => error switch
    {
        { Code: { } code } when ErrorCodes.Known.Contains(code) => code,
        ComplexityError => ErrorCodes.QueryTooComplex,
        { InnerException: GraphQLSyntaxErrorException } or SyntaxError => ErrorCodes.ParseFailed,
        InvalidVariableError or InvalidOperationNameError => ErrorCodes.BadUserInput,
        ValidationError => ErrorCodes.ValidationFailed,
        { InnerException: QueryValidationException } => ErrorCodes.BadUserInput,
        { InnerException: { } inner } when StoreUnavailableException.IsUnavailable(inner) => ErrorCodes.StoreUnavailable,
        _ => ErrorCodes.Internal,
    };
}
