using System.Text.Json.Nodes;
using KnowledgeGraph.Tests.Support;
using KnowledgeGraph.TestSupport;

namespace KnowledgeGraph.Tests.Api.Http;

/// <summary>
/// Trusted documents: a manifest produced by client tooling (Apollo's persisted-query manifest or GraphQL Codegen's
/// persisted documents) names the operations the deployed clients send; with TrustedOnly, nothing else runs. A
/// manifest that cannot be read or holds a document that does not validate stops the start.
/// </summary>
public sealed class TrustedDocumentsTests : IDisposable
{
    private const string Industries = "query Industries { industries(first: 3) { totalCount } }";
    private const string Node = "query Node($id: ID!) { node(id: $id) { id } }";
    private const string CustomId = "dashboard-node-v1";

    private readonly TempDirectory _directory = new();

    private string Write(string name, string json)
    {
        var path = Path.Combine(_directory.Path, name);
        File.WriteAllText(path, json);
        return path;
    }

    private static string ApolloManifest(params string[] bodies) => new JsonObject
    {
        ["format"] = "apollo-persisted-query-manifest",
        ["version"] = 1,
        ["operations"] = new JsonArray(bodies.Select(b => (JsonNode)new JsonObject
        {
            ["id"] = RawGraphQL.Sha256(b),
            ["name"] = b.Split(' ', '(')[1],
            ["type"] = "query",
            ["body"] = b,
        }).ToArray()),
    }.ToJsonString();

    private KnowledgeGraphApp App(string manifest, bool trustedOnly = true)
    {
        var app = new KnowledgeGraphApp();
        app.Settings["PersistedOperations:TrustedManifest"] = manifest;
        app.Settings["PersistedOperations:TrustedOnly"] = trustedOnly ? "true" : "false";
        return app;
    }

    [Fact]
    public async Task Apollo_manifest_operations_run_by_document_id_hash_or_identical_text_and_nothing_else_runs()
    {
        await using var app = App(Write("apollo.json", ApolloManifest(Industries, Node)));
        var client = app.CreateClient();
        var hash = RawGraphQL.Sha256(Industries);
        var answers = new[]
        {
            await RawGraphQL.PostAsync(client, new JsonObject { ["documentId"] = "sha256:" + hash }.ToJsonString()),
            await RawGraphQL.PostAsync(client, new JsonObject { ["documentId"] = hash }.ToJsonString()),
            await RawGraphQL.GetAsync(client, "documentId=sha256%3A" + hash),
            await RawGraphQL.GetAsync(client, "extensions=" + RawGraphQL.Encode(RawGraphQL.PersistedQuery(hash))),
            await RawGraphQL.PostAsync(client, new JsonObject { ["query"] = Industries }.ToJsonString()),
        };
        Assert.All(answers, a => Assert.True(a.Status == 200 && (int)a.Body["data"]!["industries"]!["totalCount"]! > 0, a.Body.ToJsonString()));

        var withVariables = await RawGraphQL.PostAsync(client, new JsonObject
        {
            ["documentId"] = "sha256:" + RawGraphQL.Sha256(Node),
            ["variables"] = new JsonObject { ["id"] = "industry:agriculture_farmwork" },
        }.ToJsonString());
        Assert.Equal("industry:agriculture_farmwork", (string?)withVariables.Body["data"]!["node"]!["id"]);

        var untrusted = await RawGraphQL.PostAsync(client, new JsonObject { ["query"] = "{ industries(first: 50) { totalCount } }" }.ToJsonString());
        Assert.Equal(403, untrusted.Status);
        Assert.Equal("OPERATION_NOT_TRUSTED", untrusted.Code());
        Assert.Contains("documentId", untrusted.Message());

        var registration = RawGraphQL.PersistedQuery(RawGraphQL.Sha256("{ __typename }"));
        var apq = await RawGraphQL.PostAsync(client, new JsonObject { ["query"] = "{ __typename }", ["extensions"] = registration }.ToJsonString());
        Assert.Equal("OPERATION_NOT_TRUSTED", apq.Code());

        var unknown = await RawGraphQL.PostAsync(client, new JsonObject { ["documentId"] = "sha256:" + RawGraphQL.Sha256("{ __typename }") }.ToJsonString());
        Assert.Equal(404, unknown.Status);
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", unknown.Code());
    }

