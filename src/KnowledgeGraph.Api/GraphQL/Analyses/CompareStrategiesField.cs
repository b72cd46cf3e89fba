using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;
using KnowledgeGraph.Api.GraphQL.Limits;
using KnowledgeGraph.Api.GraphQL.Nodes;
using KnowledgeGraph.Core.Analyses.Compare;
using KnowledgeGraph.Core.Analyses.WhatWorked;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Stores;

namespace KnowledgeGraph.Api.GraphQL.Analyses;

/// <summary><c>compareStrategies</c>: which industries apply each strategy, and what their findings say.</summary>
[QueryFields]
public static class CompareStrategiesField
{
    public static void AddTo(ObjectGraphType query)
    {
        query.Field<StrategyComparisonGraphType>("compareStrategies")
            .Description("For each tactic and policy lever, which of the given industries apply it and what their findings say; shared, unique, and outcomes side by side.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("industries", $"Two to {EvidenceFilters.MaxIndustries} industry ids.")
            .Analysis(c => new(AnalysisWeights.PerComparedIndustry * AnalysisCost.Count(c, "industries", 2), 1))
            .Resolve()
            .WithServices<IGraphStore, IGraphAnalyses>()
            .ResolveAsync(async (c, store, analyses) =>
            {
                var industries = c.GetArgument<List<string>>("industries").Distinct().ToList();
                if (industries.Count is < 2 or > EvidenceFilters.MaxIndustries)
                {
                    throw new GraphError(ErrorCodes.BadUserInput, $"'industries' needs 2 to {EvidenceFilters.MaxIndustries} distinct industry ids; it has {industries.Count}.");
                }
                await Args.RequireNodesAsync(store, industries, GraphSchema.Industry, c.CancellationToken);
                var rows = await analyses.EvidenceAsync(new EvidenceFilter { IndustryIds = industries }, c.CancellationToken);
                return StrategyComparison.Compare(industries, rows);
            });
    }
}

public sealed class StrategyComparisonGraphType : ObjectGraphType<Comparison>
{
    public StrategyComparisonGraphType()
    {
        Name = "StrategyComparison";
        Description = "Which strategies the compared industries share, which only one applies, and their outcomes side by side.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IndustryGraphType>>>>("industries").Description("The compared industries, in the order given.").Resolve(c => c.Loaders().Nodes(c.Source.IndustryIds));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ComparedStrategyGraphType>>>>("strategies")
            .Description("Every tactic and lever applied by at least one compared industry, the most widely shared first.").Resolve(c => c.Source.Strategies);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StrategyInterface>>>>("shared").Description("Strategies every compared industry applies.")
            .Resolve(c => c.Loaders().Nodes(c.Source.SharedStrategyIds));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IndustryProfileGraphType>>>>("byIndustry").Description("Each compared industry: the strategies only it applies and its outcomes by category.").Resolve(c => c.Source.Industries);
    }
}

public sealed class ComparedStrategyGraphType : ObjectGraphType<ComparedStrategy>
{
    public ComparedStrategyGraphType()
    {
        Name = "ComparedStrategy";
        Description = "A tactic or policy lever, with the compared industries that apply it.";
        Field<NonNullGraphType<StrategyInterface>>("strategy").Description("The tactic or policy lever.").Resolve(c => c.Loaders().Node(c.Source.StrategyId));
        Field<NonNullGraphType<StrategyKindGraphType>>("kind").Description("Whether it is a tactic or a policy lever.").Resolve(c => c.Source.StrategyLabel);
        Field<NonNullGraphType<BooleanGraphType>>("sharedByAll").Description("Every compared industry applies it.").Resolve(c => c.Source.SharedByAll);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StrategyUseGraphType>>>>("usedIn").Description("Each compared industry that applies it, with its verdict and findings there.").Resolve(c => c.Source.UsedIn);
    }
}

public sealed class StrategyUseGraphType : ObjectGraphType<StrategyUse>
{
    public StrategyUseGraphType()
    {
        Name = "StrategyUse";
        Description = "How one industry applies a strategy, and what its findings there say.";
        Field<NonNullGraphType<IndustryGraphType>>("industry").Description("The industry.").Resolve(c => c.Loaders().Node(c.Source.IndustryId));
        Field<NonNullGraphType<VerdictGraphType>>("verdict").Description("What the industry's EFFECT findings on it say.").Resolve(c => c.Source.Verdict);
        Field<NonNullGraphType<EffectCountsGraphType>>("effects").Description("EFFECT findings by effect.").Resolve(c => c.Source.Effects);
        Field<NonNullGraphType<FindingKindCountsGraphType>>("findingKinds").Description("Every finding by kind: adoption counted apart from effect.").Resolve(c => c.Source.Kinds);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<InterventionGraphType>>>>("interventions").Description("The industry's interventions that apply it.").Resolve(c => c.Loaders().Nodes(c.Source.InterventionIds));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FindingGraphType>>>>("findings").Description("The findings of those interventions, of every kind.").Resolve(c => c.Loaders().Nodes(c.Source.FindingIds));
    }
}

public sealed class IndustryProfileGraphType : ObjectGraphType<IndustryProfile>
{
    public IndustryProfileGraphType()
    {
        Name = "IndustryProfile";
        Description = "One compared industry: the strategies only it applies, and its outcomes by category.";
        Field<NonNullGraphType<IndustryGraphType>>("industry").Description("The industry.").Resolve(c => c.Loaders().Node(c.Source.IndustryId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StrategyInterface>>>>("uniqueStrategies").Description("Tactics and policy levers only this industry applies among those compared.").Resolve(c => c.Loaders().Nodes(c.Source.UniqueStrategyIds));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OutcomeCategoryEffectsGraphType>>>>("outcomes").Description("Its findings by outcome category.").Resolve(c => c.Source.Outcomes);
    }
}

public sealed class OutcomeCategoryEffectsGraphType : ObjectGraphType<OutcomeCategoryEffects>
{
    public OutcomeCategoryEffectsGraphType()
    {
        Name = "OutcomeCategoryEffects";
        Description = "An industry's findings on one category of outcome.";
        this.EnumField("category", "OutcomeCategory", "The category of outcome.", s => s.Category, nonNull: true);
        Field<NonNullGraphType<EffectCountsGraphType>>("effects").Description("EFFECT findings by effect.").Resolve(c => c.Source.Effects);
        Field<NonNullGraphType<FindingKindCountsGraphType>>("findingKinds").Description("Every finding by kind: adoption counted apart from effect.").Resolve(c => c.Source.Kinds);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FindingGraphType>>>>("findings").Description("The findings on outcomes of this category, of every kind.").Resolve(c => c.Loaders().Nodes(c.Source.FindingIds));
    }
}
