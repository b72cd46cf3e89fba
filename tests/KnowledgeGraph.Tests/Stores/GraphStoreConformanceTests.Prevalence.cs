using System.Text.Json.Nodes;
using KnowledgeGraph.Core.Analyses.Stats;
using KnowledgeGraph.Core.Exchange.Import;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Stores;
using KnowledgeGraph.Core.Writes;
using static KnowledgeGraph.Tests.Support.TestGraph;

namespace KnowledgeGraph.Tests.Stores;

// The prevalence rules read the stored graph through each store's write reader, and through the dry run of an import.
public abstract partial class GraphStoreConformanceTests
{
    private static JsonObject PrevalenceFinding() =>
        new() { ["summary"] = "58% harassed by a guest", ["kind"] = "PREVALENCE", ["evidenceStrength"] = "LIMITED", ["evidenceKind"] = "CROSS_SECTIONAL_SURVEY" };

    private async Task PrevalenceGraphAsync()
    {
        await SeededAsync();
        await Store.UpsertAsync(new GraphBatch([Node("finding:hotel_prevalence", "Finding", PrevalenceFinding())],
            [Edge("DESCRIBES", "finding:hotel_prevalence", "industry:hotels"), Edge("CITES", "finding:hotel_prevalence", "source:report")]), "test");
    }

    [Fact]
    public async Task A_prevalence_finding_keeps_its_last_description_and_no_intervention_takes_it_in_the_store_and_the_dry_run()
    {
        await PrevalenceGraphAsync();
        var before = await Store.GetGraphVersionAsync();

        var unlink = new GraphChange { DeleteEdges = ["finding:hotel_prevalence|DESCRIBES|industry:hotels"] };
        var refused = await Assert.ThrowsAsync<GraphValidationException>(() => Store.ApplyAsync(unlink, "test"));
        Assert.Contains(refused.Violations, v => v is { ElementId: "finding:hotel_prevalence", Rule: GraphValidator.PrevalenceDescribesRule });
        var cascade = new GraphChange { DeleteNodes = ["industry:hotels"], Cascade = true };
        refused = await Assert.ThrowsAsync<GraphValidationException>(() => Store.ApplyAsync(cascade, "test"));
        Assert.Contains(refused.Violations, v => v is { ElementId: "finding:hotel_prevalence", Rule: GraphValidator.PrevalenceDescribesRule });

        var taken = new GraphBatch([], [Edge("HAS_FINDING", "intervention:buttons", "finding:hotel_prevalence")]);
        refused = await Assert.ThrowsAsync<GraphValidationException>(() => Store.UpsertAsync(taken, "test"));
        Assert.Contains(refused.Violations, v => v.Rule == GraphValidator.PrevalenceNotOfInterventionRule);
        Assert.Contains(await GraphImport.CheckAsync(Store, taken), v => v.Rule == GraphValidator.PrevalenceNotOfInterventionRule);
        var described = new GraphBatch([], [Edge("DESCRIBES", "finding:fewer_assaults", "industry:farms")]);
        Assert.Contains(await GraphImport.CheckAsync(Store, described), v => v.Rule == GraphValidator.DescribesFromPrevalenceRule);
        Assert.Equal(before, await Store.GetGraphVersionAsync());
    }

    [Fact]
    public async Task A_finding_becomes_prevalence_in_one_write_that_removes_its_intervention_and_describes_an_industry()
    {
        await PrevalenceGraphAsync();
        var stored = (await Store.GetNodesAsync(["finding:fewer_assaults"]))[0];
        var props = stored.Props.DeepClone().AsObject();
        props["kind"] = "PREVALENCE";
        props.Remove("effect");
        var node = Node("finding:fewer_assaults", "Finding", props);

        var refused = await Assert.ThrowsAsync<GraphValidationException>(() => Store.UpsertAsync(new GraphBatch([node], []), "test"));
        Assert.Contains(refused.Violations, v => v is { ElementId: "finding:fewer_assaults", Rule: GraphValidator.PrevalenceNotOfInterventionRule });
        Assert.Contains(refused.Violations, v => v is { ElementId: "finding:fewer_assaults", Rule: GraphValidator.PrevalenceDescribesRule });

        await Store.ApplyAsync(new GraphChange
        {
            UpsertNodes = [node],
            UpsertEdges = [Edge("DESCRIBES", "finding:fewer_assaults", "industry:farms")],
            DeleteEdges = ["intervention:program|HAS_FINDING|finding:fewer_assaults"],
        }, "test");

        var stats = await Analyses.StatsAsync(new StatsFilter());
        Assert.Equal(2, stats.FindingsByKind["PREVALENCE"]);
        Assert.Equal(1, (await Analyses.StatsAsync(new StatsFilter { IndustryId = "industry:farms" })).FindingsByKind["PREVALENCE"]);
        var back = Node("finding:fewer_assaults", "Finding", stored.Props.DeepClone().AsObject());
        refused = await Assert.ThrowsAsync<GraphValidationException>(() => Store.UpsertAsync(new GraphBatch([back], []), "test"));
        Assert.Contains(refused.Violations, v => v is { ElementId: "finding:fewer_assaults", Rule: GraphValidator.DescribesFromPrevalenceRule });
    }
}
