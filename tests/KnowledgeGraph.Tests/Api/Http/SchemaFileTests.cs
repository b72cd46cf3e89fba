using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Api.Http;

/// <summary>The served SDL is the committed contract.</summary>
public sealed class SchemaFileTests(KnowledgeGraphApp app) : IClassFixture<KnowledgeGraphApp>
{
    [Fact]
    public async Task The_published_sdl_equals_the_schema_file()
    {
        var response = await app.CreateClient().GetAsync("/graphql/schema.graphql");
        response.EnsureSuccessStatusCode();
        var served = await response.Content.ReadAsStringAsync();
        Assert.Contains("type Intervention implements Node", served);
        var published = File.ReadAllText(RepoPaths.SchemaFile).ReplaceLineEndings("\n");
        // To publish a deliberate change: curl http://localhost:5080/graphql/schema.graphql > schema/knowledge-graph.graphql
        Assert.True(published == served, "schema/knowledge-graph.graphql differs from the SDL the server prints; publish the change.");
    }
}
