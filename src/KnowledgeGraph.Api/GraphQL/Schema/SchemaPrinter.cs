using GraphQL;

namespace KnowledgeGraph.Api.GraphQL.Schema;

public static class SchemaPrinter
{
    /// <summary>The SDL as published in schema/knowledge-graph.graphql.</summary>
    public static string Print(KnowledgeGraphSchema schema) =>
        schema.Print(new global::GraphQL.Utilities.PrintOptions { IncludeDescriptions = true, StringComparison = StringComparison.Ordinal }).ReplaceLineEndings("\n").TrimEnd() + "\n";
}
