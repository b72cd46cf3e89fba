using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Api.Auth;

/// <summary>Who may do what: reads are open, writes need curator, deletes, imports and the audit log need admin.</summary>
public sealed class AuthorizationTests(CuratedApp app) : IClassFixture<CuratedApp>
{
    /// <summary>Every mutation and admin-only query, written so that it passes validation and only the role check can stop it.</summary>
    public static TheoryData<string, string> Operations()
    {
        var data = new TheoryData<string, string>();
        foreach (var label in GraphSchema.Labels)
        {
            var required = label.Properties.Where(p => p.Required).Select(p => $"{p.Name}: {Sample(p)}");
            data.Add($"mutation {{ create{label.Label}(input: {{ id: \"{label.IdPrefix}auth_test\", {string.Join(", ", required)} }}) {{ id }} }}", "curator");
            data.Add($"mutation {{ update{label.Label}(id: \"{label.IdPrefix}auth_test\", version: 1, patch: {{}}) {{ id }} }}", "curator");
            data.Add($"mutation {{ delete{label.Label}(id: \"{label.IdPrefix}auth_test\", version: 1) {{ removedIds }} }}", "admin");
        }
        data.Add("""mutation { link(type: USES, from: "org:unite_here", to: "tactic:hashtag_campaign") { graphVersion } }""", "curator");
        data.Add("""mutation { unlink(type: USES, from: "org:unite_here", to: "tactic:hashtag_campaign") { graphVersion } }""", "curator");
        data.Add("""mutation { importGraph(nodes: [], relationships: []) { graphVersion } }""", "admin");
        data.Add("""{ auditLog { id } }""", "admin");
        return data;
    }

    private static string Sample(PropertyRule property) => property.Kind switch
    {
        PropertyKind.Enum => GraphSchema.Enums[property.EnumName!][0],
        PropertyKind.Url => "\"https://example.org\"",
        _ => "\"x\"",
    };

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Without_credentials_every_write_is_unauthenticated(string operation, string _)
    {
        var before = await app.Store.GetGraphVersionAsync();
        var error = await app.ErrorAsync(operation, null, "UNAUTHENTICATED");
        Assert.Contains("Authorization", (string?)error["message"]);
        Assert.Equal(before, await app.Store.GetGraphVersionAsync());
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task A_wrong_key_is_unauthenticated_with_401(string operation, string _)
    {
        var (status, body) = await app.SendAsync(operation, "not-a-key-anyone-has");
        Assert.Equal(401, status);
        Assert.Equal("UNAUTHENTICATED", (string?)body["errors"]![0]!["extensions"]!["code"]);
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task A_reader_key_is_forbidden_to_write(string operation, string _)
    {
        var before = await app.Store.GetGraphVersionAsync();
        await app.ErrorAsync(operation, CuratedApp.ReaderKey, "FORBIDDEN");
        Assert.Equal(before, await app.Store.GetGraphVersionAsync());
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task A_curator_passes_the_role_check_only_where_curators_may(string operation, string role)
    {
        var (_, body) = await app.SendAsync(operation, CuratedApp.CuratorKey);
        var code = (string?)body["errors"]?[0]?["extensions"]?["code"];
        if (role == "admin")
        {
            Assert.Equal("FORBIDDEN", code);
        }
        else
        {
            Assert.NotEqual("FORBIDDEN", code);
            Assert.NotEqual("UNAUTHENTICATED", code);
        }
    }

    [Fact]
    public async Task Jwt_bearer_tokens_carry_the_role_and_bad_ones_are_refused()
    {
        var curator = CuratedApp.Token("jo", "curator");
        await app.DataAsync("""mutation { updateTactic(id: "tactic:hashtag_campaign", version: 1, patch: { description: "Via JWT" }) { description } }""", curator);
        var data = await app.DataAsync("""{ node(id: "tactic:hashtag_campaign") { ... on Tactic { history(first: 1) { actor } } } }""", CuratedApp.Token("root", "admin"));
        Assert.Equal("jo", (string?)data["node"]!["history"]![0]!["actor"]);
        await app.ErrorAsync("""{ auditLog { id } }""", curator, "FORBIDDEN");
        Assert.Equal(401, (await app.SendAsync("{ __typename }", CuratedApp.Token("jo", "admin", DateTime.UtcNow.AddMinutes(-10)))).Status);
        Assert.Equal(401, (await app.SendAsync("{ __typename }", CuratedApp.Token("jo", "admin", signingKey: "another-signing-key-of-32-bytes-or-more!!"))).Status);
        Assert.NotNull((await app.DataAsync("""{ auditLog(first: 1) { id } }""", CuratedApp.Token("root", "admin")))["auditLog"]);
    }

    [Fact]
    public async Task Reads_are_open_by_default()
    {
        var data = await app.DataAsync("{ industries { totalCount } }", null);
        Assert.True((int)data["industries"]!["totalCount"]! > 0);
    }
}
