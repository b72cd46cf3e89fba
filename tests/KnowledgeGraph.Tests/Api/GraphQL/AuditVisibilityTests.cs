using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Api.GraphQL;

/// <summary>The audit trail (who changed what, and the values before and after) is for admins, whichever field reads it.</summary>
public sealed class AuditVisibilityTests(CuratedApp app) : IClassFixture<CuratedApp>
{
    [Theory]
    [InlineData("""{ node(id: "tactic:hashtag_campaign") { ... on Tactic { history { operation actor before after } } } }""")]
    [InlineData("""{ auditLog(first: 5) { operation actor before after } }""")]
    public async Task Only_admins_read_the_audit_trail(string query)
    {
        await app.ErrorAsync(query, null, "UNAUTHENTICATED");
        await app.ErrorAsync(query, CuratedApp.ReaderKey, "FORBIDDEN");
        await app.ErrorAsync(query, CuratedApp.CuratorKey, "FORBIDDEN");
        Assert.NotNull(await app.DataAsync(query, CuratedApp.AdminKey));
    }

    [Fact]
    public async Task A_mutation_that_selects_history_is_refused_before_it_writes_unless_the_caller_is_an_admin()
    {
        using var own = new CuratedApp();
        const string mutation = """
            mutation { updateTactic(id: "tactic:hashtag_campaign", version: 1, patch: { name: "Hashtag campaigns" }) { version history { operation } } }
            """;
        _ = own.CreateClient();
        var before = await own.Store.GetGraphVersionAsync();

        var refused = await own.ErrorAsync(mutation, CuratedApp.CuratorKey, "FORBIDDEN");
        Assert.Contains("not run", (string?)refused["message"]);
        await own.ErrorAsync(mutation, null, "UNAUTHENTICATED");
        Assert.Equal(before, await own.Store.GetGraphVersionAsync());
        Assert.Equal("Hashtag campaign", (await own.Store.GetNodesAsync(["tactic:hashtag_campaign"]))[0].Name);

        var data = await own.DataAsync(mutation, CuratedApp.AdminKey);
        Assert.Equal(2, (int)data["updateTactic"]!["version"]!);
        Assert.NotEmpty(data["updateTactic"]!["history"]!.AsArray());
    }
}
