using System.Text.Json.Nodes;
using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Tests.Support;

/// <summary>A small hand-made graph with known answers, for the store conformance suite.</summary>
public static class TestGraph
{
    public static NodeInput Node(string id, string label, JsonObject props) => new(id, label, props);

    public static EdgeInput Edge(string type, string from, string to, JsonObject? props = null) => new(type, from, to, props ?? []);

    public static GraphBatch Small() => new(
    [
        Node("industry:hotels", GraphSchema.Industry, new() { ["name"] = "Hotels", ["riskFactors"] = new JsonArray("ISOLATED_WORK", "CUSTOMER_FACING") }),
        Node("industry:farms", GraphSchema.Industry, new() { ["name"] = "farms", ["riskFactors"] = new JsonArray("ISOLATED_WORK", "IMMIGRANT_WORKFORCE") }),
        Node("industry:tech", GraphSchema.Industry, new() { ["name"] = "Tech", ["description"] = "Software and arbitration clauses" }),
        Node("org:union", GraphSchema.Organization, new() { ["name"] = "A Union", ["kind"] = "UNION", ["founded"] = 1990 }),
        Node("org:center", GraphSchema.Organization, new() { ["name"] = "Worker Center", ["kind"] = "WORKER_CENTER", ["founded"] = 2011 }),
        Node("org:fund", GraphSchema.Organization, new() { ["name"] = "Fund", ["kind"] = "FUNDER" }),
        Node("tactic:monitoring", GraphSchema.Tactic, new() { ["name"] = "Monitoring", ["category"] = "MONITORING" }),
        Node("intervention:buttons", GraphSchema.Intervention, new() { ["name"] = "Panic buttons", ["startYear"] = 2017, ["legalStatus"] = "ENACTED" }),
        Node("intervention:program", GraphSchema.Intervention, new() { ["name"] = "Fair program", ["startYear"] = 2011, ["status"] = "ACTIVE" }),
        Node("finding:fewer_assaults", GraphSchema.Finding, new()
        {
            ["summary"] = "Assaults fell", ["kind"] = "EFFECT", ["effect"] = "POSITIVE", ["evidenceStrength"] = "MODERATE", ["evidenceKind"] = "SELF_REPORTED", ["year"] = 2020,
        }),
        Node("source:report", GraphSchema.Source, new() { ["title"] = "A report", ["url"] = "https://example.org/report", ["kind"] = "REPORT", ["publishedOn"] = "2020-03" }),
    ],
    [
        Edge("OPERATES_IN", "org:union", "industry:hotels"),
        Edge("OPERATES_IN", "org:center", "industry:farms"),
        Edge("OPERATES_IN", "org:fund", "industry:hotels"),
        Edge("OPERATES_IN", "org:fund", "industry:farms"),
        Edge("PARTNERS_WITH", "org:union", "org:center", new() { ["since"] = 2018, ["context"] = "shared campaign" }),
        Edge("USES", "org:center", "tactic:monitoring"),
        Edge("APPLIES", "intervention:program", "tactic:monitoring"),
        Edge("IN_INDUSTRY", "intervention:buttons", "industry:hotels"),
        Edge("IN_INDUSTRY", "intervention:program", "industry:farms"),
        Edge("LED_BY", "intervention:buttons", "org:union", new() { ["role"] = "champion" }),
        Edge("HAS_FINDING", "intervention:program", "finding:fewer_assaults"),
        Edge("CITES", "finding:fewer_assaults", "source:report", new() { ["quote"] = "virtually eliminated" }),
    ]);
}
