using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation.Complexity;
using GraphQLParser.AST;
using KnowledgeGraph.Core.Stores;
using KnowledgeGraph.Core.Traversals;

namespace KnowledgeGraph.Api.GraphQL.Schema;

public sealed class GraphQLOptions
{
    public const string Section = "GraphQL";

    /// <summary>Deepest field nesting a query may use (introspection is exempt).</summary>
    public int MaxDepth { get; set; } = 15;

    /// <summary>Highest estimated cost: roughly the number of fields the response could hold, paging included.</summary>
    public int MaxComplexity { get; set; } = 50_000;
}
