using System.Text.Json.Nodes;
using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Api.GraphQL;

/// <summary>Why two things connect, and what surrounds a node, through HTTP on the seed graph.</summary>
public sealed class TraversalApiTests(KnowledgeGraphApp app) : IClassFixture<KnowledgeGraphApp>
{
    private static List<string?> Ids(JsonNode? list) => list!.AsArray().Select(n => (string?)n!["id"]).ToList();

    [Fact]
    public async Task Asking_for_zero_paths_is_a_bad_user_input_not_an_internal_error()
    {
        var (_, errors, _) = await app.QueryErrorsAsync("""{ paths(from: "org:latina_impact_fund", to: "lever:nda_ban_settlements", first: 0) { length } }""");
        Assert.Equal("BAD_USER_INPUT", (string?)errors[0]!["extensions"]!["code"]);
        Assert.Contains("'first' must be between 1 and", (string?)errors[0]!["message"]);
    }

    [Fact]
    public async Task The_latina_impact_fund_connects_to_the_nda_ban_through_people_and_partners()
    {
        var data = await app.QueryAsync("""
            { paths(from: "org:latina_impact_fund", to: "lever:nda_ban_settlements", maxHops: 6, first: 3,
                    relationshipTypes: [FOUNDED, LEADS, LED_BY, APPLIES, ADVOCATES_FOR, PARTNERS_WITH, USES]) {
                length nodes { id } hops { relationship forward from { id } to { id } sources { url } } } }
            """);
        var paths = data["paths"]!.AsArray();
        Assert.Equal(3, paths.Count);
        var shortest = paths[0]!;
        Assert.Equal(5, (int)shortest["length"]!);
        // Ramírez's own organization co-led #MeTooVoter with NWLC, which advocates for the ban.
        Assert.Equal(["org:latina_impact_fund", "person:monica_ramirez", "org:justice_for_migrant_women",
            "intervention:metoo_voter_2019", "org:national_womens_law_center", "lever:nda_ban_settlements"], Ids(shortest["nodes"]));
        var hops = shortest["hops"]!.AsArray();
        Assert.Equal(["FOUNDED", "FOUNDED", "LED_BY", "LED_BY", "ADVOCATES_FOR"], hops.Select(h => (string?)h!["relationship"]));
        Assert.False((bool)hops[0]!["forward"]!, "Ramírez founded the fund: the first hop runs against the relationship");
        Assert.All(hops, h => Assert.NotEmpty(h!["sources"]!.AsArray()));
        Assert.All(paths, p => Assert.Equal(Ids(p!["nodes"]).Count, Ids(p["nodes"]).Distinct().Count()));
        Assert.True(paths.Select(p => (int)p!["length"]!).SequenceEqual(paths.Select(p => (int)p!["length"]!).Order()));
    }

    [Fact]
    public async Task Without_a_type_filter_the_shortest_path_is_shorter_through_a_hub_and_a_tight_hop_limit_gives_none()
    {
        // The three-hop paths from the fund to the NDA ban all run through industry:cross_industry, so they come only
        // when hubs are allowed; by default one four-hop path goes around it, through the people who launched
        // #MeTooVoter (Ramírez co-launched it, NWLC led it, NWLC advocates for the ban).
        var data = await app.QueryAsync("""
            {
              any: paths(from: "org:latina_impact_fund", to: "lever:nda_ban_settlements", throughHubs: true) { length hubs { id } }
              around: paths(from: "org:latina_impact_fund", to: "lever:nda_ban_settlements") { length nodes { id } hubs { id } }
              tooShort: paths(from: "org:latina_impact_fund", to: "lever:nda_ban_settlements", maxHops: 2, throughHubs: true) { length }
              same: paths(from: "org:unite_here", to: "org:unite_here") { length }
            }
            """);
        Assert.NotEmpty(data["any"]!.AsArray());
        Assert.All(data["any"]!.AsArray(), p => Assert.Equal(3, (int)p!["length"]!));
        Assert.All(data["any"]!.AsArray(), p => Assert.Equal(["industry:cross_industry"], Ids(p!["hubs"])));
        var around = Assert.Single(data["around"]!.AsArray())!;
        Assert.Equal(["org:latina_impact_fund", "person:monica_ramirez", "intervention:metoo_voter_2019", "org:national_womens_law_center", "lever:nda_ban_settlements"],
            Ids(around["nodes"]));
        Assert.Empty(around["hubs"]!.AsArray());
        Assert.Empty(data["tooShort"]!.AsArray());
        Assert.Empty(data["same"]!.AsArray());
    }

