using GraphQL.Types;

namespace KnowledgeGraph.Api.GraphQL.Audit;

public sealed class AuditOperationGraphType : EnumerationGraphType
{
    public AuditOperationGraphType()
    {
        Name = "AuditOperation";
        Description = "What a change did to the graph.";
        Add("CREATE_NODE", "CREATE_NODE", "A node was created.");
        Add("UPDATE_NODE", "UPDATE_NODE", "A node's properties changed.");
        Add("DELETE_NODE", "DELETE_NODE", "A node was deleted.");
        Add("CREATE_EDGE", "CREATE_EDGE", "A relationship was created.");
        Add("UPDATE_EDGE", "UPDATE_EDGE", "A relationship's properties changed.");
        Add("DELETE_EDGE", "DELETE_EDGE", "A relationship was deleted.");
    }
}
