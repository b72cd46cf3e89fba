using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation;
using GraphQL.Validation.Errors.Custom;
using GraphQLParser.Exceptions;
using KnowledgeGraph.Core;
using KnowledgeGraph.Core.Stores;

namespace KnowledgeGraph.Api.GraphQL.Schema;

/// <summary>Gives every error one of <see cref="ErrorCodes"/>, and keeps internals out of messages.</summary>
public sealed class KnowledgeGraphErrorInfoProvider(ErrorInfoProviderOptions options) : ErrorInfoProvider(options)
{
    public override ErrorInfo GetInfo(ExecutionError executionError)
    {
        var info = base.GetInfo(executionError);
        var extensions = info.Extensions ?? new Dictionary<string, object?>();
        extensions.Remove("codes");
        var code = CodeOf(executionError);
        if (executionError is GraphError || code != ErrorCodes.Internal)
        {
            extensions.Remove("details");   // raised on purpose or the caller's mistake: the message says it all, no stack trace
        }
        extensions["code"] = code;
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
        // No operation at all, or several and no operationName: the document cannot run as sent.
        NoOperationError or NoOperationNameError or InvalidOperationError or QueryMissingError => ErrorCodes.ValidationFailed,
        ValidationError => ErrorCodes.ValidationFailed,
        { InnerException: QueryValidationException } => ErrorCodes.BadUserInput,
        { InnerException: { } inner } when StoreUnavailableException.IsUnavailable(inner) => ErrorCodes.StoreUnavailable,
        _ => ErrorCodes.Internal,
    };
}
