using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Api.Auth;

/// <summary>
/// <c>history</c> shows who changed a node and its values before and after: whichever way a non-admin reaches it, the
/// answer is an error and holds neither the actor nor the old or new values.
/// </summary>
public sealed class HistoryVisibilityTests : IDisposable
{
    private const string Actor = "alice@example.org";
    private const string Removed = "A name a curator later redacted";

    private readonly CuratedApp _app = new();

    public void Dispose() => _app.Dispose();

    public static TheoryData<string> Queries() =>
    [
        """{ node(id: "person:history_probe") { ... on Person { history { actor operation before after } } } }""",
        """{ nodes(ids: ["person:history_probe"]) { ... on Person { history { actor before after } } } }""",
        """{ people(first: 100) { nodes { id h: history(first: 5) { actor before after } } } }""",
        """query { node(id: "person:history_probe") { ...F } } fragment F on Person { history { actor after } }""",
    ];

    private async Task WriteProbeAsync()
    {
        var author = CuratedApp.Token(Actor, "curator");
        var created = await _app.DataAsync($$"""mutation { createPerson(input: { id: "person:history_probe", name: "{{Removed}}" }) { version } }""", author);
        Assert.Equal(1, (int)created["createPerson"]!["version"]!);
        await _app.DataAsync("""mutation { updatePerson(id: "person:history_probe", version: 1, patch: { name: "Redacted" }) { version } }""", author);
    }

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task Anonymous_readers_and_curators_get_an_error_and_no_actor_or_values_while_admins_get_them(string query)
    {
        await WriteProbeAsync();
        foreach (var (bearer, code) in new[] { ((string?)null, "UNAUTHENTICATED"), (CuratedApp.ReaderKey, "FORBIDDEN"), (CuratedApp.CuratorKey, "FORBIDDEN") })
        {
            var (_, body) = await _app.SendAsync(query, bearer);
            Assert.Equal(code, (string?)body["errors"]?[0]?["extensions"]?["code"]);
            var text = body.ToJsonString();
            Assert.DoesNotContain(Actor, text);
            Assert.DoesNotContain(Removed, text);
        }
        var admin = (await _app.DataAsync(query, CuratedApp.AdminKey)).ToJsonString();
        Assert.Contains(Actor, admin);
        Assert.Contains(Removed, admin);
    }
}
