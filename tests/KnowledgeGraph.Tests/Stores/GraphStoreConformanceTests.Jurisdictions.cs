using KnowledgeGraph.Core.Analyses.EvidenceGapMap;
using KnowledgeGraph.Core.Analyses.Stats;
using KnowledgeGraph.Core.Analyses.WhatWorked;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Stores;
using KnowledgeGraph.Core.Writes;
using static KnowledgeGraph.Tests.Support.TestGraph;

namespace KnowledgeGraph.Tests.Stores;

// Nesting jurisdictions on a hand-made graph: Springfield (a city) is PART_OF Lincoln (a state), which is PART_OF
// Freedonia (a country); Shelbyville is a city of Freedonia with no state. A buttons ordinance in Springfield has an
// EFFECT finding, a national law in Freedonia an ADOPTION finding. A question about Freedonia includes Springfield's
// ordinance two levels down; a question about Springfield never includes Freedonia's law.
public abstract partial class GraphStoreConformanceTests
{
    private async Task NestedGraphAsync()
    {
        var nodes = new List<NodeInput>
        {
            Node("industry:hotels", "Industry", new() { ["name"] = "Hotels" }),
            Node("tactic:buttons", "Tactic", new() { ["name"] = "Panic buttons", ["category"] = "LEGAL" }),
            Node("lever:national_law", "PolicyLever", new() { ["name"] = "National law", ["kind"] = "LAW" }),
            Node("jurisdiction:freedonia", "Jurisdiction", new() { ["name"] = "Freedonia", ["level"] = "COUNTRY" }),
            Node("jurisdiction:lincoln", "Jurisdiction", new() { ["name"] = "Lincoln", ["level"] = "STATE" }),
            Node("jurisdiction:springfield", "Jurisdiction", new() { ["name"] = "Springfield", ["level"] = "CITY" }),
            Node("jurisdiction:shelbyville", "Jurisdiction", new() { ["name"] = "Shelbyville", ["level"] = "CITY" }),
            Node("outcome:incidence", "Outcome", new() { ["name"] = "Harassment incidence", ["category"] = "SAFETY" }),
            Node("source:s1", "Source", new() { ["title"] = "Report", ["url"] = "https://example.org/r", ["kind"] = "REPORT" }),
            Node("intervention:springfield_buttons", "Intervention", new() { ["name"] = "Springfield buttons", ["startYear"] = 2018, ["legalStatus"] = "IN_FORCE" }),
            Node("intervention:freedonia_law", "Intervention", new() { ["name"] = "Freedonia law", ["startYear"] = 2019, ["legalStatus"] = "ENACTED" }),
            Node("finding:fewer_incidents", "Finding", Finding("Fewer incidents", "EFFECT", "POSITIVE", "LIMITED", "ADMINISTRATIVE", 2020)),
            Node("finding:law_enacted", "Finding", Finding("Law enacted", "ADOPTION", null, "LIMITED", "ENACTMENT_ONLY", 2019)),
        };
        var edges = new List<EdgeInput>
        {
            Edge("PART_OF", "jurisdiction:springfield", "jurisdiction:lincoln"),
            Edge("PART_OF", "jurisdiction:lincoln", "jurisdiction:freedonia"),
            Edge("PART_OF", "jurisdiction:shelbyville", "jurisdiction:freedonia"),
            Edge("APPLIES", "intervention:springfield_buttons", "tactic:buttons"),
            Edge("APPLIES", "intervention:freedonia_law", "lever:national_law"),
            Edge("IN_INDUSTRY", "intervention:springfield_buttons", "industry:hotels"),
            Edge("IN_INDUSTRY", "intervention:freedonia_law", "industry:hotels"),
            Edge("IN_JURISDICTION", "intervention:springfield_buttons", "jurisdiction:springfield"),
            Edge("IN_JURISDICTION", "intervention:freedonia_law", "jurisdiction:freedonia"),
            Edge("HAS_FINDING", "intervention:springfield_buttons", "finding:fewer_incidents"),
            Edge("HAS_FINDING", "intervention:freedonia_law", "finding:law_enacted"),
            Edge("ON_OUTCOME", "finding:fewer_incidents", "outcome:incidence"),
            Edge("ON_OUTCOME", "finding:law_enacted", "outcome:incidence"),
            Edge("CITES", "finding:fewer_incidents", "source:s1"),
            Edge("CITES", "finding:law_enacted", "source:s1"),
        };
        await Store.UpsertAsync(new GraphBatch(nodes, edges), "test");
    }

