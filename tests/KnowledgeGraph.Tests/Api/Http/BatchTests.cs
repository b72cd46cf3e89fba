using System.Text.Json.Nodes;
using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Api.Http;

/// <summary>
/// A POST body that is a JSON array runs each entry as the request it would be alone and answers a 200 array of their
/// responses in order (the GraphQL-over-HTTP batching appendix); a batch that is not well-formed, empty or too long is
/// refused whole with one GraphQL error.
/// </summary>
public sealed class BatchTests(CuratedApp app) : IClassFixture<CuratedApp>
{
    private static string Batch(params object[] entries) => System.Text.Json.JsonSerializer.Serialize(entries);

    [Theory]
    [InlineData("application/graphql-response+json")]
    [InlineData("application/json")]
    public async Task Entries_answer_in_order_each_with_its_own_errors_and_the_array_is_200(string accept)
    {
        var answer = await RawGraphQL.PostAsync(app.CreateClient(), Batch(
            new { query = "{ industries(first: 1) { totalCount } }" },
            new { query = "{ noSuchField }" },
            new { query = "query A { __typename } query B { __typename }" },
            new { query = "query($id: ID!) { node(id: $id) { id } }", variables = new { id = "industry:agriculture_farmwork" } }), accept);
        Assert.Equal(200, answer.Status);
        Assert.StartsWith(accept, answer.Header("Content-Type"));
        var results = answer.Body.AsArray();
        Assert.Equal(4, results.Count);
        Assert.True((int)results[0]!["data"]!["industries"]!["totalCount"]! > 0);
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", (string?)results[1]!["errors"]![0]!["extensions"]!["code"]);
        Assert.Equal("OPERATION_RESOLUTION_FAILURE", (string?)results[2]!["errors"]![0]!["extensions"]!["code"]);
        Assert.Equal("industry:agriculture_farmwork", (string?)results[3]!["data"]!["node"]!["id"]);
    }

    [Theory]
    [InlineData("[]", "BAD_REQUEST", "empty")]
    [InlineData("[1]", "BAD_REQUEST", "array")]
    [InlineData("[null]", "BAD_REQUEST", "entry")]
    [InlineData("[{\"query\": \"{ __typename }\"}, \"sample\"]", "BAD_REQUEST", "array")]
    public async Task A_batch_that_is_empty_or_not_a_list_of_objects_is_refused_whole(string body, string code, string named)
    {
        var answer = await RawGraphQL.PostAsync(app.CreateClient(), body);
        Assert.Equal(400, answer.Status);
        Assert.Equal(code, answer.Code());
        Assert.Contains(named, answer.Message());
    }

    [Fact]
    public async Task A_batch_over_the_configured_size_is_refused_with_its_code()
    {
        var entries = Enumerable.Repeat<object>(new { query = "{ __typename }" }, 11).ToArray();
        var answer = await RawGraphQL.PostAsync(app.CreateClient(), Batch(entries));
        Assert.Equal(400, answer.Status);
        Assert.Equal("BATCH_TOO_LARGE", answer.Code());
        Assert.Contains("10", answer.Message());
        var ten = await RawGraphQL.PostAsync(app.CreateClient(), Batch(entries[..10]));
        Assert.Equal(10, ten.Body.AsArray().Count);
    }

    [Fact]
    public async Task A_mutation_runs_in_a_batch_as_it_would_alone_and_later_entries_see_its_effect()
    {
        var id = $"tactic:batch_{Guid.NewGuid():N}";
        var read = new { query = "query($id: ID!) { node(id: $id) { ... on Tactic { name } } }", variables = new { id } };
        var anonymous = await RawGraphQL.PostAsync(app.CreateClient(), Batch(
            new { query = $$"""mutation { createTactic(input: { id: "{{id}}", name: "Batched", category: ORGANIZING }) { id } }""" }, read));
        Assert.Equal("UNAUTHENTICATED", (string?)anonymous.Body[0]!["errors"]![0]!["extensions"]!["code"]);
        Assert.Null(anonymous.Body[1]!["data"]!["node"]);

        var curated = await RawGraphQL.PostAsync(app.CreateClient(), Batch(
            read,
            new { query = $$"""mutation { createTactic(input: { id: "{{id}}", name: "Batched", category: ORGANIZING }) { id } }""" },
            read), bearer: CuratedApp.CuratorKey);
        Assert.Null(curated.Body[0]!["data"]!["node"]);
        Assert.Equal(id, (string?)curated.Body[1]!["data"]!["createTactic"]!["id"]);
        Assert.Equal("Batched", (string?)curated.Body[2]!["data"]!["node"]!["name"]);
    }

