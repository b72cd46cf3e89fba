using GraphQL;
using GraphQL.Types;

using KnowledgeGraph.Api.GraphQL.Types;
using KnowledgeGraph.Core.Analysis;
using KnowledgeGraph.Core.Stores;
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
                var maxHops = Args.InRange(c, "maxHops", 4, 1, PathQuery.MaxHopsLimit);
                var first = Args.InRange(c, "first", 5, 1, PathQuery.MaxFirst);
                var from = c.GetArgument<string>("from");
                var to = c.GetArgument<string>("to");
                var store = c.RequestServices!.GetRequiredService<IGraphStore>();
                await Args.RequireNodesAsync(store, [from, to], null, c.CancellationToken);
                var types = c.GetArgument<List<object>?>("relationshipTypes")?.Cast<string>().ToList() ?? [];
                return await store.PathsAsync(new PathQuery(from, to, maxHops, types, first), c.CancellationToken);
            });

        query.Field<NonNullGraphType<SubgraphGraphType>>("neighborhood")
            .Description("The nodes within a few hops of a node and every relationship among them, ready to draw.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The node at the centre.")
            .Argument<IntGraphType>("depth", $"How many hops out (default 1, at most {NeighborhoodQuery.MaxDepth}).")
            .Argument<ListGraphType<NonNullGraphType<NodeLabelGraphType>>>("labels", "Only reach nodes of these labels (the centre is always included).")
            .Argument<IntGraphType>("limit", $"Most nodes returned, nearest first (default 200, at most {NeighborhoodQuery.MaxLimit}).")
            .ResolveAsync(async c =>
            {
                var depth = Args.InRange(c, "depth", 1, 1, NeighborhoodQuery.MaxDepth);
                var limit = Args.InRange(c, "limit", 200, 1, NeighborhoodQuery.MaxLimit);
                var id = c.GetArgument<string>("id");
                var store = c.RequestServices!.GetRequiredService<IGraphStore>();
                await Args.RequireNodesAsync(store, [id], null, c.CancellationToken);
                var labels = c.GetArgument<List<object>?>("labels")?.Cast<string>().ToList() ?? [];
                return await store.NeighborhoodAsync(new NeighborhoodQuery(id, depth, labels, limit), c.CancellationToken);
            });
    }
}
