using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;
using KnowledgeGraph.Api.GraphQL.Limits;
using KnowledgeGraph.Api.GraphQL.Nodes;
using KnowledgeGraph.Core.Analyses.EvidenceGapMap;
using KnowledgeGraph.Core.Analyses.WhatWorked;
using KnowledgeGraph.Core.Stores;

namespace KnowledgeGraph.Api.GraphQL.Analyses;

/// <summary><c>evidenceMap</c>: findings counted for every row × column; empty cells are gaps.</summary>
[QueryFields]
public static class EvidenceMapField
{
    public static void AddTo(ObjectGraphType query)
    {
        query.Field<EvidenceMapGraphType>("evidenceMap")
            .Description("An evidence gap map: findings counted by effect, with the best evidence, for every row × column; empty cells are gaps. Also at /export/evidence-map.csv.")
            .Argument<NonNullGraphType<EvidenceMapRowsGraphType>>("rows", "What the rows are.")
            .Argument<NonNullGraphType<EvidenceMapColumnsGraphType>>("columns", "What the columns are.")
            .Argument<EvidenceFilterInputGraphType>("filter", "Which findings count.")
            .Analysis(AnalysisWeights.EvidenceMap)
            .Resolve()
            .WithServices<IGraphStore, IGraphAnalyses>()
            .ResolveAsync(async (c, store, analyses) =>
            {
                var input = c.GetArgument<Dictionary<string, object?>?>("filter") ?? [];
                var filter = await EvidenceFilters.BuildAsync(input, store, c.CancellationToken);
                var map = await analyses.EvidenceMapAsync(new EvidenceMapQuery(c.GetArgument<MapAxis>("rows"), c.GetArgument<MapAxis>("columns"), filter), c.CancellationToken);
                return await store.WithSourcingAsync(map, c.CancellationToken);
            });
    }
}

public sealed class EvidenceMapGraphType : ObjectGraphType<EvidenceMap>
{
    public EvidenceMapGraphType()
    {
        Name = "EvidenceMap";
        Description = "An evidence gap map: every row × column cell, gaps included.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EvidenceMapHeaderGraphType>>>>("rows").Description("The rows, in order.").Resolve(c => c.Source.Rows);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EvidenceMapHeaderGraphType>>>>("columns").Description("The columns, in order.").Resolve(c => c.Source.Columns);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EvidenceMapCellGraphType>>>>("cells").Description("Row by row, in header order.").Resolve(c => c.Source.Cells);
        Field<NonNullGraphType<IntGraphType>>("gapCount").Description("Cells without any EFFECT finding.").Resolve(c => c.Source.Cells.Count(cell => cell.IsGap));
    }
}

public sealed class EvidenceMapHeaderGraphType : ObjectGraphType<MapHeader>
{
    public EvidenceMapHeaderGraphType()
    {
        Name = "EvidenceMapHeader";
        Description = "A row or column of an evidence gap map.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("A node id, or an outcome category.").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("name").Description("The name to show.").Resolve(c => c.Source.Name);
    }
}

public sealed class EvidenceMapCellGraphType : ObjectGraphType<EvidenceCell>
{
    public EvidenceMapCellGraphType()
    {
        Name = "EvidenceMapCell";
        Description = "The findings at one row × column; a cell without findings is a gap.";
        Field<NonNullGraphType<IdGraphType>>("row").Description("The row's id.").Resolve(c => c.Source.RowId);
        Field<NonNullGraphType<IdGraphType>>("column").Description("The column's id.").Resolve(c => c.Source.ColumnId);
        Field<NonNullGraphType<EffectCountsGraphType>>("effects").Description("EFFECT findings by effect.")
            .Resolve(c => new EffectCounts(c.Source.Positive, c.Source.Negative, c.Source.Mixed, c.Source.NoEffect, c.Source.Inconclusive));
        Field<NonNullGraphType<FindingKindCountsGraphType>>("findingKinds").Description("Every finding in the cell by kind.").Resolve(c => c.Source.Kinds);
        this.EnumField("bestEvidence", "EvidenceStrength", "The strongest EFFECT evidence in the cell; null for a gap.", s => s.BestStrength);
        this.EnumField("bestDesign", "EvidenceKind", "The best study design among the cell's EFFECT findings; null for a gap.", s => s.BestDesign);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("findingIds").Description("The ids of every finding in the cell, of every kind.").Resolve(c => c.Source.FindingIds);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FindingGraphType>>>>("findings").Description("Every finding in the cell, of every kind.").Resolve(c => c.Loaders().Nodes(c.Source.FindingIds));
        Field<NonNullGraphType<BooleanGraphType>>("isGap").Description("No EFFECT finding: whether it worked here is unknown, whatever adoption, prevalence or process findings say.").Resolve(c => c.Source.IsGap);
        Field<NonNullGraphType<IntGraphType>>("weaklySourced").Description("EFFECT findings in the cell that rest only on self-published or secondary sources.").Resolve(c => c.Source.WeaklySourced);
    }
}

public sealed class EvidenceMapRowsGraphType : EnumerationGraphType
{
    public EvidenceMapRowsGraphType()
    {
        Name = "EvidenceMapRows";
        Description = "What the rows of an evidence gap map are.";
        foreach (var (name, axis) in Analyses.EvidenceMapAxes.Rows)
        {
            Add(name, axis, $"One row per {axis.ToString().ToLowerInvariant().Replace("policylever", "policy lever")}.");
        }
    }
}

public sealed class EvidenceMapColumnsGraphType : EnumerationGraphType
{
    public EvidenceMapColumnsGraphType()
    {
        Name = "EvidenceMapColumns";
        Description = "What the columns of an evidence gap map are. JURISDICTION columns are where an intervention took place directly (IN_JURISDICTION), not rolled up into the larger jurisdictions those lie in.";
        foreach (var (name, axis) in Analyses.EvidenceMapAxes.Columns)
        {
            Add(name, axis, axis == MapAxis.OutcomeCategory ? "One column per outcome category." : $"One column per {axis.ToString().ToLowerInvariant()}.");
        }
    }
}

/// <summary>The names of the map's axes, shared by the GraphQL enums and the CSV download's parameters.</summary>
public static class EvidenceMapAxes
{
    public static readonly IReadOnlyList<KeyValuePair<string, MapAxis>> Rows =
    [
        new("TACTIC", MapAxis.Tactic),
        new("POLICY_LEVER", MapAxis.PolicyLever),
        new("INTERVENTION", MapAxis.Intervention),
    ];

    public static readonly IReadOnlyList<KeyValuePair<string, MapAxis>> Columns =
    [
        new("INDUSTRY", MapAxis.Industry),
        new("OUTCOME_CATEGORY", MapAxis.OutcomeCategory),
        new("JURISDICTION", MapAxis.Jurisdiction),
    ];
}
