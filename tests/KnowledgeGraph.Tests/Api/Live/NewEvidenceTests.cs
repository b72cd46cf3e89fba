using System.Text.Json.Nodes;
using KnowledgeGraph.Tests.Support;
using static KnowledgeGraph.Tests.Api.Live.LiveTestClient;

namespace KnowledgeGraph.Tests.Api.Live;

/// <summary>newEvidence: findings added or changed, filtered by the industry and the jurisdiction (places inside it included) of their intervention.</summary>
public sealed class NewEvidenceTests : IDisposable
{
    private readonly CuratedApp _app = new();

    public const string Fields = "{ graphVersion change findingId kind design intervention { id name } finding { id measure } }";

    // California (us_ca) lies inside the United States (us); the janitorial law's finding and the hotel bill's finding.
    public const string Janitorial = """mutation { updateFinding(id: "finding:ca_ab1978_enacted", version: 1, patch: { measure: "Enacted" }) { version } }""";
    public const string Hotels = """mutation { updateFinding(id: "finding:ca_ab1761_not_enacted", version: 1, patch: { measure: "Died in committee" }) { version } }""";

    [Fact]
    public async Task A_subscription_to_an_industry_and_a_country_hears_of_a_finding_changed_in_one_of_its_states_and_not_of_another_industry()
    {
        var client = _app.CreateClient();
        using var janitorial = await OpenSseAsync(client, $$"""subscription { newEvidence(industry: "industry:janitorial", jurisdiction: "jurisdiction:us") {{Fields}} }""");
        using var hotels = await OpenSseAsync(client, $$"""subscription { newEvidence(industry: "industry:hospitality_hotels_casinos") {{Fields}} }""");
        using var janitorialEvents = new StreamReader(await janitorial.Content.ReadAsStreamAsync());
        using var hotelEvents = new StreamReader(await hotels.Content.ReadAsStreamAsync());
        await UntilListenersAsync(_app, 2);

        await MutateAsync(_app, Janitorial);
        await MutateAsync(_app, Hotels);

        var first = JsonNode.Parse((await ReadEventAsync(janitorialEvents)).Data)!["data"]!["newEvidence"]!;
        Assert.Equal((2, "CHANGED", "finding:ca_ab1978_enacted", "ADOPTION", "ENACTMENT_ONLY"),
            ((int)first["graphVersion"]!, (string?)first["change"], (string?)first["findingId"], (string?)first["kind"], (string?)first["design"]));
        Assert.Equal(("intervention:ca_ab1978_2016", "Enacted"), ((string?)first["intervention"]!["id"], (string?)first["finding"]!["measure"]));
        var other = JsonNode.Parse((await ReadEventAsync(hotelEvents)).Data)!["data"]!["newEvidence"]!;
        Assert.Equal((3, "finding:ca_ab1761_not_enacted"), ((int)other["graphVersion"]!, (string?)other["findingId"]));   // the janitorial finding was not its business
    }

    [Fact]
    public async Task A_new_finding_linked_in_one_import_is_added_evidence()
    {
        using var stream = await OpenSseAsync(_app.CreateClient(), $$"""subscription { newEvidence(jurisdiction: "jurisdiction:us_ca") {{Fields}} }""");
        using var events = new StreamReader(await stream.Content.ReadAsStreamAsync());
        await UntilListenersAsync(_app, 1);

        await _app.DataAsync(
            "mutation ($nodes: [GraphNodeInput!]!, $relationships: [GraphRelationshipInput!]!) { importGraph(nodes: $nodes, relationships: $relationships) { graphVersion } }",
            CuratedApp.AdminKey,
            new
            {
                nodes = new[]
                {
                    new { id = "finding:ca_ab1978_training_count", label = "FINDING", properties = """{"summary":"Trainings were delivered.","kind":"PROCESS","evidenceStrength":"LIMITED","evidenceKind":"ADMINISTRATIVE"}""" },
                },
                relationships = new[]
                {
                    new { type = "HAS_FINDING", from = "intervention:ca_ab1978_2016", to = "finding:ca_ab1978_training_count" },
                    new { type = "CITES", from = "finding:ca_ab1978_training_count", to = "source:ca_senate_floor_analysis_ab1978" },
                },
            });

        var added = JsonNode.Parse((await ReadEventAsync(events)).Data)!["data"]!["newEvidence"]!;
        Assert.Equal(("ADDED", "finding:ca_ab1978_training_count", "PROCESS", "intervention:ca_ab1978_2016"),
            ((string?)added["change"], (string?)added["findingId"], (string?)added["kind"], (string?)added["intervention"]!["id"]));
    }

    public void Dispose() => _app.Dispose();
}
