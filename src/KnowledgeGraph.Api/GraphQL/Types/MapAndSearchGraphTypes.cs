using System.Text.Json.Nodes;
using GraphQL.Types;
using KnowledgeGraph.Api.GraphQL.Loaders;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Analyses.EvidenceGapMap;
using KnowledgeGraph.Core.Analyses.Search;
using KnowledgeGraph.Core.Analyses.Stats;
using KnowledgeGraph.Core.Analyses.Transfer;
using KnowledgeGraph.Core.Analyses.WhatWorked;
using KnowledgeGraph.Core.Traversals;

namespace KnowledgeGraph.Api.GraphQL.Types;

public sealed class EvidenceMapHeaderGraphType : ObjectGraphType<MapHeader>
{
    public EvidenceMapHeaderGraphType()
    {
        Name = "EvidenceMapHeader";
        Description = "A row or column of an evidence gap map.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("A node id, or an outcome category.").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Name);
    }
}

public sealed class EvidenceMapCellGraphType : ObjectGraphType<EvidenceCell>
{
    public EvidenceMapCellGraphType()
    {
        Name = "EvidenceMapCell";
        Description = "The findings at one row × column; a cell without findings is a gap.";
        Field<NonNullGraphType<IdGraphType>>("row").Resolve(c => c.Source.RowId);
        Field<NonNullGraphType<IdGraphType>>("column").Resolve(c => c.Source.ColumnId);
        Field<NonNullGraphType<EffectCountsGraphType>>("effects").Resolve(c => new EffectCounts(c.Source.Positive, c.Source.Negative, c.Source.Mixed, c.Source.NoEffect));
        this.EnumField("bestEvidence", "EvidenceStrength", "The strongest evidence in the cell; null for a gap.", s => s.BestStrength);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("findingIds").Resolve(c => c.Source.FindingIds);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FindingGraphType>>>>("findings").Resolve(c => c.Loaders().Nodes(c.Source.FindingIds));
        Field<NonNullGraphType<BooleanGraphType>>("isGap").Description("No finding at all: evidence is missing here.").Resolve(c => c.Source.Total == 0);
    }
}

public sealed class EvidenceMapGraphType : ObjectGraphType<EvidenceMap>
{
    public EvidenceMapGraphType()
    {
        Name = "EvidenceMap";
        Description = "An evidence gap map: every row × column cell, gaps included.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EvidenceMapHeaderGraphType>>>>("rows").Resolve(c => c.Source.Rows);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EvidenceMapHeaderGraphType>>>>("columns").Resolve(c => c.Source.Columns);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EvidenceMapCellGraphType>>>>("cells").Description("Row by row, in header order.").Resolve(c => c.Source.Cells);
        Field<NonNullGraphType<IntGraphType>>("gapCount").Description("Cells without any finding.").Resolve(c => c.Source.Cells.Count(cell => cell.Total == 0));
    }
}

public sealed class TransferCandidateGraphType : ObjectGraphType<TransferCandidate>
{
    public TransferCandidateGraphType()
    {
        Name = "TransferCandidate";
        Description = "An intervention that worked in an industry with similar risk factors and brings strategies not yet applied here.";
        Field<NonNullGraphType<InterventionGraphType>>("intervention").Resolve(c => c.Loaders().Node(c.Source.InterventionId));
        Field<NonNullGraphType<FloatGraphType>>("score").Description("similarity × evidence.").Resolve(c => c.Source.Score);
        Field<NonNullGraphType<FloatGraphType>>("similarity").Description("Jaccard similarity of the two industries' risk factors.").Resolve(c => c.Source.Similarity);
        Field<NonNullGraphType<FloatGraphType>>("evidence").Description("Σ strength × kind × recency of its positive findings.").Resolve(c => c.Source.Evidence);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("sharedRiskFactors").Description("The reason: risk factors both industries have.").Resolve(c => c.Source.SharedRiskFactors);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IndustryGraphType>>>>("fromIndustries").Resolve(c => c.Loaders().Nodes(c.Source.FromIndustryIds));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NodeInterface>>>>("newStrategies").Description("Its tactics and levers this industry has not applied.")
            .Resolve(c => c.Loaders().Nodes(c.Source.NewStrategyIds));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FindingGraphType>>>>("findings").Description("Its positive findings.").Resolve(c => c.Loaders().Nodes(c.Source.PositiveFindingIds));
        Field<NonNullGraphType<StringGraphType>>("reason").Resolve(c =>
            $"Shares {string.Join(", ", c.Source.SharedRiskFactors)} with this industry; {c.Source.PositiveFindingIds.Count} positive finding(s); brings {c.Source.NewStrategyIds.Count} strategy(ies) not applied here.");
    }
}

public sealed class SearchHitGraphType : ObjectGraphType<SearchHit>
{
    public SearchHitGraphType()
    {
        Name = "SearchHit";
        Description = "A node matching a full-text search, with the matched passage.";
        Field<NonNullGraphType<NodeInterface>>("node").Resolve(c => c.Source.Node);
        Field<NonNullGraphType<FloatGraphType>>("score").Description("Relevance (BM25); higher is better.").Resolve(c => c.Source.Rank);
        Field<NonNullGraphType<StringGraphType>>("snippet").Description("The matched text, with matches between « and ».").Resolve(c => c.Source.Snippet);
    }
}

