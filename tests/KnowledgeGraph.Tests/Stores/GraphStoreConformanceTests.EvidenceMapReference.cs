using System.Text.Json.Nodes;
using KnowledgeGraph.Core.Analyses.EvidenceGapMap;
using KnowledgeGraph.Core.Analyses.WhatWorked;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Stores;
using KnowledgeGraph.Core.Writes;
using static KnowledgeGraph.Tests.Support.TestGraph;

namespace KnowledgeGraph.Tests.Stores;

// The evidence map of a generated graph, on every axis pair, equals the map worked out here finding by finding from
// the graph as written: the store's sums per intervention and their fan-out to rows and columns are an optimisation
// that must not change a cell.
public abstract partial class GraphStoreConformanceTests
{
    private sealed record MapFinding(string Id, string Intervention, string Kind, string? Effect, string Strength, string Design, IReadOnlyList<string> Categories);

    /// <summary>
    /// Industries, tactics, levers and jurisdictions; interventions with any number (none included) of each; findings of
    /// every kind an intervention can have, every effect, strength and design the rules allow, on outcomes of several
    /// categories or none.
    /// </summary>
    private static (GraphBatch Graph, List<MapFinding> Findings, Dictionary<string, List<string>> Targets) EvidenceGraph()
    {
        var random = new Random(20261205);
        var nodes = new List<NodeInput>();
        var edges = new List<EdgeInput>();
        var targets = new Dictionary<string, List<string>>();
        var industries = Enumerable.Range(0, 5).Select(i => $"industry:i{i}").ToList();
        var tactics = Enumerable.Range(0, 4).Select(i => $"tactic:t{i}").ToList();
        var levers = Enumerable.Range(0, 3).Select(i => $"lever:l{i}").ToList();
        var jurisdictions = Enumerable.Range(0, 2).Select(i => $"jurisdiction:j{i}").ToList();
        var categories = GraphSchema.Enums["OutcomeCategory"].Take(4).ToList();
        var outcomes = Enumerable.Range(0, 6).Select(i => (Id: $"outcome:o{i}", Category: categories[i % categories.Count])).ToList();
        nodes.AddRange(industries.Select(id => Node(id, GraphSchema.Industry, new() { ["name"] = "Industry " + id[^1] })));
        nodes.AddRange(tactics.Select(id => Node(id, GraphSchema.Tactic, new() { ["name"] = "Tactic " + id[^1], ["category"] = "MONITORING" })));
        nodes.AddRange(levers.Select(id => Node(id, GraphSchema.PolicyLever, new() { ["name"] = "Lever " + id[^1], ["kind"] = "ORDINANCE" })));
        nodes.AddRange(jurisdictions.Select(id => Node(id, GraphSchema.Jurisdiction, new() { ["name"] = "Place " + id[^1], ["level"] = "CITY" })));
        nodes.AddRange(outcomes.Select(o => Node(o.Id, GraphSchema.Outcome, new() { ["name"] = "Outcome " + o.Id[^1], ["category"] = o.Category })));
        nodes.Add(Node("source:s1", GraphSchema.Source, new() { ["title"] = "Report", ["url"] = "https://example.org/r", ["kind"] = "REPORT" }));

        void Link(string type, string source, IEnumerable<string> pool, int most)
        {
            foreach (var target in pool.OrderBy(_ => random.Next()).Take(random.Next(most + 1)))
            {
                edges.Add(Edge(type, source, target));
                targets.TryAdd(source, []);
                targets[source].Add(target);
            }
        }

        (string Kind, string? Effect, string Strength, string Design) Draw()
        {
            string[] kinds = [FindingKinds.Effect, FindingKinds.Effect, FindingKinds.Adoption, FindingKinds.Process];   // prevalence describes, never belongs to an intervention
            var kind = kinds[random.Next(kinds.Length)];
            var design = kind == FindingKinds.Adoption && random.Next(2) == 0
                ? EvidenceKinds.EnactmentOnly
                : EvidenceKinds.All.Where(d => d != EvidenceKinds.EnactmentOnly).ElementAt(random.Next(EvidenceKinds.All.Count - 1));
            string[] effects = EvidenceKinds.CanShowAbsence.Contains(design)
                ? [Effects.Positive, Effects.Negative, Effects.Mixed, Effects.NoEffect, Effects.Inconclusive]
                : [Effects.Positive, Effects.Negative, Effects.Mixed, Effects.Inconclusive];
            string[] strengths = EvidenceKinds.CanBeStrong.Contains(design)
                ? [EvidenceStrengths.Strong, EvidenceStrengths.Moderate, EvidenceStrengths.Limited, EvidenceStrengths.Anecdotal]
                : [EvidenceStrengths.Moderate, EvidenceStrengths.Limited, EvidenceStrengths.Anecdotal];
            return (kind, kind == FindingKinds.Effect ? effects[random.Next(effects.Length)] : null, strengths[random.Next(strengths.Length)], design);
        }

        var findings = new List<MapFinding>();
        for (var i = 0; i < 30; i++)
        {
            var intervention = $"intervention:v{i:D2}";
            nodes.Add(Node(intervention, GraphSchema.Intervention, new() { ["name"] = $"Intervention {i}" }));
            Link("APPLIES", intervention, tactics, 2);
            Link("APPLIES", intervention, levers, 1);
            Link("IN_INDUSTRY", intervention, industries, 2);
            Link("IN_JURISDICTION", intervention, jurisdictions, 1);
            for (var f = 0; f < random.Next(5); f++)
            {
                var id = $"finding:v{i:D2}_{f}";
                var (kind, effect, strength, design) = Draw();
                nodes.Add(Node(id, GraphSchema.Finding, Finding($"Finding {id}", kind, effect, strength, design, 2010 + random.Next(12))));
                edges.Add(Edge("HAS_FINDING", intervention, id));
                edges.Add(Edge("CITES", id, "source:s1"));
                var on = outcomes.OrderBy(_ => random.Next()).Take(random.Next(3)).ToList();
                edges.AddRange(on.Select(o => Edge("ON_OUTCOME", id, o.Id)));
                findings.Add(new MapFinding(id, intervention, kind, effect, strength, design, on.Select(o => o.Category).Distinct().ToList()));
            }
        }
        return (new GraphBatch(nodes, edges), findings, targets);
    }

