using System.Text.Json.Nodes;
using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Api.GraphQL;

/// <summary>
/// The second batch of research with real designs, over HTTP: the RealConsent, Bringing in the Bystander, TakeCARE and
/// Shifting Boundaries trials and a campus meta-analysis (campus and school, not workplace), a randomized training experiment, the #MeToo labor-market
/// studies that measured unintended effects, and the court-precedent study.
/// </summary>
public sealed class SeedMoreResearchTests(KnowledgeGraphApp app) : IClassFixture<KnowledgeGraphApp>
{
    private const string NonWorkplace = "industry:schools_campuses_non_workplace";

    private static IEnumerable<JsonNode> Items(JsonNode? list) => list!.AsArray().Select(n => n!);

    private async Task<JsonNode> Finding(string id)
    {
        var data = await app.QueryAsync($$"""
            {
              node(id: "{{id}}") {
                ... on Finding {
                  summary kind effect evidenceKind evidenceStrength value
                  outcomes(first: 5) { nodes { id } }
                  sources(first: 5) { nodes { id type primary } }
                  intervention { id industries(first: 5) { nodes { id } } }
                }
              }
            }
            """);
        return data["node"]!;
    }

    private static (string?, string?, string?) Coding(JsonNode f) =>
        ((string?)f["effect"], (string?)f["evidenceKind"], (string?)f["evidenceStrength"]);

    private static IEnumerable<string?> Ids(JsonNode? connection) => Items(connection!["nodes"]).Select(n => (string?)n["id"]);

    [Theory]
    [InlineData("finding:realconsent_men_rct_more_prosocial_intervening", "intervention:realconsent_college_trials_2010", "outcome:bystander_intervention")]
    [InlineData("finding:realconsent_women_rct_less_sexual_violence_exposure", "intervention:realconsent_college_trials_2010", "outcome:sexual_assault_incidence")]
    [InlineData("finding:bitb_rct_2007_attitudes_knowledge_behavior", "intervention:bringing_in_the_bystander", "outcome:bystander_intervention")]
    [InlineData("finding:shifting_boundaries_saturation_sh_victimization_down", "intervention:shifting_boundaries_nyc_middle_schools", "outcome:harassment_incidence")]
    [InlineData("finding:takecare_rcts_more_bystander_behavior", "intervention:takecare_video_bystander_program", "outcome:bystander_intervention")]
    [InlineData("finding:jouriles_meta_campus_bystander_behavior", "intervention:bystander_programs_adolescents_college", "outcome:bystander_intervention")]
    public async Task The_campus_and_school_trials_are_randomized_non_workplace_and_rest_on_the_study(string id, string intervention, string outcome)
    {
        var f = await Finding(id);

        Assert.Equal("EFFECT", (string?)f["kind"]);
        Assert.Contains((string?)f["evidenceKind"], new[] { "RCT", "SYSTEMATIC_REVIEW" });
        Assert.StartsWith("NON-WORKPLACE", (string?)f["summary"], StringComparison.Ordinal);
        Assert.Equal(intervention, (string?)f["intervention"]!["id"]);
        Assert.Equal([NonWorkplace], Ids(f["intervention"]!["industries"]));
        Assert.Contains(outcome, Ids(f["outcomes"]));
        Assert.Contains(Items(f["sources"]!["nodes"]), s => (string?)s["type"] == "PEER_REVIEWED" && (bool?)s["primary"] == true);
    }

    [Fact]
    public async Task Shifting_Boundaries_reports_its_anomaly_as_a_mixed_result()
    {
        var f = await Finding("finding:shifting_boundaries_building_sh_frequency_down");

        Assert.Equal(("MIXED", "RCT", "MODERATE"), Coding(f));
        Assert.Contains("anomalously", (string?)f["summary"], StringComparison.Ordinal);
        Assert.Equal(["outcome:harassment_incidence"], Ids(f["outcomes"]));
    }

    [Fact]
    public async Task The_women_s_RealConsent_trial_keeps_the_rate_ratio_the_abstract_states()
    {
        var f = await Finding("finding:realconsent_women_rct_less_sexual_violence_exposure");

        Assert.Equal(("POSITIVE", "RCT", "MODERATE"), Coding(f));
        Assert.Contains("0.48 (95% CI 0.33-0.69", (string?)f["value"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_metoo_labor_market_studies_record_unintended_effects_on_women_s_careers()
    {
        var france = await Finding("finding:batut_coly_metoo_women_exit_high_risk_workplaces");
        var academia = await Finding("finding:gertsberg_metoo_junior_women_fewer_collaborations");

        Assert.Equal(("NEGATIVE", "QUASI_EXPERIMENTAL", "MODERATE"), Coding(france));
        // A conference abstract whose comparison group is known only from a summary: the design stays, the strength drops.
        Assert.Equal(("NEGATIVE", "QUASI_EXPERIMENTAL", "LIMITED"), Coding(academia));
        Assert.All([france, academia], f =>
        {
            Assert.Equal("intervention:metoo_public_allegations_2017", (string?)f["intervention"]!["id"]);
            Assert.Equal(["outcome:women_career_outcomes"], Ids(f["outcomes"]));
            Assert.DoesNotContain("NON-WORKPLACE", (string?)f["summary"], StringComparison.Ordinal);
        });
        Assert.Contains("industry:academia_science", Ids(academia["intervention"]!["industries"]));
    }

    [Fact]
    public async Task The_training_experiment_records_a_null_beside_its_positive_result()
    {
        var positive = await Finding("finding:rawski_vr_bystander_practice_more_indirect_intentions");
        var none = await Finding("finding:rawski_vr_bystander_practice_no_effect_knowledge_reporting");

        Assert.Equal(("POSITIVE", "RCT", "LIMITED"), Coding(positive));
        Assert.Equal(("NO_EFFECT", "RCT", "LIMITED"), Coding(none));
        Assert.Equal(["industry:cross_industry"], Ids(none["intervention"]!["industries"]));
        Assert.Contains("outcome:reporting_of_harassment", Ids(none["outcomes"]));
    }

    [Fact]
    public async Task Randomly_assigned_judges_make_the_precedent_study_quasi_experimental()
    {
        var policies = await Finding("finding:chen_sethi_precedent_more_harassment_hr_policies");
        var inequality = await Finding("finding:chen_sethi_precedent_reduced_gender_inequality");

        Assert.All([policies, inequality], f =>
        {
            Assert.Equal(("POSITIVE", "QUASI_EXPERIMENTAL", "MODERATE"), Coding(f));
            Assert.Equal("intervention:pro_plaintiff_harassment_precedent_us_appeals", (string?)f["intervention"]!["id"]);
            Assert.Equal(["source:tse_chen_sethi_harassment_precedent_2016"], Ids(f["sources"]));
        });
        Assert.Equal(["outcome:policy_adoption"], Ids(policies["outcomes"]));
    }
}
