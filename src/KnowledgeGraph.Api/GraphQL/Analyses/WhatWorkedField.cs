using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;
using KnowledgeGraph.Api.GraphQL.Limits;
using KnowledgeGraph.Api.GraphQL.Nodes;
using KnowledgeGraph.Core.Analyses.WhatWorked;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Stores;

namespace KnowledgeGraph.Api.GraphQL.Analyses;

/// <summary><c>whatWorked</c>: tactics, policy levers and interventions ranked by the evidence behind them.</summary>
[QueryFields]
public static class WhatWorkedField
{
    public static void AddTo(ObjectGraphType query)
    {
        Arguments(query.Field<ListGraphType<NonNullGraphType<WhatWorkedResultGraphType>>>("whatWorked")
            .Description("Tactics, policy levers and interventions ranked by the evidence behind them, each with its score explained, its findings and their sources."))
            .ResolveAsync(async (c, store, analyses) =>
            {
                var ranked = await RankAsync(c, store, analyses);
                return await WithSourcingAsync(c, store, [.. ranked.Take(AnalysisArgs.First(c, 10))]);
            });

        var connection = AnalysisConnection.Type<StrategyEvidence>("WhatWorked", GraphTypeFactory.Named("WhatWorkedResult"),
            "whatWorked's ranking, a page at a time (Relay cursor connection).");
        Arguments(query.Field("whatWorkedConnection", connection)
            .Description("The same ranking as whatWorked, paged: first (default 10, at most 100) results after the cursor 'after', with pageInfo and totalCount.")
            .Argument<StringGraphType>("after", "Returns the results ranked below this cursor."))
            .ResolveAsync(async (c, store, analyses) =>
            {
                var page = AnalysisConnection.Page(c, await RankAsync(c, store, analyses), 10);
                return page with { Items = await WithSourcingAsync(c, store, page.Items) };
            });
    }

    private static ResolverBuilder<object?, TReturn, IGraphStore, IGraphAnalyses> Arguments<TReturn>(global::GraphQL.Builders.FieldBuilder<object?, TReturn> field) => field
        .ScopeArguments()
        .Argument<ListGraphType<NonNullGraphType<StrategyKindGraphType>>>("kinds", "Which kinds of strategy to rank (default: all).")
        .Argument<BooleanGraphType>("includeUnevidenced", "Also list strategies applied in scope with no finding (verdict NO_EVIDENCE), last. Default true.")
        .Argument<IntGraphType>("first", $"How many results (default 10, at most {AnalysisArgs.MaxResults}).")
        .Analysis(AnalysisWeights.WhatWorked, defaultFirst: 10)
        .Resolve()
        .WithServices<IGraphStore, IGraphAnalyses>();

    /// <summary>The whole ranking in scope, without sourcing (that is read for the page shown only).</summary>
    private static async Task<IReadOnlyList<StrategyEvidence>> RankAsync(IResolveFieldContext c, IGraphStore store, IGraphAnalyses analyses)
    {
        var filter = await EvidenceScope.FilterAsync(c, store);
        var kinds = c.GetArgument<List<object>?>("kinds")?.Cast<string>().ToHashSet();
        var rows = await analyses.EvidenceAsync(filter, c.CancellationToken);
        return [.. StrategyRanking.Rank(rows, await analyses.NewestFindingYearAsync(c.CancellationToken))
            .Where(s => kinds is null || kinds.Contains(s.SubjectLabel))
            .Where(s => c.GetArgument("includeUnevidenced", true) || s.Verdict != Verdict.NO_EVIDENCE)];
    }

    private static async Task<IReadOnlyList<StrategyEvidence>> WithSourcingAsync(IResolveFieldContext c, IGraphStore store, IReadOnlyList<StrategyEvidence> page)
    {
        var sourcing = await store.SourcingAsync(page.SelectMany(s => s.FindingIds), c.CancellationToken);
        return [.. page.Select(s => StrategySourcing.Apply(s, sourcing))];
    }
}

public sealed class WhatWorkedResultGraphType : ObjectGraphType<StrategyEvidence>
{
    public WhatWorkedResultGraphType()
    {
        Name = "WhatWorkedResult";
        Description = "A tactic, policy lever or intervention, ranked by the evidence behind it, with that evidence.";
        Field<NonNullGraphType<StrategyInterface>>("strategy").Description("The tactic, policy lever or intervention.")
            .Resolve(c => c.Loaders().Node(c.Source.SubjectId));
        Field<NonNullGraphType<StrategyKindGraphType>>("kind").Description("Whether it is a tactic, a policy lever or an intervention.").Resolve(c => c.Source.SubjectLabel);
        Field<NonNullGraphType<FloatGraphType>>("score").Description("Σ effect sign × strength × design × recency over the EFFECT findings, × replication (docs/scoring.md). Adoption, prevalence and process findings never count.").Resolve(c => c.Source.Score);
        Field<NonNullGraphType<FloatGraphType>>("confidence").Description("How much effect evidence there is, whatever its direction (Σ of the EFFECT finding weights).").Resolve(c => c.Source.Confidence);
        Field<NonNullGraphType<VerdictGraphType>>("verdict").Description("What its EFFECT findings say, in one word a dashboard can show as a legend.").Resolve(c => c.Source.Verdict);
        Field<NonNullGraphType<StringGraphType>>("explanation").Description("The score in plain words.").Resolve(c => c.Source.Explanation);
        Field<NonNullGraphType<EffectCountsGraphType>>("effects").Description("Its EFFECT findings in scope, counted by effect.").Resolve(c => c.Source.Effects);
        this.EnumField("bestEvidence", "EvidenceStrength", "The strongest evidence among the EFFECT findings.", s => s.BestStrength);
        this.EnumField("bestDesign", "EvidenceKind", "The best study design among the EFFECT findings.", s => s.BestDesign);
        Field<NonNullGraphType<FindingKindCountsGraphType>>("findingKinds").Description("Every finding in scope counted by kind; only EFFECT findings count toward verdict and score.")
            .Resolve(c => c.Source.Kinds);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FindingGraphType>>>>("adoptions")
            .Description("ADOPTION findings (enacted, signed, funded, taken up), reported beside the verdict and never counted in it.")
            .Resolve(c => c.Loaders().Nodes(c.Source.AdoptionFindingIds));
        Field<IntGraphType>("newestYear").Description("Year of the newest EFFECT finding.").Resolve(c => c.Source.NewestYear);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IndustryGraphType>>>>("industries").Description("Industries where it was applied.")
            .Resolve(c => c.Loaders().Nodes(c.Source.IndustryIds));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IndustryGraphType>>>>("positiveIn").Description("Industries with a positive EFFECT finding (replication).")
            .Resolve(c => c.Loaders().Nodes(c.Source.PositiveIndustryIds));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<InterventionGraphType>>>>("interventions").Description("The interventions the evidence comes from.")
            .Resolve(c => c.Loaders().Nodes(c.Source.InterventionIds));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FindingGraphType>>>>("findings").Description("The EFFECT findings behind the verdict and score, each with its sources.")
            .Resolve(c => c.Loaders().Nodes(c.Source.FindingIds));
        this.SharingAndAdoption(s => s);
        Field<NonNullGraphType<IntGraphType>>("weaklySourced").Description(WeaklySourcedText).Resolve(c => c.Source.WeaklySourced);
    }

    public const string WeaklySourcedText = "EFFECT findings behind the verdict that rest only on self-published or secondary sources (each finding's sourcing says why). The score does not change.";
}
