using System.Text.Json.Nodes;
using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Api.Http;

/// <summary>
/// Which operation of a document runs is the client's to say: a document with several operations and no
/// <c>operationName</c>, or a name that matches none, is a request error (OPERATION_RESOLUTION_FAILURE, as Apollo names it);
/// a subscription sent as a plain GET or POST is told to use a streaming transport. Never INTERNAL.
/// </summary>
public sealed class OperationChoiceTests(KnowledgeGraphApp app) : IClassFixture<KnowledgeGraphApp>
{
    private const string TwoQueries = "query A { __typename } query B { industries(first: 1) { totalCount } }";

    [Theory]
    [InlineData("application/graphql-response+json", 400)]
    [InlineData("application/json", 200)]
    public async Task Several_operations_without_an_operation_name_are_a_request_error(string accept, int status)
    {
        var post = await RawGraphQL.PostAsync(app.CreateClient(), new JsonObject { ["query"] = TwoQueries }.ToJsonString(), accept);
        var get = await RawGraphQL.GetAsync(app.CreateClient(), "query=" + Uri.EscapeDataString(TwoQueries), accept);
        foreach (var answer in new[] { post, get })
        {
            Assert.Equal(status, answer.Status);
            Assert.Equal("OPERATION_RESOLUTION_FAILURE", answer.Code());
            Assert.Contains("operationName", answer.Message());
            Assert.Null(answer.Body["data"]);
        }
    }

    [Fact]
    public async Task An_operation_name_that_matches_nothing_is_a_request_error_naming_it()
    {
        var answer = await RawGraphQL.PostAsync(app.CreateClient(), new JsonObject { ["query"] = TwoQueries, ["operationName"] = "C" }.ToJsonString());
        Assert.Equal(400, answer.Status);
        Assert.Equal("OPERATION_RESOLUTION_FAILURE", answer.Code());
        Assert.Contains("'C'", answer.Message());
    }

    [Fact]
    public async Task The_named_operation_of_several_runs()
    {
        var answer = await RawGraphQL.PostAsync(app.CreateClient(), new JsonObject { ["query"] = TwoQueries, ["operationName"] = "B" }.ToJsonString());
        Assert.Equal(200, answer.Status);
        Assert.True((int)answer.Body["data"]!["industries"]!["totalCount"]! > 0);
    }

    [Fact]
    public async Task A_mutation_chosen_by_name_over_get_is_405_even_beside_a_query()
    {
        var document = "query Q { __typename } mutation M { deleteTactic(id: \"tactic:x\", version: 1) { graphVersion } }";
        var answer = await RawGraphQL.GetAsync(app.CreateClient(), $"query={Uri.EscapeDataString(document)}&operationName=M");
        Assert.Equal(405, answer.Status);
        Assert.Equal("POST", answer.Header("Allow"));
    }

    [Theory]
    [InlineData("POST")]
    [InlineData("GET")]
    public async Task A_subscription_over_plain_http_is_sent_to_the_streaming_transports(string method)
    {
        const string subscription = "subscription S { graphChanged { version } }";
        var answer = method == "POST"
            ? await RawGraphQL.PostAsync(app.CreateClient(), new JsonObject { ["query"] = subscription }.ToJsonString())
            : await RawGraphQL.GetAsync(app.CreateClient(), "query=" + Uri.EscapeDataString(subscription));
        Assert.Equal(400, answer.Status);
        Assert.Equal("STREAMING_TRANSPORT_REQUIRED", answer.Code());
        Assert.Contains("/graphql/stream", answer.Message());
        Assert.Contains("graphql-ws", answer.Message());
    }
}
