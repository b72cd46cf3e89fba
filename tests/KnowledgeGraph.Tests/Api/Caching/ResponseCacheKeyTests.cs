using KnowledgeGraph.Api.Caching;

namespace KnowledgeGraph.Tests.Api.Caching;

/// <summary>The response cache's key: the graph version, then a SHA-256 of role, operation name, document and variables.</summary>
public sealed class ResponseCacheKeyTests
{
    [Theory]
    [InlineData("reader", null, "{ industries { totalCount } }", null)]
    [InlineData("reader", "Ünïcode", "{ search(text: \"México 🙂\") { id } }", """{"text":"é"}""")]
    public void The_key_is_the_version_and_a_sha256_and_the_same_for_the_same_request(string role, string? operationName, string query, string? variables)
    {
        var key = ResponseCache.Key(42, role, operationName, query, variables);
        Assert.Matches("^gql:v42:[0-9a-f]{64}$", key);
        Assert.Equal(key, ResponseCache.Key(42, role, operationName, query, variables));
    }

    [Fact]
    public void Each_part_and_the_version_change_the_key()
    {
        var key = ResponseCache.Key(1, "reader", "A", "{ a }", "{}");
        Assert.Equal(key, ResponseCache.Key(1, "reader", "A", "{ a }", "{}"));
        Assert.NotEqual(key, ResponseCache.Key(2, "reader", "A", "{ a }", "{}"));
        Assert.NotEqual(key, ResponseCache.Key(1, "curator", "A", "{ a }", "{}"));
        Assert.NotEqual(key, ResponseCache.Key(1, "reader", "B", "{ a }", "{}"));
        Assert.NotEqual(key, ResponseCache.Key(1, "reader", "A", "{ b }", "{}"));
        Assert.NotEqual(key, ResponseCache.Key(1, "reader", "A", "{ a }", null));
        // The parts are kept apart: text moved from one part to the next, or an absent part against an empty one, is another key.
        Assert.NotEqual(ResponseCache.Key(1, "reader", "A", "\n{ a }", null), ResponseCache.Key(1, "reader", "A\n", "{ a }", null));
        Assert.NotEqual(ResponseCache.Key(1, "reader", "A", "{ a }", "{}"), ResponseCache.Key(1, "reader", "A", "{ a }{}", null));
        Assert.NotEqual(ResponseCache.Key(1, "reader", null, "{ a }", null), ResponseCache.Key(1, "reader", "", "{ a }", null));
    }
}
