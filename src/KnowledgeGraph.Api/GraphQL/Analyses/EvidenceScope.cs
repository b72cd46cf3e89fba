using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using KnowledgeGraph.Core.Analyses.WhatWorked;
using KnowledgeGraph.Core.Stores;

namespace KnowledgeGraph.Api.GraphQL.Analyses;

/// <summary>
/// The scope whatWorked and strategyEvidence share (industry, jurisdiction, outcome category, minimum strength, year):
/// declared once, read once, so the two fields always score the same evidence.
/// </summary>
public static class EvidenceScope
{
    public static FieldBuilder<object?, TReturn> ScopeArguments<TReturn>(this FieldBuilder<object?, TReturn> field) => field
        .Argument<IdGraphType>("industry", "Only interventions in this industry.")
        .Argument<IdGraphType>("jurisdiction", "Only interventions in this jurisdiction or in one that lies inside it (PART_OF, at any depth).")
        .NamedArgument("OutcomeCategory", "outcomeCategory", "Only findings on outcomes of this category.")
        .NamedArgument("EvidenceStrength", "minEvidence", "Only findings at least this strong.")
        .Argument<IntGraphType>("since", "Only findings from this year on.");

    public static Task<EvidenceFilter> FilterAsync(IResolveFieldContext c, IGraphStore store) =>
        EvidenceFilters.BuildAsync(new Dictionary<string, object?>
        {
            ["industries"] = c.GetArgument<string?>("industry") is { } industry ? new List<object?> { industry } : null,
            ["jurisdiction"] = c.GetArgument<string?>("jurisdiction"),
            ["outcomeCategory"] = c.GetArgument<string?>("outcomeCategory"),
            ["minEvidence"] = c.GetArgument<string?>("minEvidence"),
            ["since"] = c.GetArgument<int?>("since"),
        }, store, c.CancellationToken);
}
