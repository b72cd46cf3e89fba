using GraphQLParser.AST;

namespace KnowledgeGraph.Api.GraphQL;

/// <summary>Operations that only ask about the schema: exempt from the depth limit and never cached.</summary>
public static class Introspection
{
    public static bool IsOnly(GraphQLOperationDefinition operation) =>
        operation.Operation == OperationType.Query
        && operation.SelectionSet.Selections.All(s => s is GraphQLField field && field.Name.StringValue.StartsWith("__", StringComparison.Ordinal));

    public static bool IsOnly(GraphQLDocument document) =>
        document.Definitions.OfType<GraphQLOperationDefinition>().All(IsOnly);
}