    private async Task<string[]> InterventionsInAsync(string? jurisdiction) =>
        (await Analyses.EvidenceAsync(new EvidenceFilter { JurisdictionId = jurisdiction })).Select(r => r.InterventionId).Distinct().Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public async Task Evidence_for_a_country_includes_a_city_two_levels_down_and_the_city_excludes_the_country()
    {
        await NestedGraphAsync();
        Assert.Equal(["intervention:freedonia_law", "intervention:springfield_buttons"], await InterventionsInAsync("jurisdiction:freedonia"));
        Assert.Equal(["intervention:springfield_buttons"], await InterventionsInAsync("jurisdiction:lincoln"));
        Assert.Equal(["intervention:springfield_buttons"], await InterventionsInAsync("jurisdiction:springfield"));
        Assert.Empty(await InterventionsInAsync("jurisdiction:shelbyville"));

        var ranked = StrategyRanking.Rank(await Analyses.EvidenceAsync(new EvidenceFilter { JurisdictionId = "jurisdiction:freedonia" }), await Analyses.NewestFindingYearAsync());
        var buttons = ranked.Single(r => r.SubjectId == "tactic:buttons");
        Assert.Equal(Verdict.WORKED, buttons.Verdict);
        Assert.Equal(["finding:fewer_incidents"], buttons.FindingIds);
        Assert.Equal(["finding:law_enacted"], ranked.Single(r => r.SubjectId == "lever:national_law").AdoptionFindingIds);
    }

    [Fact]
    public async Task The_evidence_map_and_stats_for_a_country_include_what_lies_inside_it_and_map_columns_stay_direct()
    {
        await NestedGraphAsync();
        var country = await Analyses.EvidenceMapAsync(new EvidenceMapQuery(MapAxis.Intervention, MapAxis.Jurisdiction, new EvidenceFilter { JurisdictionId = "jurisdiction:freedonia" }));
        EvidenceCell Cell(EvidenceMap map, string row, string column) => map.Cells.Single(c => c.RowId == row && c.ColumnId == column);
        // Filtered by the country, Springfield's finding is in; the columns stay the direct IN_JURISDICTION, not rolled up.
        Assert.Equal(1, Cell(country, "intervention:springfield_buttons", "jurisdiction:springfield").Positive);
        Assert.Equal(0, Cell(country, "intervention:springfield_buttons", "jurisdiction:freedonia").Total);
        Assert.Equal(1, Cell(country, "intervention:freedonia_law", "jurisdiction:freedonia").Kinds.Adoption);

        var city = await Analyses.EvidenceMapAsync(new EvidenceMapQuery(MapAxis.Intervention, MapAxis.Jurisdiction, new EvidenceFilter { JurisdictionId = "jurisdiction:springfield" }));
        Assert.Equal(["finding:fewer_incidents"], city.Cells.SelectMany(c => c.FindingIds));

        var countryStats = await Analyses.StatsAsync(new StatsFilter { JurisdictionId = "jurisdiction:freedonia" });
        Assert.Equal(new Dictionary<string, long> { ["ADOPTION"] = 1, ["EFFECT"] = 1 }, countryStats.FindingsByKind);
        Assert.Equal(new Dictionary<int, long> { [2018] = 1, [2019] = 1 }, countryStats.InterventionsByYear);
        var cityStats = await Analyses.StatsAsync(new StatsFilter { JurisdictionId = "jurisdiction:springfield" });
        Assert.Equal(new Dictionary<string, long> { ["EFFECT"] = 1 }, cityStats.FindingsByKind);
        Assert.Equal(new Dictionary<string, long> { ["industry:hotels"] = 1 }, cityStats.InterventionsByIndustry);
    }

