using GraphQL.Types;
using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Api.GraphQL.Nodes;

public sealed class NodeInterface : InterfaceGraphType<Node>
{
    public NodeInterface()
    {
        Name = "Node";
        Description = "Anything with a global id (Relay). Ids are readable slugs prefixed by label, such as 'org:unite_here'.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The node's global id.");
    }
}
