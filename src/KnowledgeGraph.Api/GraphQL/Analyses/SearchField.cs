using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;
using KnowledgeGraph.Api.GraphQL.Limits;
using KnowledgeGraph.Api.GraphQL.Nodes;
using KnowledgeGraph.Core.Analyses.Search;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Stores;

namespace KnowledgeGraph.Api.GraphQL.Analyses;

/// <summary><c>search</c>: full-text search over the graph.</summary>
[QueryFields]
public static class SearchField
{
    /// <summary>How many best matches <c>searchConnection</c> ranks and pages over (and counts in totalCount).</summary>
    public const int ConnectionWindow = 1000;

    public static void AddTo(ObjectGraphType query)
    {
        Arguments(query.Field<ListGraphType<NonNullGraphType<SearchHitGraphType>>>("search")
            .Description("Full-text search over names, descriptions, finding summaries and source quotes; every word must match (as a prefix). Best match first."))
            .ResolveAsync(async (c, analyses) => await HitsAsync(c, analyses, AnalysisArgs.First(c, 20)));

        var connection = AnalysisConnection.Type<SearchHit>("Search", GraphTypeFactory.Named("SearchHit"),
            "search's matches, best first, a page at a time (Relay cursor connection).",
            $"How many nodes match, counting at most the {ConnectionWindow} best matches (the ones this connection pages over).");
        Arguments(query.Field("searchConnection", connection)
            .Description($"The same search as search, paged: first (default 20, at most {AnalysisArgs.MaxResults}) matches after the cursor 'after', with pageInfo and totalCount. Pages over the {ConnectionWindow} best matches.")
            .Argument<StringGraphType>("after", "Returns the matches ranked below this cursor."))
            .ResolveAsync(async (c, analyses) => AnalysisConnection.Page(c, await HitsAsync(c, analyses, ConnectionWindow), 20));
    }

    private static ResolverBuilder<object?, TReturn, IGraphAnalyses> Arguments<TReturn>(global::GraphQL.Builders.FieldBuilder<object?, TReturn> field) => field
        .Argument<NonNullGraphType<StringGraphType>>("text", "Words to find (at most 200 characters).")
        .Argument<ListGraphType<NonNullGraphType<NodeLabelGraphType>>>("labels", "Only nodes of these labels.")
        .Argument<IntGraphType>("first", $"How many (default 20, at most {AnalysisArgs.MaxResults}).")
        .Analysis(c => new(50 + AnalysisCost.Int(c, "first", 20), AnalysisCost.Int(c, "first", 20)))
        .Resolve()
        .WithService<IGraphAnalyses>();

    private static async Task<IReadOnlyList<SearchHit>> HitsAsync(IResolveFieldContext c, IGraphAnalyses analyses, int first)
    {
        var text = c.GetArgument<string>("text");
        if (text.Length > LabelQueries.MaxTextLength)
        {
            throw new GraphError(ErrorCodes.BadUserInput, $"'text' is {text.Length} characters long; at most {LabelQueries.MaxTextLength} are allowed.");
        }
        var labels = c.GetArgument<List<object>?>("labels")?.Cast<string>().ToList() ?? [];
        return await analyses.SearchAsync(new SearchQuery(text, labels, first), c.CancellationToken);
    }
}

public sealed class SearchHitGraphType : ObjectGraphType<SearchHit>
{
    public SearchHitGraphType()
    {
        Name = "SearchHit";
        Description = "A node matching a full-text search, with the matched passage.";
        Field<NonNullGraphType<NodeInterface>>("node").Description("The matching node.").Resolve(c => c.Source.Node);
        Field<NonNullGraphType<FloatGraphType>>("score").Description("Relevance (BM25); higher is better.").Resolve(c => c.Source.Rank);
        Field<NonNullGraphType<StringGraphType>>("snippet").Description("The matched text, with matches between « and ».").Resolve(c => c.Source.Snippet);
    }
}
