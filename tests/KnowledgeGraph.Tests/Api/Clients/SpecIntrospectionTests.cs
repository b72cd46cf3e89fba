using System.Net.Http.Json;
using System.Text.Json.Nodes;
using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Api.Clients;

/// <summary>
/// Introspection as the October 2021 spec has it: isRepeatable, specifiedByURL, deprecated arguments and input
/// fields; asked directly, and by graphql-js's own introspection query with every option on.
/// </summary>
public sealed class SpecIntrospectionTests(LoopbackApp host) : IClassFixture<LoopbackApp>
{
    [Fact]
    public async Task An_introspection_query_reads_specified_by_urls_repeatability_and_deprecated_input_values()
    {
        using var client = new HttpClient { BaseAddress = host.App.ClientOptions.BaseAddress };
        using var response = await client.PostAsJsonAsync("/graphql", new
        {
            query = """
                {
                  dateTime: __type(name: "DateTime") { kind specifiedByURL }
                  json: __type(name: "JSON") { specifiedByURL }
                  string: __type(name: "String") { specifiedByURL }
                  filter: __type(name: "EvidenceFilter") { inputFields(includeDeprecated: true) { name isDeprecated deprecationReason } }
                  query: __type(name: "Query") { fields { name args(includeDeprecated: true) { name isDeprecated deprecationReason } } }
                  __schema { directives { name isRepeatable locations args(includeDeprecated: true) { name isDeprecated } } }
                }
                """,
        });
        var body = (await response.Content.ReadFromJsonAsync<JsonNode>())!;
        Assert.True(body["errors"] is null, body.ToJsonString());
        var data = body["data"]!;
        Assert.Equal(("SCALAR", "https://scalars.graphql.org/andimarek/date-time"), ((string)data["dateTime"]!["kind"]!, (string)data["dateTime"]!["specifiedByURL"]!));
        Assert.Equal("https://www.rfc-editor.org/rfc/rfc8259", (string?)data["json"]!["specifiedByURL"]);
        Assert.Null(data["string"]!["specifiedByURL"]);
        Assert.All(data["filter"]!["inputFields"]!.AsArray(), f => Assert.False((bool)f!["isDeprecated"]!));
        Assert.Contains(data["query"]!["fields"]!.AsArray(), f => (string?)f!["name"] == "whatWorked" && f["args"]!.AsArray().Count > 5);
        var directives = data["__schema"]!["directives"]!.AsArray();
        var specifiedBy = directives.Single(d => (string?)d!["name"] == "specifiedBy")!;
        Assert.False((bool)specifiedBy["isRepeatable"]!);
        Assert.Equal(["SCALAR"], specifiedBy["locations"]!.AsArray().Select(l => (string?)l));
        Assert.Equal(["url"], specifiedBy["args"]!.AsArray().Select(a => (string?)a!["name"]));
        Assert.All(directives, d => Assert.NotNull(d!["isRepeatable"]));
    }

    [Fact]
    public async Task Graphql_js_introspects_with_every_october_2021_option_and_builds_the_schema()
    {
        var seen = await NodeClients.RunAsync("introspection.mjs", host.BaseUrl);
        Assert.Equal(200, (int)seen["status"]!);
        Assert.Empty(seen["errors"]!.AsArray());
        Assert.Equal("https://scalars.graphql.org/andimarek/date-time", (string?)seen["specifiedByURL"]!["DateTime"]);
        Assert.Equal("https://www.w3.org/TR/NOTE-datetime", (string?)seen["specifiedByURL"]!["Date"]);
        Assert.Equal("https://www.rfc-editor.org/rfc/rfc3986", (string?)seen["specifiedByURL"]!["URL"]);
        Assert.Null(seen["specifiedByURL"]!["String"]);
        Assert.Contains(seen["directives"]!.AsArray(), d => (string?)d!["name"] == "specifiedBy" && (bool)d["isRepeatable"]! == false);
        Assert.Contains("ARGUMENT_DEFINITION", seen["deprecatedLocations"]!.AsArray().Select(l => (string?)l));
        Assert.Contains("INPUT_FIELD_DEFINITION", seen["deprecatedLocations"]!.AsArray().Select(l => (string?)l));
        Assert.True((bool)seen["sdlMentionsSpecifiedBy"]!);
        Assert.StartsWith("KnowledgeGraph", (string?)seen["description"]);
    }
}
