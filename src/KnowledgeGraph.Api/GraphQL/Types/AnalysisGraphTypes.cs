using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using KnowledgeGraph.Api.GraphQL.Loaders;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Analyses.Compare;
using KnowledgeGraph.Core.Analyses.WhatWorked;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Api.GraphQL.Types;

// The result shapes of the analyses. Ids in results resolve to nodes through the request's batch loaders.

internal static class Resolve
{
    public static GraphLoaders Loaders(this IResolveFieldContext context) => context.RequestServices!.GetRequiredService<GraphLoaders>();

    /// <summary>A field typed by one of the enums built from the graph schema.</summary>
    public static void EnumField<T>(this ObjectGraphType<T> type, string name, string enumName, string description, Func<T, string?> value) =>
        type.AddField(new FieldType
        {
            Name = name,
            Description = description,
            ResolvedType = GraphTypeFactory.Named(enumName),
            Resolver = new FuncFieldResolver<T, string?>(c => value(c.Source)),
        });
}

public sealed class VerdictGraphType : EnumerationGraphType<Verdict>
{
    public VerdictGraphType()
    {
        Name = "Verdict";
        Description = "What the evidence says. NO_EVIDENCE (nothing was measured) and NO_EFFECT_FOUND (it was measured, nothing changed) are different answers.";
    }
}

public sealed class StrategyKindGraphType : EnumerationGraphType
{
    public StrategyKindGraphType()
    {
        Name = "StrategyKind";
        Description = "What kind of strategy a result is about.";
        Add("TACTIC", GraphSchema.Tactic, "A tactic, such as worker-led monitoring.");
        Add("POLICY_LEVER", GraphSchema.PolicyLever, "A policy lever, such as a panic-button ordinance.");
        Add("INTERVENTION", GraphSchema.Intervention, "One concrete intervention.");
    }
}

public sealed class EffectCountsGraphType : ObjectGraphType<EffectCounts>
{
    public EffectCountsGraphType()
    {
        Name = "EffectCounts";
        Description = "Findings counted by effect.";
        Field<NonNullGraphType<IntGraphType>>("positive").Resolve(c => c.Source.Positive);
        Field<NonNullGraphType<IntGraphType>>("negative").Resolve(c => c.Source.Negative);
        Field<NonNullGraphType<IntGraphType>>("mixed").Resolve(c => c.Source.Mixed);
        Field<NonNullGraphType<IntGraphType>>("noEffect").Description("Findings of no effect: measured, and nothing changed.").Resolve(c => c.Source.NoEffect);
        Field<NonNullGraphType<IntGraphType>>("total").Resolve(c => c.Source.Total);
    }
}

public sealed class WhatWorkedResultGraphType : ObjectGraphType<StrategyEvidence>
{
    public WhatWorkedResultGraphType()
    {
        Name = "WhatWorkedResult";
        Description = "A tactic, policy lever or intervention, ranked by the evidence behind it, with that evidence.";
        Field<NonNullGraphType<NodeInterface>>("strategy").Description("The tactic, policy lever or intervention.")
            .Resolve(c => c.Loaders().Node(c.Source.SubjectId));
        Field<NonNullGraphType<StrategyKindGraphType>>("kind").Resolve(c => c.Source.SubjectLabel);
        Field<NonNullGraphType<FloatGraphType>>("score").Description("Σ effect sign × strength × kind × recency over the findings, × replication (see README).").Resolve(c => c.Source.Score);
        Field<NonNullGraphType<FloatGraphType>>("confidence").Description("How much evidence there is, whatever its direction (Σ of the finding weights).").Resolve(c => c.Source.Confidence);
        Field<NonNullGraphType<VerdictGraphType>>("verdict").Resolve(c => c.Source.Verdict);
        Field<NonNullGraphType<StringGraphType>>("explanation").Description("The score in plain words.").Resolve(c => c.Source.Explanation);
        Field<NonNullGraphType<EffectCountsGraphType>>("effects").Resolve(c => c.Source.Effects);
        this.EnumField("bestEvidence", "EvidenceStrength", "The strongest evidence among the findings.", s => s.BestStrength);
        Field<IntGraphType>("newestYear").Description("Year of the newest finding.").Resolve(c => c.Source.NewestYear);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IndustryGraphType>>>>("industries").Description("Industries where it was applied.")
            .Resolve(c => c.Loaders().Nodes(c.Source.IndustryIds));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IndustryGraphType>>>>("positiveIn").Description("Industries with a positive finding (replication).")
            .Resolve(c => c.Loaders().Nodes(c.Source.PositiveIndustryIds));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<InterventionGraphType>>>>("interventions").Description("The interventions the evidence comes from.")
            .Resolve(c => c.Loaders().Nodes(c.Source.InterventionIds));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FindingGraphType>>>>("findings").Description("The findings, each with its sources.")
            .Resolve(c => c.Loaders().Nodes(c.Source.FindingIds));
    }
}

