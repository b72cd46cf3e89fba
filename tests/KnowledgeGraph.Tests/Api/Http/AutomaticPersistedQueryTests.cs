using System.Text.Json.Nodes;
using KnowledgeGraph.Tests.Support;
using KnowledgeGraph.TestSupport;

namespace KnowledgeGraph.Tests.Api.Http;

/// <summary>
/// Apollo's automatic persisted queries: a hash the server does not know answers PERSISTED_QUERY_NOT_FOUND, the hash
/// with its document runs and stores it (once it passed the limits), and hash-only requests then run the stored
/// document, over GET too so that they can be cached.
/// </summary>
public sealed class AutomaticPersistedQueryTests(KnowledgeGraphApp app) : IClassFixture<KnowledgeGraphApp>
{
    private static string Unique(string name) => $"query {name}{Guid.NewGuid():N} {{ industries(first: 2) {{ totalCount }} }}";

    private static string HashOnly(string query) => new JsonObject { ["extensions"] = RawGraphQL.PersistedQuery(RawGraphQL.Sha256(query)) }.ToJsonString();

    private static string WithQuery(string query, string? hash = null) =>
        new JsonObject { ["query"] = query, ["extensions"] = RawGraphQL.PersistedQuery(hash ?? RawGraphQL.Sha256(query)) }.ToJsonString();

    [Theory]
    [InlineData("application/graphql-response+json")]
    [InlineData("application/json")]
    public async Task An_unknown_hash_answers_persisted_query_not_found_as_apollo_expects_and_no_cache_keeps_it(string accept)
    {
        var answer = await RawGraphQL.PostAsync(app.CreateClient(), HashOnly(Unique("Unknown")), accept);
        Assert.Equal(404, answer.Status);
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", answer.Code());
        Assert.Equal("PersistedQueryNotFound", answer.Message());
        Assert.Equal("no-store", answer.Header("Cache-Control"));
        Assert.StartsWith(accept, answer.Header("Content-Type"));
    }

    [Fact]
    public async Task The_hash_with_its_document_runs_and_later_hash_only_requests_run_it_over_post_and_get()
    {
        var query = Unique("Stored");
        var first = await RawGraphQL.PostAsync(app.CreateClient(), WithQuery(query));
        Assert.Equal(200, first.Status);
        var expected = first.Body["data"]!.ToJsonString();

        var post = await RawGraphQL.PostAsync(app.CreateClient(), HashOnly(query));
        var get = await RawGraphQL.GetAsync(app.CreateClient(), "extensions=" + RawGraphQL.Encode(RawGraphQL.PersistedQuery(RawGraphQL.Sha256(query))));
        var byDocumentId = await RawGraphQL.GetAsync(app.CreateClient(), $"documentId=sha256:{RawGraphQL.Sha256(query)}");
        foreach (var answer in new[] { post, get, byDocumentId })
        {
            Assert.Equal(200, answer.Status);
            Assert.Equal(expected, answer.Body["data"]!.ToJsonString());
            Assert.Equal("hit", answer.Header("X-Cache"));   // the same cached read as the whole document
        }
    }

    [Fact]
    public async Task A_hash_that_is_not_the_documents_is_refused_and_nothing_is_stored()
    {
        var query = Unique("Mismatch");
        var other = RawGraphQL.Sha256(Unique("Other"));
        var answer = await RawGraphQL.PostAsync(app.CreateClient(), WithQuery(query, other));
        Assert.Equal(400, answer.Status);
        Assert.Equal("PERSISTED_QUERY_HASH_MISMATCH", answer.Code());
        var later = await RawGraphQL.PostAsync(app.CreateClient(), new JsonObject { ["extensions"] = RawGraphQL.PersistedQuery(other) }.ToJsonString());
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", later.Code());
    }

    [Theory]
    [InlineData("{ a: __typename ", "GRAPHQL_PARSE_FAILED")]
    [InlineData("{ noSuchField }", "GRAPHQL_VALIDATION_FAILED")]
    [InlineData("ROOTS", "QUERY_TOO_COMPLEX")]
    public async Task A_document_refused_by_the_parser_validation_or_limits_is_not_stored(string query, string code)
    {
        if (query == "ROOTS")
        {
            query = "{ " + string.Join(" ", Enumerable.Range(0, 40).Select(i => $"f{i}: __typename")) + " }";
        }
        query += " # " + Guid.NewGuid();
        var answer = await RawGraphQL.PostAsync(app.CreateClient(), WithQuery(query));
        Assert.Equal(code, answer.Code());
        var later = await RawGraphQL.PostAsync(app.CreateClient(), HashOnly(query));
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", later.Code());
    }