    [Fact]
    public async Task Persisted_query_protocol_works_inside_a_batch()
    {
        var query = $"query Batched{Guid.NewGuid():N} {{ __typename }}";
        var hash = RawGraphQL.Sha256(query);
        var hashOnly = new { extensions = new { persistedQuery = new { version = 1, sha256Hash = hash } } };
        var answer = await RawGraphQL.PostAsync(app.CreateClient(), Batch(
            hashOnly, new { query, extensions = new { persistedQuery = new { version = 1, sha256Hash = hash } } }, hashOnly));
        Assert.Equal(200, answer.Status);
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", (string?)answer.Body[0]!["errors"]![0]!["extensions"]!["code"]);
        Assert.Equal("Query", (string?)answer.Body[1]!["data"]!["__typename"]);
        Assert.Equal("Query", (string?)answer.Body[2]!["data"]!["__typename"]);
    }

    [Fact]
    public async Task With_closed_reads_each_query_entry_needs_the_reader_role()
    {
        await using var closed = new CuratedApp();
        closed.Settings["Auth:RequireReaderForReads"] = "true";
        var body = Batch(new { query = "{ __typename }" }, new { query = "{ __typename }" });
        var anonymous = await RawGraphQL.PostAsync(closed.CreateClient(), body);
        Assert.Equal(200, anonymous.Status);
        Assert.All(anonymous.Body.AsArray(), r => Assert.Equal("UNAUTHENTICATED", (string?)r!["errors"]![0]!["extensions"]!["code"]));
        var reader = await RawGraphQL.PostAsync(closed.CreateClient(), body, bearer: CuratedApp.ReaderKey);
        Assert.All(reader.Body.AsArray(), r => Assert.Equal("Query", (string?)r!["data"]!["__typename"]));
    }

    [Fact]
    public async Task Each_entry_pays_the_request_budget_so_a_batch_cannot_slip_past_it()
    {
        await using var limited = new KnowledgeGraphApp();
        limited.Settings["RateLimit:RequestsPerSecond"] = "1";
        limited.Settings["RateLimit:RequestBurst"] = "6";
        var five = Enumerable.Repeat<object>(new { query = "{ __typename }" }, 5).ToArray();
        Assert.Equal(200, (await RawGraphQL.PostAsync(limited.CreateClient(), Batch(five))).Status);
        var again = await RawGraphQL.PostAsync(limited.CreateClient(), Batch(five));
        Assert.Equal(429, again.Status);
        Assert.Equal("RATE_LIMITED", again.Code());
        Assert.NotNull(again.Header("Retry-After"));
    }

    [Fact]
    public async Task The_cost_of_a_batch_is_the_sum_of_its_entries()
    {
        await using var limited = new KnowledgeGraphApp();
        limited.Settings["RateLimit:CostPerSecond"] = "1";
        limited.Settings["RateLimit:CostBurst"] = "30";   // the query costs about 7
        const string query = "{ industries(first: 5) { nodes { name } } }";
        var alone = await RawGraphQL.PostAsync(limited.CreateClient(), Batch(new { query = query + " " }));
        Assert.Null(alone.Body[0]!["errors"]);
        var entries = Enumerable.Range(0, 10).Select(i => (object)new { query = query + new string(' ', i + 2) }).ToArray();
        var batch = await RawGraphQL.PostAsync(limited.CreateClient(), Batch(entries));
        Assert.Equal(200, batch.Status);
        Assert.Contains(batch.Body.AsArray(), r => (string?)r!["errors"]?[0]?["extensions"]?["code"] == "RATE_LIMITED");
        Assert.NotNull(batch.Header("Retry-After"));
    }
}
