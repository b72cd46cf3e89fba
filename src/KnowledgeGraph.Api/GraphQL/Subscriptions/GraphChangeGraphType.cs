using GraphQL.Types;
using KnowledgeGraph.Api.Live;

namespace KnowledgeGraph.Api.GraphQL.Subscriptions;

public sealed class GraphChangeGraphType : ObjectGraphType<GraphChangeNotice>
{
    public GraphChangeGraphType()
    {
        Name = "GraphChange";
        Description = "A committed write: the graph version it made and what it wrote. Cached answers keyed by an older version are stale.";
        Field<NonNullGraphType<IntGraphType>>("graphVersion").Description("The graph version after the write (the same number as graphVersion and the mutation payloads).")
            .Resolve(c => checked((int)c.Source.GraphVersion));
        Field<NonNullGraphType<GraphWriteKindGraphType>>("kind").Description("Whether the write created or updated, removed, or both; UNKNOWN when only the new version is known.")
            .Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ChangedNodeGraphType>>>>("nodes")
            .Description("The nodes the write named, written or removed (a removal includes what its cascade removed); at most 100, see complete.")
            .Resolve(c => c.Source.Nodes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("relationshipTypes")
            .Description("The relationship types the write created, updated or removed, such as HAS_FINDING.")
            .Resolve(c => c.Source.RelationshipTypes);
        Field<NonNullGraphType<IntGraphType>>("nodesWritten").Description("Nodes created or updated (exact, whatever nodes lists).").Resolve(c => c.Source.NodesWritten);
        Field<NonNullGraphType<IntGraphType>>("relationshipsWritten").Description("Relationships created or updated.").Resolve(c => c.Source.RelationshipsWritten);
        Field<NonNullGraphType<IntGraphType>>("nodesRemoved").Description("Nodes removed, cascades included.").Resolve(c => c.Source.NodesRemoved);
        Field<NonNullGraphType<IntGraphType>>("relationshipsRemoved").Description("Relationships removed, cascades included.").Resolve(c => c.Source.RelationshipsRemoved);
        Field<NonNullGraphType<BooleanGraphType>>("complete")
            .Description("Whether nodes lists every node the write named; false for large imports and for UNKNOWN writes (re-read what you show).")
            .Resolve(c => c.Source.Complete);
    }
}

public sealed class ChangedNodeGraphType : ObjectGraphType<ChangedNode>
{
    public ChangedNodeGraphType()
    {
        Name = "ChangedNode";
        Description = "A node a write named.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The node's id.").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("label").Description("The node's label, such as Finding or Intervention.").Resolve(c => c.Source.Label);
        Field<NonNullGraphType<BooleanGraphType>>("removed").Description("True when the write removed the node; false when it created or updated it.").Resolve(c => c.Source.Removed);
    }
}

public sealed class GraphWriteKindGraphType : EnumerationGraphType<GraphWriteKind>
{
    public GraphWriteKindGraphType()
    {
        Name = "GraphWriteKind";
        Description = "What kind of write moved the graph version.";
        Values.FindByName("UPSERT")!.Description = "Nodes or relationships were created or updated.";
        Values.FindByName("DELETE")!.Description = "Nodes or relationships were removed.";
        Values.FindByName("MIXED")!.Description = "The write both wrote and removed.";
        Values.FindByName("UNKNOWN")!.Description = "A write this server was not told about in detail: only the new version is known.";
    }
}
