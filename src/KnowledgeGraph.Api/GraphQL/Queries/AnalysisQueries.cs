using GraphQL;
using GraphQL.Types;

using KnowledgeGraph.Api.GraphQL.Types;
using KnowledgeGraph.Core.Analysis;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Stores;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Api.GraphQL.Queries;

/// <summary>The coalitions' questions: what worked where, comparisons, the evidence gap map, transfer candidates, search, stats.</summary>
public static class AnalysisQueries
{
    public const int MaxResults = 100;
    public const int MaxComparedIndustries = Analyses.EvidenceFilters.MaxIndustries;

    public static void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<WhatWorkedResultGraphType>>>>("whatWorked")
            .Description("Tactics, policy levers and interventions ranked by the evidence behind them, each with its score explained, its findings and their sources.")
            .Argument<IdGraphType>("industry", "Only interventions in this industry.")
            .Argument<IdGraphType>("jurisdiction", "Only interventions in this jurisdiction.")
            .NamedArgument("OutcomeCategory", "outcomeCategory", "Only findings on outcomes of this category.")
            .NamedArgument("EvidenceStrength", "minEvidence", "Only findings at least this strong.")
            .Argument<IntGraphType>("since", "Only findings from this year on.")
            .Argument<ListGraphType<NonNullGraphType<StrategyKindGraphType>>>("kinds", "Which kinds of strategy to rank (default: all).")
            .Argument<BooleanGraphType>("includeUnevidenced", "Also list strategies applied in scope with no finding (verdict NO_EVIDENCE), last. Default true.")
            .Argument<IntGraphType>("first", $"How many results (default 10, at most {MaxResults}).")
            .ResolveAsync(async c =>
            {
                var store = c.RequestServices!.GetRequiredService<IGraphStore>();
                var filter = await FilterAsync(c, store, c.GetArgument<string?>("industry") is { } i ? [i] : []);
                var kinds = c.GetArgument<List<object>?>("kinds")?.Cast<string>().ToHashSet();
                var ranked = StrategyRanking.Rank(await store.EvidenceAsync(filter, c.CancellationToken))
                    .Where(s => kinds is null || kinds.Contains(s.SubjectLabel))
                    .Where(s => c.GetArgument("includeUnevidenced", true) || s.Verdict != Verdict.NO_EVIDENCE);
                return ranked.Take(First(c, 10)).ToList();
            });

