using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;
using GraphQL.Validation.Complexity;
using KnowledgeGraph.Api.GraphQL.Analyses;
using KnowledgeGraph.Api.GraphQL.Limits;
using KnowledgeGraph.Api.GraphQL.Nodes;
using KnowledgeGraph.Api.GraphQL.Nodes.Loaders;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Stores;
using KnowledgeGraph.Core.Traversals;

namespace KnowledgeGraph.Api.GraphQL.Traversals;

/// <summary><c>paths</c>: why two things connect.</summary>
[QueryFields]
public static class PathsField
{
    public static void AddTo(ObjectGraphType query)
    {
        Arguments(query.Field<ListGraphType<NonNullGraphType<PathGraphType>>>("paths")
            .Description("The shortest simple paths between two nodes, shortest first, following relationships in either direction; each hop with its relationship, its meaning, properties and sources. Catch-all nodes (hubs: at least six times the graph's mean number of relationships, and at least 20) are not passed through unless throughHubs is true; paths of one length come through the least connected nodes first."))
            .ResolveAsync(async (c, store, analyses) => await FindAsync(c, store, analyses, Args.InRange(c, "first", 5, 1, PathQuery.MaxFirst)));

        var connection = AnalysisConnection.Type<GraphPath>("Paths", GraphTypeFactory.Named("Path"),
            "paths' answer, a page at a time (Relay cursor connection).",
            $"How many paths there are, counting at most the {PathQuery.MaxFirst} shortest (the ones this connection pages over).");
        Arguments(query.Field("pathsConnection", connection)
            .Description($"The same paths as paths, paged: first (default 5, at most {PathQuery.MaxFirst}) paths after the cursor 'after', with pageInfo and totalCount. Pages over the {PathQuery.MaxFirst} shortest paths.")
            .Argument<StringGraphType>("after", "Returns the paths ranked below this cursor."))
            .ResolveAsync(async (c, store, analyses) => AnalysisConnection.Page(c, await FindAsync(c, store, analyses, PathQuery.MaxFirst), 5, PathQuery.MaxFirst));
    }

    private static ResolverBuilder<object?, TReturn, IGraphStore, IGraphAnalyses> Arguments<TReturn>(global::GraphQL.Builders.FieldBuilder<object?, TReturn> field) => field
        .Argument<NonNullGraphType<IdGraphType>>("from", "Where paths start.")
        .Argument<NonNullGraphType<IdGraphType>>("to", "Where paths end.")
        .Argument<IntGraphType>("maxHops", $"Longest path considered (default 4, at most {PathQuery.MaxHopsLimit}).")
        .Argument<ListGraphType<NonNullGraphType<RelationshipTypeGraphType>>>("relationshipTypes", "Only follow these relationship types (default: all).")
        .Argument<IntGraphType>("first", $"How many paths (default 5, at most {PathQuery.MaxFirst}).")
        .Argument<BooleanGraphType>("throughHubs", "Also pass through catch-all nodes such as a 'cross-industry' bucket or a whole country (default false). The ends may always be hubs.")
        // Through hubs the frontiers take in every hub's neighbours: twice the work of a search that avoids them.
        // The search ranks up to MaxFirst paths of each length whatever 'first' asks, so its work follows the hops.
        .Analysis(c => new(10 * AnalysisCost.Int(c, "maxHops", 4) * PathQuery.MaxFirst * (ThroughHubs(c) ? 2 : 1), AnalysisCost.Int(c, "first", 5)))
        .Resolve()
        .WithServices<IGraphStore, IGraphAnalyses>();

    /// <summary>The shortest paths, at most <paramref name="first"/>: a shorter answer is the start of a longer one.</summary>
    private static async Task<IReadOnlyList<GraphPath>> FindAsync(IResolveFieldContext c, IGraphStore store, IGraphAnalyses analyses, int first)
    {
        var maxHops = Args.InRange(c, "maxHops", 4, 1, PathQuery.MaxHopsLimit);
        var from = c.GetArgument<string>("from");
        var to = c.GetArgument<string>("to");
        await Args.RequireNodesAsync(store, [from, to], null, c.CancellationToken);
        var types = c.GetArgument<List<object>?>("relationshipTypes")?.Cast<string>().ToList() ?? [];
        var throughHubs = c.GetArgument<bool?>("throughHubs") ?? false;
        return await analyses.PathsAsync(new PathQuery(from, to, maxHops, types, first, throughHubs), c.CancellationToken);
    }

    private static bool ThroughHubs(FieldImpactContext context) =>
        context.Arguments?.TryGetValue("throughHubs", out var argument) == true && argument.Value is true;
}

public sealed class PathGraphType : ObjectGraphType<GraphPath>
{
    public PathGraphType()
    {
        Name = "Path";
        Description = "A simple path between two nodes.";
        Field<NonNullGraphType<IntGraphType>>("length").Description("Number of hops.").Resolve(c => c.Source.Edges.Count);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NodeInterface>>>>("nodes").Description("The nodes along the path, from start to end.").Resolve(c => c.Source.Nodes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PathHopGraphType>>>>("hops").Description("The steps, one per relationship.")
            .Resolve(c => c.Source.Edges.Select((e, i) => new HopModel(e, c.Source.Nodes[i], c.Source.Nodes[i + 1])));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NodeInterface>>>>("hubs")
            .Description("The catch-all nodes this path passes through, in path order: empty unless throughHubs was asked for.")
            .Resolve(c => c.Source.Nodes.Where(n => c.Source.HubIds.Contains(n.Id)).ToList());
    }
}

public sealed class PathHopGraphType : ObjectGraphType<HopModel>
{
    public PathHopGraphType()
    {
        Name = "PathHop";
        Description = "One step of a path: the relationship taken (in either direction), its properties and the sources its two ends cite.";
        Field<NonNullGraphType<RelationshipTypeGraphType>>("relationship").Description("The relationship's type, such as APPLIES.").Resolve(c => c.Source.Edge.Type);
        Field<NonNullGraphType<StringGraphType>>("meaning")
            .Description("The hop as a sentence in the relationship's direction: 'Fair Food Program (intervention) applies Worker-driven social responsibility (tactic)'.")
            .Resolve(c => HopMeaning.Of(c.Source.Edge, c.Source.From, c.Source.To));
        Field<NonNullGraphType<BooleanGraphType>>("forward").Description("True when the relationship points from this hop's 'from' to its 'to'.")
            .Resolve(c => c.Source.Edge.SourceId == c.Source.From.Id);
        Field<NonNullGraphType<NodeInterface>>("from").Description("The node this step starts from.").Resolve(c => c.Source.From);
        Field<NonNullGraphType<NodeInterface>>("to").Description("The node this step reaches.").Resolve(c => c.Source.To);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PropertyGraphType>>>>("properties").Description("The relationship's properties.").Resolve(c => c.Source.Edge.Props.ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SourceGraphType>>>>("sources").Description("Sources cited by either end of the hop.")
            .Resolve(c =>
            {
                var loaders = c.Loaders();
                var ends = new[] { c.Source.From.Id, c.Source.To.Id }
                    .Select(id => loaders.Neighbors(new NeighborKey(id, RelationshipTypes.Cites, Direction.Out))).ToList();
                return ends.WhenAll().Then(lists => lists.SelectMany(l => l).Select(n => n.Node).DistinctBy(n => n.Id).ToList());
            });
    }
}

public sealed record HopModel(Edge Edge, Node From, Node To);
