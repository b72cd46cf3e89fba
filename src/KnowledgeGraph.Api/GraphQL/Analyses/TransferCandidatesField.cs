using System.Globalization;
using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Resolvers;
using GraphQL.Types;
using KnowledgeGraph.Api.GraphQL.Limits;
using KnowledgeGraph.Api.GraphQL.Nodes;
using KnowledgeGraph.Core.Analyses.Transfer;
using KnowledgeGraph.Core.Analyses.WhatWorked;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Stores;

namespace KnowledgeGraph.Api.GraphQL.Analyses;

/// <summary><c>transferCandidates</c>: what worked in similar industries and is not tried here yet.</summary>
[QueryFields]
public static class TransferCandidatesField
{
    public static void AddTo(ObjectGraphType query)
    {
        Arguments(query.Field<ListGraphType<NonNullGraphType<TransferCandidateGraphType>>>("transferCandidates")
            .Description("Interventions with a positive EFFECT finding and net effect evidence above 0, in industries that share this industry's risk factors and bring strategies not applied here, ranked by evidence × (1 + distinctiveness of the shared risk factors); ties by id."))
            .ResolveAsync(async (c, store, analyses) => await RankAsync(c, store, analyses, AnalysisArgs.First(c, 10)));

        var connection = AnalysisConnection.Type<TransferCandidate>("TransferCandidates", GraphTypeFactory.Named("TransferCandidate"),
            "transferCandidates' ranking, a page at a time (Relay cursor connection).");
        Arguments(query.Field("transferCandidatesConnection", connection)
            .Description($"The same ranking as transferCandidates, paged: first (default 10, at most {AnalysisArgs.MaxResults}) candidates after the cursor 'after', with pageInfo and totalCount.")
            .Argument<StringGraphType>("after", "Returns the candidates ranked below this cursor."))
            .ResolveAsync(async (c, store, analyses) => AnalysisConnection.Page(c, await RankAsync(c, store, analyses, int.MaxValue), 10));
    }

    private static ResolverBuilder<object?, TReturn, IGraphStore, IGraphAnalyses> Arguments<TReturn>(global::GraphQL.Builders.FieldBuilder<object?, TReturn> field) => field
        .Argument<NonNullGraphType<IdGraphType>>("industry", "The industry looking for ideas.")
        .Argument<IntGraphType>("first", $"How many (default 10, at most {AnalysisArgs.MaxResults}).")
        .Analysis(AnalysisWeights.TransferCandidates, defaultFirst: 10)
        .Resolve()
        .WithServices<IGraphStore, IGraphAnalyses>();

    /// <summary>The ranking (every candidate is ranked either way; <paramref name="first"/> only cuts it).</summary>
    private static async Task<IReadOnlyList<TransferCandidate>> RankAsync(IResolveFieldContext c, IGraphStore store, IGraphAnalyses analyses, int first)
    {
        var industry = c.GetArgument<string>("industry");
        await Args.RequireNodesAsync(store, [industry], GraphSchema.Industry, c.CancellationToken);
        return await analyses.TransferCandidatesAsync(industry, first, c.CancellationToken);
    }
}

public sealed class TransferCandidateGraphType : ObjectGraphType<TransferCandidate>
{
    public TransferCandidateGraphType()
    {
        Name = "TransferCandidate";
        Description = "An intervention that worked in an industry with similar risk factors and brings strategies not yet applied here.";
        Field<NonNullGraphType<InterventionGraphType>>("intervention").Description("The intervention that worked elsewhere.").Resolve(c => c.Loaders().Node(c.Source.InterventionId));
        Field<NonNullGraphType<FloatGraphType>>("score").Description("evidence × (1 + distinctiveness).").Resolve(c => c.Source.Score);
        Field<NonNullGraphType<FloatGraphType>>("similarity").Description("Jaccard similarity of the two industries' risk factors (shown, not used in the score).").Resolve(c => c.Source.Similarity);
        Field<NonNullGraphType<FloatGraphType>>("evidence").Description("Its net effect evidence: Σ sign × strength × design × recency over its EFFECT findings, as whatWorked sums them, so that negative and mixed findings weigh against it.").Resolve(c => c.Source.Evidence);
        AddField(new FieldType
        {
            Name = "sharedRiskFactors",
            Description = "The reason: risk factors both industries have.",
            ResolvedType = new NonNullGraphType(new ListGraphType(new NonNullGraphType(GraphTypeFactory.Named("RiskFactor")))),
            Resolver = new FuncFieldResolver<TransferCandidate, object>(c => c.Source.SharedRiskFactors),
        });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SharedRiskFactorGraphType>>>>("sharedFactors")
            .Description("The shared risk factors with their distinctiveness weight, heaviest first.").Resolve(c => c.Source.SharedFactors);
        Field<NonNullGraphType<FloatGraphType>>("distinctiveness").Description("Σ weight of the shared risk factors.").Resolve(c => c.Source.Distinctiveness);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IndustryGraphType>>>>("fromIndustries").Description("The industries it was applied in.").Resolve(c => c.Loaders().Nodes(c.Source.FromIndustryIds));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StrategyInterface>>>>("newStrategies").Description("Its tactics and levers this industry has not applied.")
            .Resolve(c => c.Loaders().Nodes(c.Source.NewStrategyIds));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FindingGraphType>>>>("findings").Description("Its positive EFFECT findings.").Resolve(c => c.Loaders().Nodes(c.Source.PositiveFindingIds));
        Field<NonNullGraphType<StringGraphType>>("reason").Description("Why it is suggested, in plain words.").Resolve(c =>
            $"Shares {string.Join(", ", c.Source.SharedFactors.Select(f => $"{f.Name} (weight {f.Weight.ToString(CultureInfo.InvariantCulture)})"))} with this industry; "
            + $"{c.Source.PositiveFindingIds.Count} positive EFFECT finding(s); brings {c.Source.NewStrategyIds.Count} strategy(ies) not applied here.");
    }
}

public sealed class SharedRiskFactorGraphType : ObjectGraphType<SharedRiskFactor>
{
    public SharedRiskFactorGraphType()
    {
        Name = "SharedRiskFactor";
        Description = "A risk factor both industries have, weighted by how distinctive it is.";
        this.EnumField("name", "RiskFactor", "The risk factor.", s => s.Name, nonNull: true);
        Field<NonNullGraphType<FloatGraphType>>("weight").Description("ln(industries described by risk factors / industries with this factor); 0 when every industry has it.")
            .Resolve(c => c.Source.Weight);
        Field<NonNullGraphType<IntGraphType>>("industries").Description("How many industries list this factor.").Resolve(c => c.Source.Industries);
    }
}
