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
}
