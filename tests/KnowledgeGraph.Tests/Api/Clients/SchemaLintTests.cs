using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Api.Clients;

/// <summary>graphql-schema-linter (from npm) finds no missing description in the published SDL nor in the one the host serves.</summary>
public sealed class SchemaLintTests(LoopbackApp host) : IClassFixture<LoopbackApp>
{
    [Fact]
    public async Task The_schema_linter_reports_no_missing_description_in_the_sdl_file_or_the_live_schema()
    {
        var seen = await NodeClients.RunAsync("schema-lint.mjs", host.BaseUrl);
        Assert.Equal(5, (int)seen["rules"]!);
        Assert.True((int)seen["file"]!["findings"]! == 0, $"schema/knowledge-graph.graphql: {seen["file"]!.ToJsonString()}");
        Assert.True((int)seen["live"]!["findings"]! == 0, $"the live schema: {seen["live"]!.ToJsonString()}");
    }
}