    [Theory]
    [InlineData("jurisdiction:lincoln", "jurisdiction:springfield")] // a state inside a city
    [InlineData("jurisdiction:shelbyville", "jurisdiction:springfield")] // a city inside a city
    [InlineData("jurisdiction:freedonia", "jurisdiction:springfield")] // would close a cycle
    public async Task Part_of_must_go_to_a_strictly_larger_level_and_a_refused_write_keeps_nothing(string from, string to)
    {
        await NestedGraphAsync();
        var version = await Store.GetGraphVersionAsync();
        var batch = new GraphBatch([Node("jurisdiction:new", "Jurisdiction", new() { ["name"] = "New", ["level"] = "DISTRICT" })],
            [Edge("PART_OF", from, to), Edge("PART_OF", "jurisdiction:new", "jurisdiction:springfield")]);

        var error = await Assert.ThrowsAsync<GraphValidationException>(() => Store.UpsertAsync(batch, "test"));

        Assert.Equal([$"{from}|PART_OF|{to}"], error.Violations.Select(v => v.ElementId));
        Assert.All(error.Violations, v => Assert.Equal("part-of-larger", v.Rule));
        Assert.Equal(version, await Store.GetGraphVersionAsync());
        Assert.Empty(await Store.GetNodesAsync(["jurisdiction:new"]));
    }

    [Fact]
    public async Task Changing_a_level_so_that_a_stored_part_of_breaks_is_refused_with_every_broken_edge()
    {
        await NestedGraphAsync();
        var version = await Store.GetGraphVersionAsync();
        // Lincoln as a COUNTRY: it can no longer be PART_OF Freedonia. As a DISTRICT: Springfield can no longer be PART_OF it.
        var error = await Assert.ThrowsAsync<GraphValidationException>(() => Store.UpsertAsync(
            new GraphBatch([Node("jurisdiction:lincoln", "Jurisdiction", new() { ["name"] = "Lincoln", ["level"] = "COUNTRY" })], []), "test"));
        Assert.Equal(["jurisdiction:lincoln|PART_OF|jurisdiction:freedonia"], error.Violations.Select(v => v.ElementId));
        error = await Assert.ThrowsAsync<GraphValidationException>(() => Store.UpsertAsync(
            new GraphBatch([Node("jurisdiction:lincoln", "Jurisdiction", new() { ["name"] = "Lincoln", ["level"] = "DISTRICT" })], []), "test"));
        Assert.Equal(["jurisdiction:springfield|PART_OF|jurisdiction:lincoln"], error.Violations.Select(v => v.ElementId));
        Assert.Equal(version, await Store.GetGraphVersionAsync());
        Assert.Equal("STATE", (await Store.GetNodesAsync(["jurisdiction:lincoln"]))[0].Props["level"]!.GetValue<string>());

        // The same change is fine once the broken relationship goes in the same write, and a COUNTY between city and state is fine.
        var change = new GraphChange
        {
            UpsertNodes = [Node("jurisdiction:lincoln", "Jurisdiction", new() { ["name"] = "Lincoln", ["level"] = "COUNTRY" })],
            DeleteEdges = ["jurisdiction:lincoln|PART_OF|jurisdiction:freedonia"],
        };
        await Store.ApplyAsync(change, "test");
        Assert.Equal("COUNTRY", (await Store.GetNodesAsync(["jurisdiction:lincoln"]))[0].Props["level"]!.GetValue<string>());
    }
}