    [Fact]
    public async Task Two_well_connected_people_connect_around_the_cross_industry_bucket_unless_asked_through_it()
    {
        // Goss Graves and Carlson are four hops apart only through a hub (industry:cross_industry, or jurisdiction:us
        // since both took part in US interventions): by default the paths go around them, in five hops.
        var data = await app.QueryAsync("""
            {
              around: paths(from: "person:fatima_goss_graves", to: "person:gretchen_carlson", maxHops: 5, first: 10) {
                length nodes { id } hubs { id } hops { meaning } }
              within4: paths(from: "person:fatima_goss_graves", to: "person:gretchen_carlson") { length }
              through: paths(from: "person:fatima_goss_graves", to: "person:gretchen_carlson", throughHubs: true) {
                length nodes { id } hubs { id } hops { relationship meaning } }
            }
            """);
        var around = data["around"]!.AsArray();
        Assert.NotEmpty(around);
        Assert.All(around, p => Assert.Equal(5, (int)p!["length"]!));
        Assert.All(around, p => Assert.DoesNotContain("industry:cross_industry", Ids(p!["nodes"])));
        Assert.All(around, p => Assert.Empty(p!["hubs"]!.AsArray()));
        Assert.All(around, p => Assert.All(p!["hops"]!.AsArray(), h => Assert.False(string.IsNullOrWhiteSpace((string?)h!["meaning"]))));
        Assert.Empty(data["within4"]!.AsArray());

        var through = data["through"]!.AsArray();
        Assert.NotEmpty(through);
        Assert.All(through, p => Assert.Equal(4, (int)p!["length"]!));
        Assert.All(through, p => Assert.Subset(new HashSet<string?> { "industry:cross_industry", "jurisdiction:us" }, Ids(p!["hubs"]).ToHashSet()));
        var viaBucket = through.First(p => Ids(p!["hubs"]).SequenceEqual(["industry:cross_industry"]))!;
        Assert.Contains(viaBucket["hops"]!.AsArray(), h => (string?)h!["meaning"] == "Lift Our Voices (organization) operates in Cross-industry (industry)");
    }

    [Fact]
    public async Task A_neighborhood_is_a_drawable_subgraph()
    {
        var data = await app.QueryAsync("""
            {
              one: neighborhood(id: "org:latina_impact_fund") { truncated nodes { id } edges { type from to } }
              two: neighborhood(id: "org:latina_impact_fund", depth: 2, labels: [PERSON, ORGANIZATION]) { nodes { __typename id } edges { from to } }
              capped: neighborhood(id: "industry:cross_industry", depth: 2, limit: 10) { truncated nodes { id } }
            }
            """);
        var one = data["one"]!;
        Assert.False((bool)one["truncated"]!);
        Assert.Equal(["industry:cross_industry", "org:latina_impact_fund", "person:monica_ramirez", "source:thenation_whats_next_metoo_2018"], Ids(one["nodes"]).Order());
        Assert.Contains(one["edges"]!.AsArray(), e => (string?)e!["type"] == "FOUNDED" && (string?)e["from"] == "person:monica_ramirez");

        var two = data["two"]!;
        var ids = Ids(two["nodes"]).ToHashSet();
        Assert.Contains("org:alianza_nacional_de_campesinas", ids);
        Assert.All(two["nodes"]!.AsArray(), n => Assert.Contains((string?)n!["__typename"], new[] { "Person", "Organization" }));
        Assert.All(two["edges"]!.AsArray(), e => Assert.True(ids.Contains((string?)e!["from"]) && ids.Contains((string?)e["to"])));

        Assert.True((bool)data["capped"]!["truncated"]!);
        Assert.Equal(10, data["capped"]!["nodes"]!.AsArray().Count);
        Assert.Equal("industry:cross_industry", Ids(data["capped"]!["nodes"])[0]);
    }
}
