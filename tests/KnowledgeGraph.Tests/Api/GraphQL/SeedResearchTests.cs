using System.Text.Json.Nodes;
using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Api.GraphQL;

/// <summary>
/// The seed's research with real designs, over HTTP: effect findings from trials, quasi-experiments, panels and
/// systematic reviews, each resting on the study itself, and the campus and school trials kept apart from workplaces.
/// </summary>
public sealed class SeedResearchTests(KnowledgeGraphApp app) : IClassFixture<KnowledgeGraphApp>
{
    private const string NonWorkplace = "industry:schools_campuses_non_workplace";

    private static readonly string[] RatedPrimaryTypes = ["PEER_REVIEWED", "REPORT", "GOVERNMENT"];

    private static IEnumerable<JsonNode> Items(JsonNode? list) => list!.AsArray().Select(n => n!);

    private async Task<List<JsonNode>> DesignedEffectFindings()
    {
        var data = await app.QueryAsync("""
            {
              findings(first: 100, where: { kind: [EFFECT], evidenceKind: [RCT, QUASI_EXPERIMENTAL, LONGITUDINAL, SYSTEMATIC_REVIEW] }) {
                totalCount
                nodes {
                  id summary kind effect evidenceKind evidenceStrength
                  sources(first: 20) { nodes { id type primary } }
                  intervention { id industries(first: 20) { nodes { id } } }
                }
              }
            }
            """);
        var findings = Items(data["findings"]!["nodes"]).ToList();
        Assert.Equal((int)data["findings"]!["totalCount"]!, findings.Count);
        return findings;
    }

    private static bool InIndustry(JsonNode finding, string industry) =>
        Items(finding["intervention"]!["industries"]!["nodes"]).Any(i => (string?)i["id"] == industry);

    [Fact]
    public async Task At_least_ten_effect_findings_come_from_designs_that_can_attribute_an_effect_each_resting_on_the_study()
    {
        var findings = await DesignedEffectFindings();

        Assert.True(findings.Count >= 11, $"only {findings.Count} EFFECT findings from RCT, quasi-experimental, longitudinal or review designs");
        foreach (var design in new[] { "RCT", "QUASI_EXPERIMENTAL", "LONGITUDINAL", "SYSTEMATIC_REVIEW" })
        {
            Assert.Contains(findings, f => (string?)f["evidenceKind"] == design);
        }
        Assert.All(findings, f => Assert.True(
            Items(f["sources"]!["nodes"]).Any(s => RatedPrimaryTypes.Contains((string?)s["type"]) && (bool?)s["primary"] == true),
            $"{f["id"]} cites no primary peer-reviewed, report or government source"));

        // A design that can show an absence may carry NO_EFFECT: the review finds none on perpetration.
        var perpetration = findings.Single(f => (string?)f["id"] == "finding:campbell_bystander_programs_no_effect_perpetration");
        Assert.Equal(("NO_EFFECT", "SYSTEMATIC_REVIEW", "STRONG"), ((string?)perpetration["effect"], (string?)perpetration["evidenceKind"], (string?)perpetration["evidenceStrength"]));

        // Dobbin and Kalev's firm panel: grievance procedures and employee training backfire, manager training helps.
        var panel = findings.Where(f => ((string?)f["id"])!.StartsWith("finding:dobbin_kalev_", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, panel.Count);
        Assert.Equal(["NEGATIVE", "NEGATIVE", "POSITIVE"], panel.Select(f => (string?)f["effect"]).Order());
        Assert.All(panel, f => Assert.Equal("LONGITUDINAL", (string?)f["evidenceKind"]));
    }

    [Fact]
    public async Task The_campus_and_school_trials_say_they_are_not_workplace_evidence()
    {
        var industry = await app.QueryAsync($$"""{ node(id: "{{NonWorkplace}}") { ... on Industry { name description } } }""");
        Assert.Contains("non-workplace", (string?)industry["node"]!["name"], StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("Not a workplace industry", (string?)industry["node"]!["description"], StringComparison.Ordinal);

        var findings = await DesignedEffectFindings();
        var campus = findings.Where(f => InIndustry(f, NonWorkplace)).ToList();

        Assert.True(campus.Count >= 5, $"only {campus.Count} campus or school findings");
        Assert.Contains(campus, f => (string?)f["intervention"]!["id"] == "intervention:green_dot_kentucky_high_schools_2010" && (string?)f["evidenceKind"] == "RCT");
        Assert.All(campus, f =>
        {
            Assert.StartsWith("NON-WORKPLACE", (string?)f["summary"], StringComparison.Ordinal);
            Assert.Equal([NonWorkplace], Items(f["intervention"]!["industries"]!["nodes"]).Select(i => (string?)i["id"]));
        });
        Assert.All(findings.Except(campus), f => Assert.DoesNotContain("NON-WORKPLACE", (string?)f["summary"], StringComparison.Ordinal));
    }

    [Fact]
    public async Task What_worked_and_the_evidence_map_show_the_designs_of_the_training_research()
    {
        var data = await app.QueryAsync($$"""
            {
              everywhere: whatWorked(kinds: [TACTIC], first: 100) { strategy { id } bestDesign }
              workplaces: whatWorked(kinds: [TACTIC], industry: "industry:cross_industry", first: 100) { strategy { id } bestDesign }
              map: evidenceMap(rows: TACTIC, columns: INDUSTRY) { cells { row column bestDesign isGap } }
            }
            """);

        string? Design(string alias) => (string?)Items(data[alias]).Single(r => (string?)r["strategy"]!["id"] == "tactic:anti_harassment_training")["bestDesign"];
        Assert.Equal("SYSTEMATIC_REVIEW", Design("everywhere"));
        // The VR bystander-training experiment (a randomized laboratory study) is the best workplace design now.
        Assert.Equal("RCT", Design("workplaces"));

        var cells = Items(data["map"]!["cells"]).Where(c => (string?)c["row"] == "tactic:anti_harassment_training").ToList();
        Assert.Equal("SYSTEMATIC_REVIEW", (string?)cells.Single(c => (string?)c["column"] == NonWorkplace)["bestDesign"]);
        Assert.Equal("RCT", (string?)cells.Single(c => (string?)c["column"] == "industry:cross_industry")["bestDesign"]);
        Assert.Equal("SELF_REPORTED", (string?)cells.Single(c => (string?)c["column"] == "industry:garment_manufacturing")["bestDesign"]);
    }
}
