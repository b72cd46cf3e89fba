using System.Text.Json.Nodes;
using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Api.GraphQL;

/// <summary>
/// People's roles in interventions, who funds what, and prevalence attached to industries and jurisdictions, read
/// through HTTP from the seed graph.
/// </summary>
public sealed class PeopleFundingPrevalenceApiTests(KnowledgeGraphApp app) : IClassFixture<KnowledgeGraphApp>
{
    private static IEnumerable<JsonNode> Items(JsonNode? list) => list!.AsArray().Select(n => n!);

    [Fact]
    public async Task MeTooVoter_names_its_four_launchers_with_their_role_and_year()
    {
        var data = await app.QueryAsync("""
            { node(id: "intervention:metoo_voter_2019") { ... on Intervention { people { edges { role year node { id } } } } } }
            """);

        var people = Items(data["node"]!["people"]!["edges"]).ToList();
        Assert.Equal(["person:ai_jen_poo", "person:fatima_goss_graves", "person:monica_ramirez", "person:tarana_burke"],
            people.Select(e => (string)e["node"]!["id"]!).Order(StringComparer.Ordinal));
        Assert.All(people, e => Assert.Equal(("FOUNDED", 2019), ((string)e["role"]!, (int)e["year"]!)));
    }

    [Fact]
    public async Task A_person_lists_the_interventions_she_filed_and_led()
    {
        var data = await app.QueryAsync("""
            { node(id: "person:gretchen_carlson") { ... on Person { interventions { edges { role year node { id } } } } } }
            """);

        var roles = Items(data["node"]!["interventions"]!["edges"]).ToDictionary(e => (string)e["node"]!["id"]!, e => ((string)e["role"]!, (int)e["year"]!));
        Assert.Equal(("FILED", 2016), roles["intervention:gretchen_carlson_lawsuit_2016"]);
        Assert.Equal(("LED", 2022), roles["intervention:speak_out_act_2022"]);
    }

    [Fact]
    public async Task Funding_carries_amount_currency_year_and_its_source_in_the_note()
    {
        var data = await app.QueryAsync("""
            { fund: node(id: "intervention:me_too_fund_2018") { ... on Intervention { fundedBy { edges { amount currency year note node { id } } } } }
              cbs: node(id: "org:cbs") { ... on Organization { funds { edges { amount year node { id } } } } } }
            """);

        var seed = Items(data["fund"]!["fundedBy"]!["edges"]).Single();
        Assert.Equal(("org:new_york_womens_foundation", 1_000_000.0, "USD", 2018), ((string)seed["node"]!["id"]!, (double)seed["amount"]!, (string)seed["currency"]!, (int)seed["year"]!));
        Assert.Contains("https://www.nynmedia.com/", (string?)seed["note"]);
        var cbs = Items(data["cbs"]!["funds"]!["edges"]).ToDictionary(e => (string)e["node"]!["id"]!);
        Assert.Equal(2_000_000.0, (double)cbs["intervention:pga_independent_production_safety_initiative"]["amount"]!);
        Assert.Null(cbs["org:collaborative_fund_womens_safety_dignity"]["amount"]);
    }

    [Fact]
    public async Task Prevalence_is_read_from_the_industry_and_jurisdiction_it_describes_and_from_no_intervention()
    {
        var data = await app.QueryAsync("""
            { restaurants: node(id: "industry:restaurants_food_service") { ... on Industry { prevalence { nodes { id kind } } } }
              chicago: node(id: "jurisdiction:us_il_chicago") { ... on Jurisdiction { prevalence { nodes { id } } } }
              findings(where: { kind: [PREVALENCE] }, first: 100) { totalCount nodes { id intervention { id } describes { totalCount } } } }
            """);

        Assert.Equal(["finding:glass_floor_harassment_documented", "finding:restaurant_workers_covid_harassment_41pct", "finding:tipping_point_71pct_harassed"],
            Items(data["restaurants"]!["prevalence"]!["nodes"]).Select(f => (string)f["id"]!).Order(StringComparer.Ordinal));
        Assert.All(Items(data["restaurants"]!["prevalence"]!["nodes"]), f => Assert.Equal("PREVALENCE", (string?)f["kind"]));
        Assert.Equal("finding:local1_survey_58pct_guest_harassment", (string?)data["chicago"]!["prevalence"]!["nodes"]![0]!["id"]);
        var prevalence = Items(data["findings"]!["nodes"]).ToList();
        Assert.Equal(SeedPrevalenceCount, prevalence.Count);
        Assert.All(prevalence, f =>
        {
            Assert.Null(f["intervention"]);
            Assert.True((int)f["describes"]!["totalCount"]! > 0, (string?)f["id"]);
        });
    }

    [Fact]
    public async Task Stats_still_count_prevalence_findings_in_and_out_of_an_industry_and_no_analysis_counts_them()
    {
        var data = await app.QueryAsync("""
            { all: stats { findingsByKind { key count } }
              restaurants: stats(industry: "industry:restaurants_food_service") { findingsByKind { key count } }
              whatWorked(first: 100) { findings { kind } }
              evidenceMap(rows: TACTIC, columns: INDUSTRY) { cells { findingKinds { prevalence } } } }
            """);
        int Prevalence(JsonNode stats) => (int)Items(stats["findingsByKind"]).Single(c => (string?)c["key"] == "PREVALENCE")["count"]!;

        Assert.Equal(SeedPrevalenceCount, Prevalence(data["all"]!));
        Assert.Equal(3, Prevalence(data["restaurants"]!));
        Assert.DoesNotContain(Items(data["whatWorked"]).SelectMany(r => Items(r["findings"])), f => (string?)f["kind"] == "PREVALENCE");
        Assert.All(Items(data["evidenceMap"]!["cells"]), c => Assert.Equal(0, (int)c["findingKinds"]!["prevalence"]!));
    }

    private static int SeedPrevalenceCount =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.SeedData, "findings.json")))!.AsArray().Count(f => (string?)f!["kind"] == "PREVALENCE");
}
