using KnowledgeGraph.Api.Http;
using Microsoft.Extensions.Primitives;

namespace KnowledgeGraph.Tests.Api.Http;

/// <summary>Content negotiation as GraphQL over HTTP asks: the type a client names (the newer one on a tie), JSON for clients that name none, else nothing.</summary>
public sealed class MediaTypesTests
{
    [Theory]
    [InlineData(null, "application/json")]
    [InlineData("", "application/json")]
    [InlineData("application/json", "application/json")]
    [InlineData("application/graphql-response+json", "application/graphql-response+json")]
    [InlineData("*/*", "application/json")]
    [InlineData("application/*", "application/json")]
    [InlineData("*/*;q=0.8, application/graphql-response+json", "application/graphql-response+json")]
    [InlineData("application/graphql-response+json;q=0.5, */*", "application/json")]
    [InlineData("application/json, application/graphql-response+json", "application/graphql-response+json")]
    [InlineData("application/graphql-response+json;q=0.5, application/json", "application/json")]
    [InlineData("application/json;q=0.9, application/graphql-response+json;q=0.9", "application/graphql-response+json")]
    [InlineData("APPLICATION/JSON", "application/json")]
    [InlineData("text/html, application/json;q=0.1", "application/json")]
    public void The_response_type_follows_accept_and_its_qualities(string? accept, string expected) =>
        Assert.Equal(expected, MediaTypes.Choose(accept is null ? StringValues.Empty : new StringValues(accept)));

    [Theory]
    [InlineData("text/html")]
    [InlineData("application/xml")]
    [InlineData("application/json;q=0")]
    [InlineData("not a media type;;;")]
    public void Nothing_acceptable_is_null(string accept) =>
        Assert.Null(MediaTypes.Choose(new StringValues(accept)));
}
