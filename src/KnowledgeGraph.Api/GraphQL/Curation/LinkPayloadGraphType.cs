using GraphQL.Types;
using KnowledgeGraph.Api.GraphQL.Nodes;
using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Api.GraphQL.Curation;

public sealed record LinkPayload(Edge? Relationship, long GraphVersion);

public sealed class LinkPayloadGraphType : ObjectGraphType<LinkPayload>
{
    public LinkPayloadGraphType()
    {
        Name = "LinkPayload";
        Description = "The relationship as written (null after unlink) and the graph version after the write.";
        Field<SubgraphEdgeGraphType>("relationship").Description("The relationship as written; null after unlink.").Resolve(c => c.Source.Relationship);
        Field<NonNullGraphType<IntGraphType>>("graphVersion").Description("The graph version after the write.").Resolve(c => (int)c.Source.GraphVersion);
    }
}
