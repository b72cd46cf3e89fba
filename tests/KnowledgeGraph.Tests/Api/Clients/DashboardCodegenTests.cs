using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Api.Clients;

/// <summary>
/// GraphQL Code Generator (typescript + typescript-operations, strictScalars) generates types for a dashboard's
/// operations (tests/clients/dashboard) from the live schema, and tsc --strict compiles code that uses them.
/// </summary>
public sealed class DashboardCodegenTests(LoopbackApp host) : IClassFixture<LoopbackApp>
{
    [Fact]
    public async Task Codegen_with_strict_scalars_generates_types_that_tsc_strict_compiles_for_the_dashboard_operations()
    {
        var seen = await NodeClients.RunAsync("codegen.mjs", host.BaseUrl, timeout: TimeSpan.FromMinutes(3));
        Assert.True((int)seen["operations"]! >= 5, seen.ToJsonString());
        Assert.True((int)seen["generated"]! > 1000, seen.ToJsonString());
        Assert.True((bool)seen["scalars"]!, "DateTime and JSON are not mapped as configured: " + seen.ToJsonString());
        Assert.True((bool)seen["verdictUnion"]!, "Verdict is not a string union: " + seen.ToJsonString());
        Assert.True((int)seen["diagnostics"]! == 0, "tsc --strict: " + seen["messages"]!.ToJsonString());
        Assert.True((int)seen["wrongDiagnostics"]! >= 2, "tsc did not catch a misuse of the generated types: " + seen.ToJsonString());
    }
}