        query.Field<NonNullGraphType<StrategyComparisonGraphType>>("compareStrategies")
            .Description("For each tactic and policy lever, which of the given industries apply it and what their findings say; shared, unique, and outcomes side by side.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("industries", $"Two to {MaxComparedIndustries} industry ids.")
            .ResolveAsync(async c =>
            {
                var industries = c.GetArgument<List<string>>("industries").Distinct().ToList();
                if (industries.Count is < 2 or > MaxComparedIndustries)
                {
                    throw new GraphError(ErrorCodes.BadUserInput, $"'industries' needs 2 to {MaxComparedIndustries} distinct industry ids; it has {industries.Count}.");
                }
                var store = c.RequestServices!.GetRequiredService<IGraphStore>();
                await RequireAsync(store, industries, GraphSchema.Industry, c.CancellationToken);
                var rows = await store.EvidenceAsync(new EvidenceFilter { IndustryIds = industries }, c.CancellationToken);
                return StrategyComparison.Compare(industries, rows);
            });

        query.Field<NonNullGraphType<EvidenceMapGraphType>>("evidenceMap")
            .Description("An evidence gap map: findings counted by effect, with the best evidence, for every row × column; empty cells are gaps. Also at /export/evidence-map.csv.")
            .Argument<NonNullGraphType<EvidenceMapRowsGraphType>>("rows", "What the rows are.")
            .Argument<NonNullGraphType<EvidenceMapColumnsGraphType>>("columns", "What the columns are.")
            .Argument<EvidenceFilterInputGraphType>("filter", "Which findings count.")
            .ResolveAsync(async c =>
            {
                var store = c.RequestServices!.GetRequiredService<IGraphStore>();
                var input = c.GetArgument<Dictionary<string, object?>?>("filter") ?? [];
                var filter = await FilterAsync(input, store, c.CancellationToken);
                return await store.EvidenceMapAsync(new EvidenceMapQuery(c.GetArgument<MapAxis>("rows"), c.GetArgument<MapAxis>("columns"), filter), c.CancellationToken);
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<TransferCandidateGraphType>>>>("transferCandidates")
            .Description("Interventions with positive findings in industries that share this industry's risk factors and bring strategies not applied here, ranked by similarity × evidence.")
            .Argument<NonNullGraphType<IdGraphType>>("industry", "The industry looking for ideas.")
            .Argument<IntGraphType>("first", $"How many (default 10, at most {MaxResults}).")
            .ResolveAsync(async c =>
            {
                var store = c.RequestServices!.GetRequiredService<IGraphStore>();
                var industry = c.GetArgument<string>("industry");
                await RequireAsync(store, [industry], GraphSchema.Industry, c.CancellationToken);
                return await store.TransferCandidatesAsync(industry, First(c, 10), c.CancellationToken);
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<SearchHitGraphType>>>>("search")
            .Description("Full-text search over names, descriptions, finding summaries and source quotes; every word must match (as a prefix). Best match first.")
            .Argument<NonNullGraphType<StringGraphType>>("text", "Words to find (at most 200 characters).")
            .Argument<ListGraphType<NonNullGraphType<NodeLabelGraphType>>>("labels", "Only nodes of these labels.")
            .Argument<IntGraphType>("first", $"How many (default 20, at most {MaxResults}).")
            .ResolveAsync(async c =>
            {
                var text = c.GetArgument<string>("text");
                if (text.Length > LabelQueries.MaxTextLength)
                {
                    throw new GraphError(ErrorCodes.BadUserInput, $"'text' is {text.Length} characters long; at most {LabelQueries.MaxTextLength} are allowed.");
                }
                var labels = c.GetArgument<List<object>?>("labels")?.Cast<string>().ToList() ?? [];
                var store = c.RequestServices!.GetRequiredService<IGraphStore>();
                return await store.SearchAsync(new SearchQuery(text, labels, First(c, 20)), c.CancellationToken);
            });

        query.Field<NonNullGraphType<StatsGraphType>>("stats")
            .Description("Nodes by label, findings by effect and by evidence strength, interventions by year and by industry.")
            .Argument<IdGraphType>("industry", "Only interventions (and their findings) in this industry.")
            .Argument<IdGraphType>("jurisdiction", "Only interventions (and their findings) in this jurisdiction.")
            .Argument<IntGraphType>("since", "Only findings and interventions from this year on.")
            .ResolveAsync(async c =>
            {
                var store = c.RequestServices!.GetRequiredService<IGraphStore>();
                var filter = new StatsFilter
                {
                    IndustryId = c.GetArgument<string?>("industry"),
                    JurisdictionId = c.GetArgument<string?>("jurisdiction"),
                    Since = c.GetArgument<int?>("since"),
                };
                await RequireAsync(store, [filter.IndustryId], GraphSchema.Industry, c.CancellationToken);
                await RequireAsync(store, [filter.JurisdictionId], GraphSchema.Jurisdiction, c.CancellationToken);
                return await store.StatsAsync(filter, c.CancellationToken);
            });
    }

    /// <summary>An argument typed by one of the enums built from the graph schema.</summary>
    private static global::GraphQL.Builders.FieldBuilder<object?, TReturn> NamedArgument<TReturn>(
        this global::GraphQL.Builders.FieldBuilder<object?, TReturn> field, string typeName, string name, string description)
    {
        field.FieldType.Arguments ??= new QueryArguments();
        field.FieldType.Arguments.Add(new QueryArgument(GraphTypeFactory.Named(typeName)) { Name = name, Description = description });
        return field;
    }

    internal static int First(IResolveFieldContext context, int fallback) => Args.InRange(context, "first", fallback, 0, MaxResults);

    private static Task RequireAsync(IGraphStore store, IEnumerable<string?> ids, string label, CancellationToken cancellationToken) =>
        Args.RequireNodesAsync(store, ids, label, cancellationToken);

    private static Task<EvidenceFilter> FilterAsync(IResolveFieldContext c, IGraphStore store, IReadOnlyList<string> industries) =>
        FilterAsync(new Dictionary<string, object?>
        {
            ["industries"] = industries.Cast<object?>().ToList(),
            ["jurisdiction"] = c.GetArgument<string?>("jurisdiction"),
            ["outcomeCategory"] = c.GetArgument<string?>("outcomeCategory"),
            ["minEvidence"] = c.GetArgument<string?>("minEvidence"),
            ["since"] = c.GetArgument<int?>("since"),
        }, store, c.CancellationToken);

    private static Task<EvidenceFilter> FilterAsync(Dictionary<string, object?> input, IGraphStore store, CancellationToken cancellationToken) =>
        Analyses.EvidenceFilters.BuildAsync(input, store, cancellationToken);
}
