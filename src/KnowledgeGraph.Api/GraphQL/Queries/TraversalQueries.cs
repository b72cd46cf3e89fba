using GraphQL;
using GraphQL.Types;
using KnowledgeGraph.Api.GraphQL.Types;
using KnowledgeGraph.Core.Stores;
using KnowledgeGraph.Core.Traversals;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Api.GraphQL.Queries;

/// <summary>Why two things connect (<c>paths</c>) and what surrounds a node (<c>neighborhood</c>).</summary>
public static class TraversalQueries
{
    public static void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PathGraphType>>>>("paths")
            .Description("The shortest simple paths between two nodes, shortest first, following relationships in either direction; each hop with its relationship, properties and sources.")
            .Argument<NonNullGraphType<IdGraphType>>("from", "Where paths start.")
            .Argument<NonNullGraphType<IdGraphType>>("to", "Where paths end.")
            .Argument<IntGraphType>("maxHops", $"Longest path considered (default 4, at most {PathQuery.MaxHopsLimit}).")
            .Argument<ListGraphType<NonNullGraphType<RelationshipTypeGraphType>>>("relationshipTypes", "Only follow these relationship types (default: all).")
            .Argument<IntGraphType>("first", $"How many paths (default 5, at most {PathQuery.MaxFirst}).")
            .ResolveAsync(async c =>
            {
                var maxHops = c.GetArgument("maxHops", 4);
                var first = c.GetArgument("first", 5);
                if (maxHops is < 1 or > PathQuery.MaxHopsLimit)
                {
                    throw new GraphError(ErrorCodes.BadUserInput, $"'maxHops' must be between 1 and {PathQuery.MaxHopsLimit}; it was {maxHops}.");
                }
                if (first is < 0 or > PathQuery.MaxFirst)
                {
                    throw new GraphError(ErrorCodes.BadUserInput, $"'first' must be between 0 and {PathQuery.MaxFirst}; it was {first}.");
                }
                var from = c.GetArgument<string>("from");
                var to = c.GetArgument<string>("to");
                var store = c.RequestServices!.GetRequiredService<IGraphStore>();
                await RequireExistingAsync(store, [from, to], c.CancellationToken);
                var types = c.GetArgument<List<object>?>("relationshipTypes")?.Cast<string>().ToList() ?? [];
                return await c.RequestServices!.GetRequiredService<IGraphAnalyses>().PathsAsync(new PathQuery(from, to, maxHops, types, first), c.CancellationToken);
            });

        query.Field<NonNullGraphType<SubgraphGraphType>>("neighborhood")
            .Description("The nodes within a few hops of a node and every relationship among them, ready to draw.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The node at the centre.")
            .Argument<IntGraphType>("depth", $"How many hops out (default 1, at most {NeighborhoodQuery.MaxDepth}).")
            .Argument<ListGraphType<NonNullGraphType<NodeLabelGraphType>>>("labels", "Only reach nodes of these labels (the centre is always included).")
            .Argument<IntGraphType>("limit", $"Most nodes returned, nearest first (default 200, at most {NeighborhoodQuery.MaxLimit}).")
            .ResolveAsync(async c =>
            {
                var depth = c.GetArgument("depth", 1);
                var limit = c.GetArgument("limit", 200);
                if (depth is < 1 or > NeighborhoodQuery.MaxDepth)
                {
                    throw new GraphError(ErrorCodes.BadUserInput, $"'depth' must be between 1 and {NeighborhoodQuery.MaxDepth}; it was {depth}.");
                }
                if (limit is < 1 or > NeighborhoodQuery.MaxLimit)
                {
                    throw new GraphError(ErrorCodes.BadUserInput, $"'limit' must be between 1 and {NeighborhoodQuery.MaxLimit}; it was {limit}.");
                }
                var id = c.GetArgument<string>("id");
                var store = c.RequestServices!.GetRequiredService<IGraphStore>();
                await RequireExistingAsync(store, [id], c.CancellationToken);
                var labels = c.GetArgument<List<object>?>("labels")?.Cast<string>().ToList() ?? [];
                return await c.RequestServices!.GetRequiredService<IGraphAnalyses>().NeighborhoodAsync(new NeighborhoodQuery(id, depth, labels, limit), c.CancellationToken);
            });
    }

    private static async Task RequireExistingAsync(IGraphStore store, IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        var found = (await store.GetNodesAsync(ids, cancellationToken)).Select(n => n.Id).ToHashSet();
        if (ids.FirstOrDefault(id => !found.Contains(id)) is { } missing)
        {
            throw new GraphError(ErrorCodes.NotFound, $"There is no node '{missing}'.");
        }
    }
}
