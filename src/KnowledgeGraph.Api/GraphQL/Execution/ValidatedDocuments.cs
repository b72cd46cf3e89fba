using System.Runtime.CompilerServices;
using GraphQL;
using GraphQL.DI;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace KnowledgeGraph.Api.GraphQL.Execution;

/// <summary>
/// A parsed document (shared by every request that sends its text, see <see cref="DocumentParser"/>) that has passed
/// the specification's validation rules once passes them for good: they read only the document and the schema. So a
/// request with such a document runs only the rules that depend on the request (the cost limit and budget, which read
/// the variables; the audit rule, which reads the caller). Variables are still coerced and checked on every request.
/// </summary>
public static class ValidatedDocuments
{
    private static readonly ConditionalWeakTable<GraphQLDocument, object> Passed = [];
    private static readonly object Marker = new();

    public static async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        var document = options.Document;
        if (document is not null && Passed.TryGetValue(document, out _))
        {
            var core = DocumentValidator.CoreRules;
            options.ValidationRules = (options.ValidationRules ?? core).Where(rule => !core.Contains(rule)).ToList();
        }
        var result = await next(options);
        if (document is not null && result.Executed)
        {
            // Executed: every validation rule passed, the specification's among them.
            Passed.AddOrUpdate(document, Marker);
        }
        return result;
    }

    /// <summary>Whether the document is known to pass the specification's rules (for tests and diagnostics).</summary>
    public static bool HasPassed(GraphQLDocument document) => Passed.TryGetValue(document, out _);
}
