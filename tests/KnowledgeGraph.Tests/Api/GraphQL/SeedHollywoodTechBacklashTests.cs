using System.Text.Json.Nodes;
using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Api.GraphQL;

/// <summary>
/// The seed's Hollywood, tech and backlash coverage, over HTTP: the Hollywood Commission's survey trends hang off the
/// reforms they measure (not off the survey), as before/after trends of limited strength; the #MeToo backlash is a
/// NEGATIVE effect or a prevalence reading, never a positive one; companies ending forced arbitration are adoptions only.
/// </summary>
public sealed class SeedHollywoodTechBacklashTests(KnowledgeGraphApp app) : IClassFixture<KnowledgeGraphApp>
{
    private const string Reforms = "intervention:hollywood_commission_industry_reforms";
    private const string Backlash = "outcome:mens_work_contact_with_women";

    private static IEnumerable<JsonNode> Items(JsonNode? list) => list!.AsArray().Select(n => n!);

    [Fact]
    public async Task The_hollywood_survey_trends_hang_off_the_reforms_as_limited_before_after_trends()
    {
        var data = await app.QueryAsync($$"""
            {
              reforms: node(id: "{{Reforms}}") {
                ... on Intervention {
                  status startYear
                  findings(first: 20) { nodes { id kind effect evidenceKind evidenceStrength summary } }
                }
              }
              survey: node(id: "intervention:hollywood_commission_climate_surveys") { id }
            }
            """);

        // The survey instrument is no intervention: nothing reads "climate surveys -> NEGATIVE on reporting".
        Assert.Null(data["survey"]);
        var trends = Items(data["reforms"]!["findings"]!["nodes"]).ToList();
        Assert.Equal(
            ["finding:hollywood_accountability_belief_flat_2023", "finding:hollywood_awareness_up_2023",
             "finding:hollywood_nothing_would_happen_up_2023", "finding:hollywood_reporters_encourage_others_2023"],
            trends.Select(f => (string)f["id"]!).Order(StringComparer.Ordinal));
        Assert.All(trends, f =>
        {
            Assert.Equal(("EFFECT", "CROSS_SECTIONAL_SURVEY", "LIMITED"), ((string?)f["kind"], (string?)f["evidenceKind"], (string?)f["evidenceStrength"]));
            Assert.Contains("without a counterfactual", (string?)f["summary"], StringComparison.Ordinal);
        });
        Assert.Equal(["INCONCLUSIVE", "NEGATIVE", "POSITIVE", "POSITIVE"], trends.Select(f => (string?)f["effect"]).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_backlash_is_a_negative_effect_or_a_prevalence_reading_never_a_positive_one()
    {
        var data = await app.QueryAsync($$"""
            {
              node(id: "{{Backlash}}") {
                ... on Outcome {
                  findings(first: 50) { nodes { id kind effect evidenceStrength intervention { id } describes(first: 5) { nodes { id } } } }
                }
              }
            }
            """);
        var backlash = Items(data["node"]!["findings"]!["nodes"]).ToList();

        Assert.True(backlash.Count >= 4, $"only {backlash.Count} backlash findings");
        Assert.All(backlash, f =>
        {
            if ((string?)f["kind"] == "EFFECT")
            {
                Assert.Equal("NEGATIVE", (string?)f["effect"]);
                Assert.Equal("LIMITED", (string?)f["evidenceStrength"]);
                Assert.Equal("intervention:metoo_public_allegations_2017", (string?)f["intervention"]!["id"]);
            }
            else
            {
                Assert.Equal("PREVALENCE", (string?)f["kind"]);
                Assert.Null(f["intervention"]);
                Assert.Contains(Items(f["describes"]!["nodes"]), n => (string?)n["id"] == "industry:cross_industry");
            }
        });
        Assert.Contains(backlash, f => (string?)f["id"] == "finding:pew_harder_for_men_at_work_2018" && (string?)f["kind"] == "PREVALENCE");
    }

    [Fact]
    public async Task Companies_ending_forced_arbitration_are_adoptions_only_and_tech_surveys_describe_tech()
    {
        var data = await app.QueryAsync("""
            {
              uber: node(id: "finding:uber_ends_forced_arbitration_2018") { ...adoption }
              lyft: node(id: "finding:lyft_ends_forced_arbitration_2018") { ...adoption }
              facebook: node(id: "finding:facebook_ends_forced_arbitration_2018") { ...adoption }
              leavers: node(id: "finding:tech_leavers_unfairness_2017") { ...prevalence }
              elephant: node(id: "finding:elephant_in_the_valley_60pct_advances_2016") { ...prevalence }
            }
            fragment adoption on Finding {
              kind effect evidenceKind outcomes(first: 5) { nodes { id } }
              intervention { industries(first: 5) { nodes { id } } }
            }
            fragment prevalence on Finding { kind intervention { id } describes(first: 5) { nodes { id } } }
            """);

        foreach (var key in new[] { "uber", "lyft", "facebook" })
        {
            var f = data[key]!;
            Assert.Equal(("ADOPTION", "ENACTMENT_ONLY"), ((string?)f["kind"], (string?)f["evidenceKind"]));
            Assert.Null(f["effect"]);
            Assert.Equal(["outcome:policy_adoption"], Items(f["outcomes"]!["nodes"]).Select(o => (string?)o["id"]));
            Assert.Contains(Items(f["intervention"]!["industries"]!["nodes"]), i => (string?)i["id"] == "industry:tech");
        }
        foreach (var key in new[] { "leavers", "elephant" })
        {
            Assert.Equal("PREVALENCE", (string?)data[key]!["kind"]);
            Assert.Null(data[key]!["intervention"]);
            Assert.Contains(Items(data[key]!["describes"]!["nodes"]), n => (string?)n["id"] == "industry:tech");
        }
    }
}
