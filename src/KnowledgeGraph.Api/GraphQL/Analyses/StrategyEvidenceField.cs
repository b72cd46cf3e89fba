using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;
using KnowledgeGraph.Api.GraphQL.Limits;
using KnowledgeGraph.Api.GraphQL.Nodes;
using KnowledgeGraph.Api.GraphQL.Nodes.Loaders;
using KnowledgeGraph.Core.Analyses.WhatWorked;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Stores;

namespace KnowledgeGraph.Api.GraphQL.Analyses;

/// <summary><c>strategyEvidence</c>: all the evidence for one tactic, policy lever or intervention, with its verdict.</summary>
[QueryFields]
public static class StrategyEvidenceField
{
    private static readonly string[] Labels = [GraphSchema.Tactic, GraphSchema.PolicyLever, GraphSchema.Intervention];

    public static void AddTo(ObjectGraphType query)
    {
        query.Field<StrategyEvidenceResultGraphType>("strategyEvidence")
            .Description("All the evidence for one tactic, policy lever or intervention, with its verdict: scored exactly as whatWorked scores it in the same scope, the EFFECT findings apart from the adoption, prevalence and process findings.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The tactic, policy lever or intervention.")
            .ScopeArguments()
            .Analysis(AnalysisWeights.WhatWorked)
            .Resolve()
            .WithServices<IGraphStore, IGraphAnalyses>()
            .ResolveAsync(async (c, store, analyses) =>
            {
                var id = c.GetArgument<string>("id");
                var node = (await store.GetNodesAsync([id], c.CancellationToken)).FirstOrDefault()
                    ?? throw new GraphError(ErrorCodes.NotFound, $"There is no node '{id}'.");
                if (!Labels.Contains(node.Label))
                {
                    throw new GraphError(ErrorCodes.BadUserInput, $"'{id}' is a {node.Label}, not a {string.Join(", ", Labels)}.");
                }
                var filter = await EvidenceScope.FilterAsync(c, store);
                // The whole scope's rows, as whatWorked reads them, so that the score is the one whatWorked gives.
                var rows = await analyses.EvidenceAsync(filter, c.CancellationToken);
                var one = OneStrategy.Of(id, node.Label, rows, await analyses.NewestFindingYearAsync(c.CancellationToken));
                var sourcing = await store.SourcingAsync(one.Evidence.FindingIds, c.CancellationToken);
                return one with { Evidence = StrategySourcing.Apply(one.Evidence, sourcing) };
            });
    }
}

public sealed class StrategyEvidenceResultGraphType : ObjectGraphType<OneStrategyEvidence>
{
    public StrategyEvidenceResultGraphType()
    {
        Name = "StrategyEvidenceResult";
        Description = "All the evidence for one tactic, policy lever or intervention in a scope, with its verdict.";
        Field<NonNullGraphType<StrategyInterface>>("strategy").Description("The tactic, policy lever or intervention.")
            .Resolve(c => c.Loaders().Node(c.Source.Evidence.SubjectId));
        Field<NonNullGraphType<StrategyKindGraphType>>("kind").Description("Whether it is a tactic, a policy lever or an intervention.").Resolve(c => c.Source.Evidence.SubjectLabel);
        Field<NonNullGraphType<BooleanGraphType>>("appliedInScope").Description("Some intervention in scope applies it (false: no evidence either way).")
            .Resolve(c => c.Source.AppliedInScope);
        Field<NonNullGraphType<VerdictGraphType>>("verdict").Description("The verdict whatWorked gives it in the same scope: from EFFECT findings only.")
            .Resolve(c => c.Source.Evidence.Verdict);
        Field<NonNullGraphType<FloatGraphType>>("score").Description("The score whatWorked gives it in the same scope (docs/scoring.md).").Resolve(c => c.Source.Evidence.Score);
        Field<NonNullGraphType<FloatGraphType>>("confidence").Description("Σ of the EFFECT finding weights, whatever their direction.").Resolve(c => c.Source.Evidence.Confidence);
        Field<NonNullGraphType<StringGraphType>>("explanation").Description("The score in plain words.").Resolve(c => c.Source.Evidence.Explanation);
        Field<NonNullGraphType<EffectCountsGraphType>>("effects").Description("Its EFFECT findings in scope, counted by effect.").Resolve(c => c.Source.Evidence.Effects);
        Field<NonNullGraphType<FindingKindCountsGraphType>>("findingKinds").Description("Every finding in scope counted by kind; only EFFECT findings count toward verdict and score.")
            .Resolve(c => c.Source.Evidence.Kinds);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FindingGraphType>>>>("findings").Description("The EFFECT findings behind the verdict and score, each with its sources.")
            .Resolve(c => c.Loaders().Nodes(c.Source.Evidence.FindingIds));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FindingGraphType>>>>("adoptions").Description("ADOPTION findings: reported beside the verdict, never counted in it.")
            .Resolve(c => c.Loaders().Nodes(c.Source.Evidence.AdoptionFindingIds));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FindingGraphType>>>>("prevalence")
            .Description("PREVALENCE findings that describe the industries where it was applied (how common the problem is there): context, never counted.")
            .Resolve(c => c.Source.Evidence.IndustryIds
                .Select(id => c.Loaders().Neighbors(new NeighborKey(id, RelationshipTypes.Describes, Direction.In))).ToList().WhenAll()
                .And(c.Loaders().Nodes(c.Source.PrevalenceFindingIds)) // a database not yet migrated may still hang one off an intervention
                .Then(found => (IReadOnlyList<Node>)found.First.SelectMany(l => l).Select(n => n.Node).Concat(found.Second)
                    .DistinctBy(n => n.Id).OrderBy(n => n.Id, StringComparer.Ordinal).ToList()));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FindingGraphType>>>>("process").Description("PROCESS findings (implementation facts): never counted.")
            .Resolve(c => c.Loaders().Nodes(c.Source.ProcessFindingIds));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<InterventionGraphType>>>>("interventions").Description("The interventions in scope that apply it.")
            .Resolve(c => c.Loaders().Nodes(c.Source.Evidence.InterventionIds));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IndustryGraphType>>>>("industries").Description("Industries where it was applied.")
            .Resolve(c => c.Loaders().Nodes(c.Source.Evidence.IndustryIds));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IndustryGraphType>>>>("positiveIn").Description("Industries with a positive EFFECT finding (replication).")
            .Resolve(c => c.Loaders().Nodes(c.Source.Evidence.PositiveIndustryIds));
        this.SharingAndAdoption(s => s.Evidence);
        Field<NonNullGraphType<IntGraphType>>("weaklySourced").Description(WhatWorkedResultGraphType.WeaklySourcedText).Resolve(c => c.Source.Evidence.WeaklySourced);
    }
}
