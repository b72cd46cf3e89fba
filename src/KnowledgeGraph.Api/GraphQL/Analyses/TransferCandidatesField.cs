using GraphQL;
using GraphQL.MicrosoftDI;
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
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<TransferCandidateGraphType>>>>("transferCandidates")
            .Description("Interventions with positive findings in industries that share this industry's risk factors and bring strategies not applied here, ranked by similarity × evidence.")
            .Argument<NonNullGraphType<IdGraphType>>("industry", "The industry looking for ideas.")
            .Argument<IntGraphType>("first", $"How many (default 10, at most {AnalysisArgs.MaxResults}).")
            .Analysis(AnalysisWeights.TransferCandidates, defaultFirst: 10)
            .Resolve()
            .WithServices<IGraphStore, IGraphAnalyses>()
            .ResolveAsync(async (c, store, analyses) =>
            {
                var industry = c.GetArgument<string>("industry");
                await Args.RequireNodesAsync(store, [industry], GraphSchema.Industry, c.CancellationToken);
                return await analyses.TransferCandidatesAsync(industry, AnalysisArgs.First(c, 10), c.CancellationToken);
            });
    }
}

public sealed class TransferCandidateGraphType : ObjectGraphType<TransferCandidate>
{
    public TransferCandidateGraphType()
    {
        Name = "TransferCandidate";
        Description = "An intervention that worked in an industry with similar risk factors and brings strategies not yet applied here.";
        Field<NonNullGraphType<InterventionGraphType>>("intervention").Resolve(c => c.Loaders().Node(c.Source.InterventionId));
        Field<NonNullGraphType<FloatGraphType>>("score").Description("similarity × evidence.").Resolve(c => c.Source.Score);
        Field<NonNullGraphType<FloatGraphType>>("similarity").Description("Jaccard similarity of the two industries' risk factors.").Resolve(c => c.Source.Similarity);
        Field<NonNullGraphType<FloatGraphType>>("evidence").Description("Σ strength × kind × recency of its positive findings.").Resolve(c => c.Source.Evidence);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("sharedRiskFactors").Description("The reason: risk factors both industries have.").Resolve(c => c.Source.SharedRiskFactors);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IndustryGraphType>>>>("fromIndustries").Resolve(c => c.Loaders().Nodes(c.Source.FromIndustryIds));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NodeInterface>>>>("newStrategies").Description("Its tactics and levers this industry has not applied.")
            .Resolve(c => c.Loaders().Nodes(c.Source.NewStrategyIds));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FindingGraphType>>>>("findings").Description("Its positive findings.").Resolve(c => c.Loaders().Nodes(c.Source.PositiveFindingIds));
        Field<NonNullGraphType<StringGraphType>>("reason").Resolve(c =>
            $"Shares {string.Join(", ", c.Source.SharedRiskFactors)} with this industry; {c.Source.PositiveFindingIds.Count} positive finding(s); brings {c.Source.NewStrategyIds.Count} strategy(ies) not applied here.");
    }
}
