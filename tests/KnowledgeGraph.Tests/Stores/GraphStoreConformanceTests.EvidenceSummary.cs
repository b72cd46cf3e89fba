using System.Text.Json.Nodes;
using KnowledgeGraph.Core.Analyses.EvidenceGapMap;
using KnowledgeGraph.Core.Analyses.WhatWorked;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Stores;
using KnowledgeGraph.Core.Stores.Sql;
using KnowledgeGraph.Core.Writes;
using static KnowledgeGraph.Tests.Support.TestGraph;

namespace KnowledgeGraph.Tests.Stores;

// The evidence map without a quality filter is read from sums every write keeps: after each kind of write that can
// change a cell (a finding's properties, an outcome's category, a relationship of an intervention or a finding gone or
// added, a node deleted with its relationships, an import-sized write), the map equals the one worked out finding by
// finding from the graph as it now is.
public abstract partial class GraphStoreConformanceTests
{
    /// <summary>The findings and targets of the map, worked out from the graph's nodes and relationships as they are.</summary>
    private static (List<MapFinding> Findings, Dictionary<string, List<string>> Targets) WorkedOut(
        IReadOnlyDictionary<string, NodeInput> nodes, IReadOnlyDictionary<string, EdgeInput> edges)
    {
        var categories = edges.Values.Where(e => e.Type == RelationshipTypes.OnOutcome)
            .GroupBy(e => e.SourceId)
            .ToDictionary(g => g.Key, g => g.Select(e => (string?)nodes[e.TargetId].Props["category"]).OfType<string>().Distinct().ToList());
        var findings = edges.Values.Where(e => e.Type == RelationshipTypes.HasFinding)
            .Select(e => (Intervention: e.SourceId, Finding: nodes[e.TargetId]))
            .Select(p => new MapFinding(p.Finding.Id, p.Intervention, (string)p.Finding.Props["kind"]!, (string?)p.Finding.Props["effect"],
                (string)p.Finding.Props["evidenceStrength"]!, (string)p.Finding.Props["evidenceKind"]!, categories.GetValueOrDefault(p.Finding.Id, [])))
            .ToList();
        var targets = edges.Values.Where(e => e.Type is RelationshipTypes.Applies or RelationshipTypes.InIndustry or RelationshipTypes.InJurisdiction)
            .GroupBy(e => e.SourceId)
            .ToDictionary(g => g.Key, g => g.Select(e => e.TargetId).ToList());
        return (findings, targets);
    }

