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
    public static void AddTo(ObjectGraphType query)
    {
        query.Field<ListGraphType<NonNullGraphType<SearchHitGraphType>>>("search")
            .Description("Full-text search over names, descriptions, finding summaries and source quotes; every word must match (as a prefix). Best match first.")
            .Argument<NonNullGraphType<StringGraphType>>("text", "Words to find (at most 200 characters).")
            .Argument<ListGraphType<NonNullGraphType<NodeLabelGraphType>>>("labels", "Only nodes of these labels.")
            .Argument<IntGraphType>("first", $"How many (default 20, at most {AnalysisArgs.MaxResults}).")
            .Analysis(c => new(50 + AnalysisCost.Int(c, "first", 20), AnalysisCost.Int(c, "first", 20)))
            .Resolve()
            .WithService<IGraphAnalyses>()
            .ResolveAsync(async (c, analyses) =>
            {
                var text = c.GetArgument<string>("text");
                if (text.Length > LabelQueries.MaxTextLength)
                {
                    throw new GraphError(ErrorCodes.BadUserInput, $"'text' is {text.Length} characters long; at most {LabelQueries.MaxTextLength} are allowed.");
                }
                var labels = c.GetArgument<List<object>?>("labels")?.Cast<string>().ToList() ?? [];
                return await analyses.SearchAsync(new SearchQuery(text, labels, AnalysisArgs.First(c, 20)), c.CancellationToken);
            });
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