    public static TheoryData<MapAxis, MapAxis> AxisPairs() => new()
    {
        { MapAxis.Tactic, MapAxis.Industry },
        { MapAxis.PolicyLever, MapAxis.OutcomeCategory },
        { MapAxis.Intervention, MapAxis.Jurisdiction },
        { MapAxis.Industry, MapAxis.Tactic },
        { MapAxis.Jurisdiction, MapAxis.OutcomeCategory },
    };

    [Theory]
    [MemberData(nameof(AxisPairs))]
    public async Task The_evidence_map_of_a_generated_graph_equals_the_map_worked_out_finding_by_finding(MapAxis rows, MapAxis columns)
    {
        var (graph, findings, targets) = EvidenceGraph();
        await Store.UpsertAsync(graph, "test");

        var map = await Analyses.EvidenceMapAsync(new EvidenceMapQuery(rows, columns, new EvidenceFilter()));

        AssertMapWorkedOut(map, rows, columns, findings, targets);
    }

    /// <summary>
    /// Checks every cell of <paramref name="map"/> against the map worked out finding by finding from
    /// <paramref name="findings"/> and each intervention's <paramref name="targets"/> (tactics, levers, industries and
    /// jurisdictions), and that every cell with findings is in it.
    /// </summary>
    private static void AssertMapWorkedOut(EvidenceMap map, MapAxis rows, MapAxis columns, IReadOnlyList<MapFinding> findings, IReadOnlyDictionary<string, List<string>> targets)
    {
        IEnumerable<string> On(MapAxis axis, MapFinding finding) => axis switch
        {
            MapAxis.Intervention => [finding.Intervention],
            MapAxis.OutcomeCategory => finding.Categories,
            _ => targets.GetValueOrDefault(finding.Intervention, []).Where(t => t.StartsWith(axis switch
            {
                MapAxis.Tactic => "tactic:",
                MapAxis.PolicyLever => "lever:",
                MapAxis.Industry => "industry:",
                _ => "jurisdiction:",
            }, StringComparison.Ordinal)),
        };
        var expected = findings
            .SelectMany(f => On(rows, f).SelectMany(row => On(columns, f).Select(column => (Key: (row, column), Finding: f))))
            .GroupBy(p => p.Key, p => p.Finding)
            .ToDictionary(g => g.Key, g => g.ToList());
        Assert.True(expected.Count >= 5, $"the generated graph fills only {expected.Count} cells");

        foreach (var cell in map.Cells)
        {
            var inCell = expected.GetValueOrDefault((cell.RowId, cell.ColumnId), []);
            var effects = inCell.Where(f => f.Kind == FindingKinds.Effect).ToList();
            int Count(string effect) => inCell.Count(f => f.Effect == effect);
            int Kind(string kind) => inCell.Count(f => f.Kind == kind);
            var where = $"cell {cell.RowId} x {cell.ColumnId}";
            Assert.True(
                (Count(Effects.Positive), Count(Effects.Negative), Count(Effects.Mixed), Count(Effects.NoEffect), Count(Effects.Inconclusive))
                == (cell.Positive, cell.Negative, cell.Mixed, cell.NoEffect, cell.Inconclusive), where + ": effect counts");
            Assert.True(new FindingKindCounts(Kind(FindingKinds.Effect), Kind(FindingKinds.Adoption), Kind(FindingKinds.Prevalence), Kind(FindingKinds.Process)) == cell.Kinds,
                where + ": kind counts");
            Assert.True(effects.MaxBy(f => Evidence.StrengthRank[f.Strength])?.Strength == cell.BestStrength, where + ": best strength");
            Assert.True(effects.MaxBy(f => EvidenceKinds.DesignRank(f.Design))?.Design is var design
                && (design is null || EvidenceKinds.DesignRank(design) == 0 ? null : design) == cell.BestDesign, where + ": best design");
            Assert.Equal(inCell.Select(f => f.Id).Order(StringComparer.Ordinal), cell.FindingIds);
        }
        Assert.All(expected.Keys, key => Assert.Contains(map.Cells, c => (c.RowId, c.ColumnId) == key));
    }
}
