using GraphQL.Types;
using KnowledgeGraph.Core.Stores;
using KnowledgeGraph.Core.Writes;

namespace KnowledgeGraph.Api.GraphQL.Curation;

public sealed class ImportPayloadGraphType : ObjectGraphType<WriteResult>
{
    public ImportPayloadGraphType()
    {
        Name = "ImportPayload";
        Description = "How many nodes and relationships changed (equal ones are skipped), and the graph version after.";
        Field<NonNullGraphType<IntGraphType>>("nodesWritten").Description("Nodes created or changed.").Resolve(c => c.Source.NodesWritten);
        Field<NonNullGraphType<IntGraphType>>("relationshipsWritten").Description("Relationships created or changed.").Resolve(c => c.Source.EdgesWritten);
        Field<NonNullGraphType<IntGraphType>>("graphVersion").Description("The graph version after the import.").Resolve(c => (int)c.Source.GraphVersion);
    }
}