public sealed record Count(string Key, long Value);

public sealed class CountGraphType : ObjectGraphType<Count>
{
    public CountGraphType()
    {
        Name = "Count";
        Description = "A count under a key (a label, an enum value, a year or a node id).";
        Field<NonNullGraphType<StringGraphType>>("key").Resolve(c => c.Source.Key);
        Field<NonNullGraphType<IntGraphType>>("count").Resolve(c => (int)c.Source.Value);
    }
}

public sealed class StatsGraphType : ObjectGraphType<GraphStats>
{
    public StatsGraphType()
    {
        Name = "Stats";
        Description = "The counts a dashboard needs, in one call.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CountGraphType>>>>("nodesByLabel").Resolve(c => Counts(c.Source.NodesByLabel));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CountGraphType>>>>("findingsByEffect").Resolve(c => Counts(c.Source.FindingsByEffect));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CountGraphType>>>>("findingsByEvidenceStrength").Resolve(c => Counts(c.Source.FindingsByStrength));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CountGraphType>>>>("interventionsByYear").Description("By start year.")
            .Resolve(c => c.Source.InterventionsByYear.OrderBy(p => p.Key).Select(p => new Count(p.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), p.Value)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CountGraphType>>>>("interventionsByIndustry").Description("Keyed by industry id.").Resolve(c => Counts(c.Source.InterventionsByIndustry));
    }

    private static IEnumerable<Count> Counts(IReadOnlyDictionary<string, long> counts) =>
        counts.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new Count(p.Key, p.Value));
}

public sealed record PathModel(GraphPath Path);

public sealed record HopModel(Edge Edge, Node From, Node To);

public sealed class PropertyGraphType : ObjectGraphType<KeyValuePair<string, JsonNode?>>
{
    public PropertyGraphType()
    {
        Name = "Property";
        Description = "One property of a relationship, its value written as JSON text.";
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Key);
        Field<NonNullGraphType<StringGraphType>>("value").Resolve(c => c.Source.Value is JsonValue v && v.TryGetValue<string>(out var s) ? s : c.Source.Value?.ToJsonString() ?? "null");
    }
}

public sealed class PathHopGraphType : ObjectGraphType<HopModel>
{
    public PathHopGraphType()
    {
        Name = "PathHop";
        Description = "One step of a path: the relationship taken (in either direction), its properties and the sources its two ends cite.";
        Field<NonNullGraphType<StringGraphType>>("relationship").Resolve(c => c.Source.Edge.Type);
        Field<NonNullGraphType<BooleanGraphType>>("forward").Description("True when the relationship points from this hop's 'from' to its 'to'.")
            .Resolve(c => c.Source.Edge.SourceId == c.Source.From.Id);
        Field<NonNullGraphType<NodeInterface>>("from").Resolve(c => c.Source.From);
        Field<NonNullGraphType<NodeInterface>>("to").Resolve(c => c.Source.To);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PropertyGraphType>>>>("properties").Resolve(c => c.Source.Edge.Props.ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SourceGraphType>>>>("sources").Description("Sources cited by either end of the hop.")
            .Resolve(c =>
            {
                var loaders = c.Loaders();
                var ends = new[] { c.Source.From.Id, c.Source.To.Id }
                    .Select(id => loaders.Neighbors(new Core.Stores.NeighborKey(id, "CITES", Direction.Out))).ToList();
                return ends.WhenAll().Then(lists => lists.SelectMany(l => l).Select(n => n.Node).DistinctBy(n => n.Id).ToList());
            });
    }
}

public sealed class PathGraphType : ObjectGraphType<GraphPath>
{
    public PathGraphType()
    {
        Name = "Path";
        Description = "A simple path between two nodes.";
        Field<NonNullGraphType<IntGraphType>>("length").Description("Number of hops.").Resolve(c => c.Source.Edges.Count);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NodeInterface>>>>("nodes").Resolve(c => c.Source.Nodes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PathHopGraphType>>>>("hops")
            .Resolve(c => c.Source.Edges.Select((e, i) => new HopModel(e, c.Source.Nodes[i], c.Source.Nodes[i + 1])));
    }
}

public sealed class SubgraphEdgeGraphType : ObjectGraphType<Edge>
{
    public SubgraphEdgeGraphType()
    {
        Name = "SubgraphEdge";
        Description = "A relationship of a subgraph, by the ids of its ends.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("type").Resolve(c => c.Source.Type);
        Field<NonNullGraphType<IdGraphType>>("from").Resolve(c => c.Source.SourceId);
        Field<NonNullGraphType<IdGraphType>>("to").Resolve(c => c.Source.TargetId);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PropertyGraphType>>>>("properties").Resolve(c => c.Source.Props.ToList());
    }
}

public sealed class SubgraphGraphType : ObjectGraphType<Subgraph>
{
    public SubgraphGraphType()
    {
        Name = "Subgraph";
        Description = "Nodes and the relationships among them, ready to draw.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NodeInterface>>>>("nodes").Resolve(c => c.Source.Nodes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SubgraphEdgeGraphType>>>>("edges").Resolve(c => c.Source.Edges);
        Field<NonNullGraphType<BooleanGraphType>>("truncated").Description("The limit cut off farther nodes.").Resolve(c => c.Source.Truncated);
    }
}
