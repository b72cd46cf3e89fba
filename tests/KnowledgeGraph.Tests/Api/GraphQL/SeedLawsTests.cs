using System.Text.Json.Nodes;
using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Api.GraphQL;

/// <summary>
/// The laws and campaigns of the seed graph, read through HTTP: where and when each lever was enacted, the
/// international convention and its ratifications, a law held preempted, and the low-wage industries' coverage.
/// </summary>
public sealed class SeedLawsTests : IDisposable
{
    private readonly CuratedApp _app = new();

    public void Dispose() => _app.Dispose();

    private static List<string?> Ids(JsonNode? list) => list!.AsArray().Select(n => (string?)n!["id"]).ToList();

    private async Task<JsonArray> EnactedInAsync(string lever)
    {
        var data = await _app.DataAsync($$"""
            { node(id: "{{lever}}") { ... on PolicyLever { enactedIn(first: 100) { edges { year status enactedOn inForceOn endedOn node { id level } } } } } }
            """, CuratedApp.ReaderKey);
        return data["node"]!["enactedIn"]!["edges"]!.AsArray();
    }

    [Fact]
    public async Task Washington_is_the_earliest_statewide_panic_button_enactment_in_the_graph()
    {
        var edges = await EnactedInAsync("lever:state_panic_button_law");

        Assert.All(edges, e => Assert.Equal("STATE", (string?)e!["node"]!["level"]));
        var dated = edges.Where(e => e!["enactedOn"] is not null).OrderBy(e => (string)e!["enactedOn"]!, StringComparer.Ordinal).ToList();
        Assert.True(dated.Count >= 3);
        var first = dated[0]!;
        Assert.Equal("jurisdiction:us_wa", (string?)first["node"]!["id"]);
        Assert.Equal("2019-05", (string?)first["enactedOn"]);
        Assert.Equal("IN_FORCE", (string?)first["status"]);
        Assert.Equal("2020-01-01", (string?)first["inForceOn"]);
    }

    [Fact]
    public async Task The_ilo_convention_applies_in_an_international_jurisdiction_that_contains_no_country()
    {
        var data = await _app.DataAsync("""
            {
              node(id: "jurisdiction:ilo") { ... on Jurisdiction { level contains { totalCount } partOf { totalCount } interventions { nodes { id legalStatus enactedOn inForceOn } } } }
              au: node(id: "jurisdiction:au") { ... on Jurisdiction { level partOf { totalCount } } }
            }
            """, CuratedApp.ReaderKey);

        var ilo = data["node"]!;
        Assert.Equal("INTERNATIONAL", (string?)ilo["level"]);
        Assert.Equal(0, (int)ilo["contains"]!["totalCount"]!);
        Assert.Equal(0, (int)ilo["partOf"]!["totalCount"]!);
        var convention = Assert.Single(ilo["interventions"]!["nodes"]!.AsArray())!;
        Assert.Equal("intervention:ilo_c190_2019", (string?)convention["id"]);
        Assert.Equal(("IN_FORCE", "2019-06-21", "2021-06-25"), ((string?)convention["legalStatus"], (string?)convention["enactedOn"], (string?)convention["inForceOn"]));
        // A ratifying country is not nested in the convention's jurisdiction: ratification is an enactment of the lever.
        Assert.Equal("COUNTRY", (string?)data["au"]!["level"]);
        Assert.Equal(0, (int)data["au"]!["partOf"]!["totalCount"]!);

        var ratifications = await EnactedInAsync("lever:ilo_c190_ratification");
        var australia = Assert.Single(ratifications, e => (string?)e!["node"]!["id"] == "jurisdiction:au")!;
        Assert.Equal(("2023-06-09", 2023), ((string?)australia["enactedOn"], (int)australia["year"]!));
        Assert.Contains(ratifications, e => (string?)e!["node"]!["id"] == "jurisdiction:ilo");
        Assert.DoesNotContain(ratifications, e => (string?)e!["node"]!["id"] == "jurisdiction:us");
    }

    [Fact]
    public async Task California_ab51_is_preempted_and_not_counted_as_adopted()
    {
        var data = await _app.DataAsync("""
            {
              strategyEvidence(id: "lever:forced_arbitration_ban") { adoption { jurisdictions { id } ended { id } summary } }
              node(id: "intervention:ca_ab51_2019") { ... on Intervention { legalStatus enactedOn endedOn } }
            }
            """, CuratedApp.ReaderKey);

        var adoption = data["strategyEvidence"]!["adoption"]!;
        Assert.Contains("jurisdiction:us_ca", Ids(adoption["ended"]));
        Assert.Contains("jurisdiction:us_ny", Ids(adoption["ended"]));
        Assert.DoesNotContain("jurisdiction:us_ca", Ids(adoption["jurisdictions"]));
        Assert.Contains("jurisdiction:us", Ids(adoption["jurisdictions"]));
        Assert.Equal(("PREEMPTED", "2019-10", "2023-02-15"),
            ((string?)data["node"]!["legalStatus"], (string?)data["node"]!["enactedOn"], (string?)data["node"]!["endedOn"]));
    }

    [Theory]
    [InlineData("industry:agriculture_farmwork")]
    [InlineData("industry:domestic_work")]
    [InlineData("industry:janitorial")]
    [InlineData("industry:restaurants_food_service")]
    public async Task Each_low_wage_industry_has_at_least_two_interventions(string industry)
    {
        var data = await _app.DataAsync($$"""{ node(id: "{{industry}}") { ... on Industry { interventions { totalCount } } } }""", CuratedApp.ReaderKey);

        Assert.True((int)data["node"]!["interventions"]!["totalCount"]! >= 2, industry);
    }

    [Fact]
    public async Task The_janitorial_laws_name_their_sponsors_and_their_author()
    {
        var data = await _app.DataAsync("""
            {
              node(id: "intervention:ca_ab1978_2016") { ... on Intervention { legalStatus
                ledBy { edges { role node { id } } }
                people { edges { role node { id } } } } }
            }
            """, CuratedApp.ReaderKey);

        var law = data["node"]!;
        var leaders = law["ledBy"]!["edges"]!.AsArray().Select(e => ((string?)e!["node"]!["id"], (string?)e["role"])).ToList();
        Assert.Contains(("org:equal_rights_advocates", "co-sponsor"), leaders);
        Assert.Contains(("org:seiu_usww", "co-sponsor"), leaders);
        var author = Assert.Single(law["people"]!["edges"]!.AsArray())!;
        Assert.Equal(("person:lorena_gonzalez", "SPONSORED"), ((string?)author["node"]!["id"], (string?)author["role"]));
    }
}
