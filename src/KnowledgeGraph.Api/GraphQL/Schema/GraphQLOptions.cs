using System.ComponentModel.DataAnnotations;

namespace KnowledgeGraph.Api.GraphQL.Schema;

public sealed class GraphQLOptions
{
    public const string Section = "GraphQL";

    /// <summary>Deepest field nesting a query may use (introspection is exempt).</summary>
    [Range(1, 100)]
    public int MaxDepth { get; set; } = 15;

    /// <summary>Highest estimated cost: roughly the number of fields the response could hold, paging included.</summary>
    [Range(1, int.MaxValue)]
    public int MaxComplexity { get; set; } = 50_000;
}