    [Fact]
    public async Task Codegen_persisted_documents_run_by_their_ids()
    {
        var manifest = new JsonObject { [CustomId] = Node, [RawGraphQL.Sha256(Industries)] = Industries }.ToJsonString();
        await using var app = App(Write("codegen.json", manifest));
        var byCustomId = await RawGraphQL.PostAsync(app.CreateClient(), new JsonObject
        {
            ["documentId"] = CustomId,
            ["variables"] = new JsonObject { ["id"] = "industry:agriculture_farmwork" },
        }.ToJsonString());
        Assert.Equal("industry:agriculture_farmwork", (string?)byCustomId.Body["data"]!["node"]!["id"]);
        var byHash = await RawGraphQL.PostAsync(app.CreateClient(), new JsonObject { ["documentId"] = RawGraphQL.Sha256(Industries) }.ToJsonString());
        Assert.Equal(200, byHash.Status);
        Assert.Equal("OPERATION_NOT_TRUSTED", (await RawGraphQL.PostAsync(app.CreateClient(), """{"query": "{ __typename }"}""")).Code());
    }

    [Fact]
    public async Task A_manifest_without_trusted_only_serves_its_ids_and_still_runs_other_documents()
    {
        await using var app = App(Write("apollo.json", ApolloManifest(Industries)), trustedOnly: false);
        Assert.Equal(200, (await RawGraphQL.PostAsync(app.CreateClient(), """{"query": "{ __typename }"}""")).Status);
        Assert.Equal(200, (await RawGraphQL.PostAsync(app.CreateClient(), $$"""{"documentId": "{{RawGraphQL.Sha256(Industries)}}"}""")).Status);
    }

    [Fact]
    public async Task A_mutation_of_the_manifest_is_still_refused_over_get()
    {
        const string mutation = "mutation Remove { deleteTactic(id: \"tactic:absent\", version: 1) { graphVersion } }";
        await using var app = App(Write("apollo.json", ApolloManifest(mutation)));
        var answer = await RawGraphQL.GetAsync(app.CreateClient(), "documentId=" + RawGraphQL.Sha256(mutation));
        Assert.Equal(405, answer.Status);
    }

    [Theory]
    [InlineData("missing.json", null, "missing.json")]
    [InlineData("broken.json", "{ not json", "broken.json")]
    [InlineData("format.json", """{"format": "apollo-persisted-query-manifest", "version": 2, "operations": []}""", "version 1")]
    [InlineData("syntax.json", """{"abc": "query { industries( }"}""", "'abc'")]
    [InlineData("invalid.json", """{"abc": "query { noSuchField }"}""", "noSuchField")]
    [InlineData("empty.json", """{"abc": ""}""", "without")]
    public void A_manifest_that_cannot_be_read_or_holds_a_bad_document_stops_the_start(string name, string? json, string named)
    {
        var path = json is null ? Path.Combine(_directory.Path, name) : Write(name, json);
        using var app = App(path);
        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());
        Assert.Contains("PersistedOperations:TrustedManifest", error.Message);
        Assert.Contains(named, error.Message);
    }

    [Fact]
    public void Trusted_only_without_a_manifest_stops_the_start()
    {
        using var app = new KnowledgeGraphApp();
        app.Settings["PersistedOperations:TrustedOnly"] = "true";
        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());
        Assert.Contains("TrustedManifest", error.Message);
    }

    [Fact]
    public async Task The_live_transports_refuse_untrusted_documents_too()
    {
        await using var app = App(Write("apollo.json", ApolloManifest(Industries)));
        var client = app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql/stream")
        {
            Content = new StringContent(new JsonObject { ["query"] = "subscription { graphChanged { graphVersion } }" }.ToJsonString(),
                System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd("text/event-stream");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var response = await client.SendAsync(request, timeout.Token);
        var stream = await response.Content.ReadAsStringAsync(timeout.Token);
        Assert.Contains("OPERATION_NOT_TRUSTED", stream);
        Assert.DoesNotContain("\"graphVersion\"", stream);
    }

    public void Dispose() => _directory.Dispose();
}