public sealed class StrategyUseGraphType : ObjectGraphType<StrategyUse>
{
    public StrategyUseGraphType()
    {
        Name = "StrategyUse";
        Description = "How one industry applies a strategy, and what its findings there say.";
        Field<NonNullGraphType<IndustryGraphType>>("industry").Resolve(c => c.Loaders().Node(c.Source.IndustryId));
        Field<NonNullGraphType<VerdictGraphType>>("verdict").Resolve(c => c.Source.Verdict);
        Field<NonNullGraphType<EffectCountsGraphType>>("effects").Resolve(c => c.Source.Effects);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<InterventionGraphType>>>>("interventions").Resolve(c => c.Loaders().Nodes(c.Source.InterventionIds));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FindingGraphType>>>>("findings").Resolve(c => c.Loaders().Nodes(c.Source.FindingIds));
    }
}

public sealed class ComparedStrategyGraphType : ObjectGraphType<ComparedStrategy>
{
    public ComparedStrategyGraphType()
    {
        Name = "ComparedStrategy";
        Description = "A tactic or policy lever, with the compared industries that apply it.";
        Field<NonNullGraphType<NodeInterface>>("strategy").Resolve(c => c.Loaders().Node(c.Source.StrategyId));
        Field<NonNullGraphType<StrategyKindGraphType>>("kind").Resolve(c => c.Source.StrategyLabel);
        Field<NonNullGraphType<BooleanGraphType>>("sharedByAll").Description("Every compared industry applies it.").Resolve(c => c.Source.SharedByAll);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StrategyUseGraphType>>>>("usedIn").Resolve(c => c.Source.UsedIn);
    }
}

public sealed class OutcomeCategoryEffectsGraphType : ObjectGraphType<OutcomeCategoryEffects>
{
    public OutcomeCategoryEffectsGraphType()
    {
        Name = "OutcomeCategoryEffects";
        Description = "An industry's findings on one category of outcome.";
        Field<NonNullGraphType<StringGraphType>>("category").Description("An OutcomeCategory value.").Resolve(c => c.Source.Category);
        Field<NonNullGraphType<EffectCountsGraphType>>("effects").Resolve(c => c.Source.Effects);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FindingGraphType>>>>("findings").Resolve(c => c.Loaders().Nodes(c.Source.FindingIds));
    }
}

public sealed class IndustryProfileGraphType : ObjectGraphType<IndustryProfile>
{
    public IndustryProfileGraphType()
    {
        Name = "IndustryProfile";
        Description = "One compared industry: the strategies only it applies, and its outcomes by category.";
        Field<NonNullGraphType<IndustryGraphType>>("industry").Resolve(c => c.Loaders().Node(c.Source.IndustryId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NodeInterface>>>>("uniqueStrategies").Resolve(c => c.Loaders().Nodes(c.Source.UniqueStrategyIds));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OutcomeCategoryEffectsGraphType>>>>("outcomes").Resolve(c => c.Source.Outcomes);
    }
}

public sealed class StrategyComparisonGraphType : ObjectGraphType<Comparison>
{
    public StrategyComparisonGraphType()
    {
        Name = "StrategyComparison";
        Description = "Which strategies the compared industries share, which only one applies, and their outcomes side by side.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IndustryGraphType>>>>("industries").Resolve(c => c.Loaders().Nodes(c.Source.IndustryIds));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ComparedStrategyGraphType>>>>("strategies")
            .Description("Every tactic and lever applied by at least one compared industry, the most widely shared first.").Resolve(c => c.Source.Strategies);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NodeInterface>>>>("shared").Description("Strategies every compared industry applies.")
            .Resolve(c => c.Loaders().Nodes(c.Source.SharedStrategyIds));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IndustryProfileGraphType>>>>("byIndustry").Resolve(c => c.Source.Industries);
    }
}