    [Fact]
    public async Task A_stored_mutation_is_still_refused_over_get()
    {
        const string mutation = "mutation { deleteTactic(id: \"tactic:apq_absent\", version: 1) { graphVersion } }";
        await RawGraphQL.PostAsync(app.CreateClient(), WithQuery(mutation));
        var hash = RawGraphQL.Sha256(mutation);
        Assert.NotEqual("PERSISTED_QUERY_NOT_FOUND", (await RawGraphQL.PostAsync(app.CreateClient(), HashOnly(mutation))).Code());
        var get = await RawGraphQL.GetAsync(app.CreateClient(), "extensions=" + RawGraphQL.Encode(RawGraphQL.PersistedQuery(hash)));
        Assert.Equal(405, get.Status);
        Assert.Equal("POST", get.Header("Allow"));
    }

    [Theory]
    [InlineData("""{"persistedQuery": {"version": 2, "sha256Hash": "0000000000000000000000000000000000000000000000000000000000000000"}}""", "version")]
    [InlineData("""{"persistedQuery": {"version": 1, "sha256Hash": "abc"}}""", "sha256Hash")]
    [InlineData("""{"persistedQuery": "abc"}""", "object")]
    public async Task A_malformed_persisted_query_extension_is_a_bad_request(string extensions, string named)
    {
        var answer = await RawGraphQL.PostAsync(app.CreateClient(), $$"""{"extensions": {{extensions}}}""");
        Assert.Equal(400, answer.Status);
        Assert.Equal("BAD_REQUEST", answer.Code());
        Assert.Contains(named, answer.Message());
    }

    [Fact]
    public async Task A_document_id_and_a_query_together_are_a_bad_request()
    {
        var answer = await RawGraphQL.PostAsync(app.CreateClient(), """{"documentId": "sha256:00", "query": "{ __typename }"}""");
        Assert.Equal(400, answer.Status);
        Assert.Equal("BAD_REQUEST", answer.Code());
    }

    [Fact]
    public async Task A_document_id_over_256_characters_is_a_bad_request()
    {
        var answer = await RawGraphQL.GetAsync(app.CreateClient(), "documentId=" + new string('a', 257));
        Assert.Equal(400, answer.Status);
        Assert.Contains("'documentId'", answer.Message());
    }

    [Fact]
    public async Task Switched_off_the_server_says_not_supported_and_still_runs_whole_documents()
    {
        await using var off = new KnowledgeGraphApp();
        off.Settings["PersistedOperations:Automatic"] = "false";
        var query = Unique("Off");
        var hashOnly = await RawGraphQL.PostAsync(off.CreateClient(), HashOnly(query));
        Assert.Equal("PERSISTED_QUERY_NOT_SUPPORTED", hashOnly.Code());
        Assert.Equal("PersistedQueryNotSupported", hashOnly.Message());
        Assert.Equal(200, (await RawGraphQL.PostAsync(off.CreateClient(), WithQuery(query))).Status);
        Assert.Equal("PERSISTED_QUERY_NOT_SUPPORTED", (await RawGraphQL.PostAsync(off.CreateClient(), HashOnly(query))).Code());
    }

    [Fact]
    public async Task With_redis_a_document_stored_through_one_replica_runs_by_hash_on_another()
    {
        using var redis = new RedisServer();
        await using var one = new KnowledgeGraphApp();
        await using var two = new KnowledgeGraphApp();
        one.Settings["Cache:Redis"] = redis.ConnectionString;
        two.Settings["Cache:Redis"] = redis.ConnectionString;
        var query = Unique("Shared");
        Assert.Equal(200, (await RawGraphQL.PostAsync(one.CreateClient(), WithQuery(query))).Status);
        var answer = await RawGraphQL.PostAsync(two.CreateClient(), HashOnly(query));
        Assert.Equal(200, answer.Status);
        Assert.NotNull(answer.Body["data"]!["industries"]);
    }
}
