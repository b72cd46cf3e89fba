using System.Text.Json.Nodes;
using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Api.GraphQL;

/// <summary>Values from a closed set are enums, in answers and in arguments, with the same text they had as strings.</summary>
public sealed class ClosedSetEnumsTests(CuratedApp app) : IClassFixture<CuratedApp>
{
    [Theory]
    [InlineData("AuditEntry", "operation", "AuditOperation")]
    [InlineData("OutcomeCategoryEffects", "category", "OutcomeCategory")]
    [InlineData("SharedRiskFactor", "name", "RiskFactor")]
    [InlineData("TransferCandidate", "sharedRiskFactors", "RiskFactor")]
    [InlineData("PathHop", "relationship", "RelationshipType")]
    [InlineData("SubgraphEdge", "type", "RelationshipType")]
    public async Task A_closed_set_is_an_enum(string type, string field, string expected)
    {
        var data = await app.DataAsync($$"""{ __type(name: "{{type}}") { fields { name type { ...T ofType { ...T ofType { ...T ofType { ...T } } } } } } } fragment T on __Type { kind name }""", null);
        var named = Named(data["__type"]!["fields"]!.AsArray().Single(f => (string?)f!["name"] == field)!["type"]!);
        Assert.Equal(("ENUM", expected), ((string)named["kind"]!, (string)named["name"]!));
    }

    [Fact]
    public async Task The_audit_log_filters_by_an_operation_enum_and_answers_with_it()
    {
        await app.DataAsync("""mutation { createTactic(input: { id: "tactic:enum_probe", name: "Enum probe", category: TRAINING }) { id } }""", CuratedApp.CuratorKey);
        var data = await app.DataAsync("""
            { auditLog(operation: CREATE_NODE, first: 10) { operation elementId } q: __type(name: "Query") { fields { name args { name type { kind name } } } } }
            """, CuratedApp.AdminKey);
        var entries = data["auditLog"]!.AsArray();
        Assert.Contains(entries, e => (string?)e!["elementId"] == "tactic:enum_probe");
        Assert.All(entries, e => Assert.Equal("CREATE_NODE", (string?)e!["operation"]));
        var argument = data["q"]!["fields"]!.AsArray().Single(f => (string?)f!["name"] == "auditLog")!["args"]!.AsArray().Single(a => (string?)a!["name"] == "operation")!;
        Assert.Equal(("ENUM", "AuditOperation"), ((string)argument["type"]!["kind"]!, (string)argument["type"]!["name"]!));
    }

    private static JsonNode Named(JsonNode type) => type["ofType"] is { } inner && (string?)type["kind"] is "NON_NULL" or "LIST" ? Named(inner) : type;
}
