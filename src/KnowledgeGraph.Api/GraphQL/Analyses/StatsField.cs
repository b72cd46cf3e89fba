using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;
using KnowledgeGraph.Api.GraphQL.Limits;
using KnowledgeGraph.Core.Analyses.Stats;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Stores;

namespace KnowledgeGraph.Api.GraphQL.Analyses;

/// <summary><c>stats</c>: the graph counted by label, effect, evidence, year and industry.</summary>
[QueryFields]
public static class StatsField
{
    public static void AddTo(ObjectGraphType query)
    {
        query.Field<StatsGraphType>("stats")
            .Description("Nodes by label, findings by effect and by evidence strength, interventions by year and by industry.")
            .Argument<IdGraphType>("industry", "Only interventions (and their findings) in this industry.")
            .Argument<IdGraphType>("jurisdiction", "Only interventions (and their findings) in this jurisdiction or in one that lies inside it (PART_OF, at any depth).")
            .Argument<IntGraphType>("since", "Only findings and interventions from this year on.")
            .Analysis(AnalysisWeights.Stats)
            .Resolve()
            .WithServices<IGraphStore, IGraphAnalyses>()
            .ResolveAsync(async (c, store, analyses) =>
            {
                var filter = new StatsFilter
                {
                    IndustryId = c.GetArgument<string?>("industry"),
                    JurisdictionId = c.GetArgument<string?>("jurisdiction"),
                    Since = c.GetArgument<int?>("since"),
                };
                await Args.RequireNodesAsync(store, [filter.IndustryId], GraphSchema.Industry, c.CancellationToken);
                await Args.RequireNodesAsync(store, [filter.JurisdictionId], GraphSchema.Jurisdiction, c.CancellationToken);
                return await analyses.StatsAsync(filter, c.CancellationToken);
            });
    }
}

public sealed class StatsGraphType : ObjectGraphType<GraphStats>
{
    public StatsGraphType()
    {
        Name = "Stats";
        Description = "The counts a dashboard needs, in one call.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CountGraphType>>>>("nodesByLabel").Description("Nodes counted by label (the whole graph, whatever the scope).").Resolve(c => Counts(c.Source.NodesByLabel));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CountGraphType>>>>("findingsByEffect").Description("EFFECT findings by effect; the other kinds carry none.")
            .Resolve(c => Counts(c.Source.FindingsByEffect));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CountGraphType>>>>("findingsByKind").Description("Findings by kind: EFFECT, ADOPTION, PREVALENCE, PROCESS.")
            .Resolve(c => Counts(c.Source.FindingsByKind));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CountGraphType>>>>("findingsByEvidenceStrength").Description("Findings by evidence strength: STRONG, MODERATE, LIMITED, ANECDOTAL.").Resolve(c => Counts(c.Source.FindingsByStrength));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CountGraphType>>>>("interventionsByYear").Description("By start year.")
            .Resolve(c => c.Source.InterventionsByYear.OrderBy(p => p.Key).Select(p => new Count(p.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), p.Value)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CountGraphType>>>>("interventionsByIndustry").Description("Keyed by industry id.").Resolve(c => Counts(c.Source.InterventionsByIndustry));
    }

    private static IEnumerable<Count> Counts(IReadOnlyDictionary<string, long> counts) =>
        counts.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new Count(p.Key, p.Value));
}

public sealed class CountGraphType : ObjectGraphType<Count>
{
    public CountGraphType()
    {
        Name = "Count";
        Description = "A count under a key (a label, an enum value, a year or a node id).";
        Field<NonNullGraphType<StringGraphType>>("key").Description("What is counted: a label, an enum value, a year or a node id.").Resolve(c => c.Source.Key);
        Field<NonNullGraphType<IntGraphType>>("count").Description("How many.").Resolve(c => (int)c.Source.Value);
    }
}

public sealed record Count(string Key, long Value);