    [Fact]
    public async Task The_evidence_map_follows_every_write_that_changes_what_it_counts()
    {
        var (graph, _, _) = EvidenceGraph();
        var nodes = graph.Nodes.ToDictionary(n => n.Id);
        var edges = graph.Edges.ToDictionary(e => e.Id);
        await Store.UpsertAsync(graph, "test");
        var checks = 0;

        async Task AssertMapsAsync(string after)
        {
            var (findings, targets) = WorkedOut(nodes, edges);
            foreach (var pair in AxisPairs())
            {
                var (rows, columns) = ((MapAxis)pair[0], (MapAxis)pair[1]);
                var map = await Analyses.EvidenceMapAsync(new EvidenceMapQuery(rows, columns, new EvidenceFilter()));
                try
                {
                    AssertMapWorkedOut(map, rows, columns, findings, targets);
                }
                catch (Exception e)
                {
                    throw new Xunit.Sdk.XunitException($"after {after}, {rows} x {columns}: {e.Message}");
                }
            }
            // An industry filter is read from the same sums: only the interventions in those industries count.
            string[] some = ["industry:i0", "industry:i1"];
            var inSome = targets.Where(t => t.Value.Intersect(some).Any()).Select(t => t.Key).ToHashSet();
            var filtered = await Analyses.EvidenceMapAsync(new EvidenceMapQuery(MapAxis.Tactic, MapAxis.Industry, new EvidenceFilter { IndustryIds = some }));
            AssertMapWorkedOut(filtered, MapAxis.Tactic, MapAxis.Industry, findings.Where(f => inSome.Contains(f.Intervention)).ToList(), targets);
            checks++;
        }

        Task WriteAsync(IEnumerable<NodeInput> upsertNodes, IEnumerable<EdgeInput> upsertEdges, IEnumerable<string>? deleteNodes = null, IEnumerable<string>? deleteEdges = null)
        {
            var change = new GraphChange
            {
                UpsertNodes = upsertNodes.ToList(),
                UpsertEdges = upsertEdges.ToList(),
                DeleteNodes = deleteNodes?.ToList() ?? [],
                DeleteEdges = deleteEdges?.ToList() ?? [],
                Cascade = true,
            };
            foreach (var node in change.UpsertNodes)
            {
                nodes[node.Id] = node;
            }
            foreach (var edge in change.UpsertEdges)
            {
                edges[edge.Id] = edge;
            }
            foreach (var id in change.DeleteNodes)
            {
                nodes.Remove(id);
                foreach (var gone in edges.Values.Where(e => e.SourceId == id || e.TargetId == id).ToList())
                {
                    edges.Remove(gone.Id);
                }
            }
            foreach (var id in change.DeleteEdges)
            {
                edges.Remove(id);
            }
            return Store.ApplyAsync(change, "test");
        }

        await AssertMapsAsync("the first write");

        var effects = nodes.Values.Where(n => n.Label == GraphSchema.Finding && (string?)n.Props["kind"] == FindingKinds.Effect && edges.Values.Any(e => e.Type == RelationshipTypes.OnOutcome && e.SourceId == n.Id))
            .OrderBy(n => n.Id, StringComparer.Ordinal).ToList();
        var changed = effects[0].Props.DeepClone().AsObject();
        changed["effect"] = (string?)changed["effect"] == Effects.Negative ? Effects.Positive : Effects.Negative;
        changed["evidenceStrength"] = EvidenceStrengths.Anecdotal;
        await WriteAsync([effects[0] with { Props = changed }], []);
        await AssertMapsAsync("a finding's effect and strength changed");

        var outcome = nodes[edges.Values.First(e => e.Type == RelationshipTypes.OnOutcome && e.SourceId == effects[1].Id).TargetId];
        var recategorised = outcome.Props.DeepClone().AsObject();
        recategorised["category"] = GraphSchema.Enums["OutcomeCategory"][^1];
        await WriteAsync([outcome with { Props = recategorised }], []);
        await AssertMapsAsync("an outcome moved to another category");

        var onOutcome = edges.Values.First(e => e.Type == RelationshipTypes.OnOutcome && e.SourceId == effects[2].Id);
        await WriteAsync([], [], deleteEdges: [onOutcome.Id]);
        await AssertMapsAsync("a finding taken off an outcome");

        await WriteAsync([], [], deleteNodes: [effects[3].Id]);
        await AssertMapsAsync("a finding deleted with its relationships");

        var busy = edges.Values.Where(e => e.Type == RelationshipTypes.HasFinding).GroupBy(e => e.SourceId).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).ToList();
        var tactic = Enumerable.Range(0, 4).Select(i => $"tactic:t{i}").First(t => !edges.ContainsKey(Edge(RelationshipTypes.Applies, busy[0], t).Id));
        var industryEdge = edges.Values.FirstOrDefault(e => e.Type == RelationshipTypes.InIndustry && e.SourceId == busy[1])
            ?? throw new InvalidOperationException($"{busy[1]} has no industry");
        await WriteAsync([], [Edge(RelationshipTypes.Applies, busy[0], tactic)], deleteEdges: [industryEdge.Id]);
        await AssertMapsAsync("a tactic added to one intervention and an industry taken from another");

        await WriteAsync([], [], deleteNodes: [busy[2], outcome.Id]);
        await AssertMapsAsync("an intervention and an outcome deleted with their relationships");

        await WriteAsync(
            [
                Node("intervention:new", GraphSchema.Intervention, new() { ["name"] = "New intervention" }),
                Node("finding:new", GraphSchema.Finding, Finding("A new finding", FindingKinds.Effect, Effects.Positive, EvidenceStrengths.Moderate, EvidenceKinds.All.First(k => EvidenceKinds.DesignRank(k) > 0), 2024)),
            ],
            [
                Edge(RelationshipTypes.HasFinding, "intervention:new", "finding:new"), Edge(RelationshipTypes.Cites, "finding:new", "source:s1"),
                Edge(RelationshipTypes.OnOutcome, "finding:new", "outcome:o1"), Edge(RelationshipTypes.Applies, "intervention:new", "tactic:t0"),
                Edge(RelationshipTypes.InIndustry, "intervention:new", "industry:i0"), Edge(RelationshipTypes.InJurisdiction, "intervention:new", "jurisdiction:j1"),
            ]);
        await AssertMapsAsync("a new intervention with a finding");

        // More nodes than the store works out one by one: the whole summary is built again, with this write's change.
        var sources = Enumerable.Range(0, SqlGraphStore.RowsPerStatement + 1)
            .Select(i => Node($"source:bulk{i:D5}", GraphSchema.Source, new() { ["title"] = $"Report {i}", ["url"] = $"https://example.org/{i}", ["kind"] = "REPORT" }));
        await WriteAsync(sources, [], deleteNodes: [effects[4].Id]);
        await AssertMapsAsync("an import-sized write that also deleted a finding");

        Assert.Equal(9, checks);
    }
}
