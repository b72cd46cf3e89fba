using KnowledgeGraph.Api.GraphQL.Execution;

namespace KnowledgeGraph.Tests.Api.GraphQL;

/// <summary>A document text is parsed once and then served from the bounded cache; failures and huge texts are not kept.</summary>
public sealed class DocumentParserCacheTests
{
    [Fact]
    public void The_same_text_gives_the_same_parsed_document()
    {
        var text = $"{{ node(id: \"industry:{Guid.NewGuid():N}\") {{ id }} }}";
        var (first, error) = DocumentParser.Parse(text);
        var (second, _) = DocumentParser.Parse(text);

        Assert.Null(error);
        Assert.NotNull(first);
        Assert.Same(first, second);
    }

    [Fact]
    public void A_syntax_error_is_reported_every_time_and_a_huge_text_is_parsed_anew()
    {
        Assert.NotNull(DocumentParser.Parse("{ node(").Error);
        Assert.NotNull(DocumentParser.Parse("{ node(").Error);

        var huge = "{ __typename " + new string(' ', DocumentParser.CachedDocumentLength) + "}";
        Assert.NotSame(DocumentParser.Parse(huge).Document, DocumentParser.Parse(huge).Document);
    }
}
