using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;
using KnowledgeGraph.Api.GraphQL.Limits;
using KnowledgeGraph.Api.GraphQL.Nodes;
using KnowledgeGraph.Core.Stores;
using KnowledgeGraph.Core.Traversals;

namespace KnowledgeGraph.Api.GraphQL.Traversals;

/// <summary><c>neighborhood</c>: what surrounds a node, ready to draw.</summary>
[QueryFields]
public static class NeighborhoodField
{
    public static void AddTo(ObjectGraphType query)
    {
        query.Field<SubgraphGraphType>("neighborhood")
            .Description("The nodes within a few hops of a node and every relationship among them, ready to draw.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The node at the centre.")
            .Argument<IntGraphType>("depth", $"How many hops out (default 1, at most {NeighborhoodQuery.MaxDepth}).")
            .Argument<ListGraphType<NonNullGraphType<NodeLabelGraphType>>>("labels", "Only reach nodes of these labels (the centre is always included).")
            .Argument<IntGraphType>("limit", $"Most nodes returned, nearest first (default 200, at most {NeighborhoodQuery.MaxLimit}).")
            .Analysis(c => new(AnalysisCost.Int(c, "depth", 1) * AnalysisCost.Int(c, "limit", 200), Math.Max(1, AnalysisCost.Int(c, "limit", 200) / 20.0)))
            .Resolve()
            .WithServices<IGraphStore, IGraphAnalyses>()
            .ResolveAsync(async (c, store, analyses) =>
            {
                var depth = Args.InRange(c, "depth", 1, 1, NeighborhoodQuery.MaxDepth);
                var limit = Args.InRange(c, "limit", 200, 1, NeighborhoodQuery.MaxLimit);
                var id = c.GetArgument<string>("id");
                await Args.RequireNodesAsync(store, [id], null, c.CancellationToken);
                var labels = c.GetArgument<List<object>?>("labels")?.Cast<string>().ToList() ?? [];
                return await analyses.NeighborhoodAsync(new NeighborhoodQuery(id, depth, labels, limit), c.CancellationToken);
            });
    }
}

public sealed class SubgraphGraphType : ObjectGraphType<Subgraph>
{
    public SubgraphGraphType()
    {
        Name = "Subgraph";
        Description = "Nodes and the relationships among them, ready to draw.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NodeInterface>>>>("nodes").Description("The nodes, nearest first.").Resolve(c => c.Source.Nodes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SubgraphEdgeGraphType>>>>("edges").Description("Every relationship between two of the nodes.").Resolve(c => c.Source.Edges);
        Field<NonNullGraphType<BooleanGraphType>>("truncated").Description("The limit cut off farther nodes.").Resolve(c => c.Source.Truncated);
    }
}
