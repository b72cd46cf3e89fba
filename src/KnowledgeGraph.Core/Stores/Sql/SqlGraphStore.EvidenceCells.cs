using KnowledgeGraph.Core.Analyses.EvidenceGapMap;
using KnowledgeGraph.Core.Analyses.WhatWorked;

namespace KnowledgeGraph.Core.Stores.Sql;

// The cells of an evidence map, added up from each intervention's sums and the rows and columns it counts for. A
// GROUP BY over the fan-out in SQL sorted and concatenated every finding id once per cell it lands in (46,000 wide
// rows at 1M edges); here each sum is added to its cells through a dictionary.
public sealed partial class SqlGraphStore
{
    /// <summary>
    /// The cells, as <c>per JOIN rows JOIN columns GROUP BY row, column</c> gives them: counts summed, best ranks the
    /// largest, finding ids distinct and in ordinal order.
    /// </summary>
    private static IEnumerable<EvidenceCell> SumCells(IEnumerable<CellPartRow> parts)
    {
        var sums = new List<CellPartRow>();
        var axes = new Dictionary<(string, string?, long), List<string?>>();
        foreach (var part in parts)
        {
            if (part.part == 0)
            {
                sums.Add(part);
                continue;
            }
            var key = (part.intervention_id, part.category, part.part);
            if (!axes.TryGetValue(key, out var ids))
            {
                axes[key] = ids = [];
            }
            ids.Add(part.axis_id);
        }
        var cells = new Dictionary<(string? Row, string? Column), CellSum>();
        foreach (var sum in sums)
        {
            if (!axes.TryGetValue((sum.intervention_id, sum.category, 1), out var rows) || !axes.TryGetValue((sum.intervention_id, sum.category, 2), out var columns))
            {
                continue;
            }
            foreach (var row in rows)
            {
                foreach (var column in columns)
                {
                    if (!cells.TryGetValue((row, column), out var cell))
                    {
                        cells[(row, column)] = cell = new CellSum();
                    }
                    cell.Add(sum);
                }
            }
        }
        return cells.Select(c => c.Value.ToCell(c.Key.Row!, c.Key.Column!));
    }

    private sealed class CellSum
    {
        private readonly long[] _counts = new long[9];
        private readonly List<string> _findingIds = [];
        private long _bestRank;
        private long _bestDesign;

        public void Add(CellPartRow sum)
        {
            long?[] counts = [sum.positive, sum.negative, sum.mixed, sum.no_effect, sum.inconclusive,
                sum.effect_findings, sum.adoption_findings, sum.prevalence_findings, sum.process_findings];
            for (var i = 0; i < counts.Length; i++)
            {
                _counts[i] += counts[i] ?? 0;
            }
            _bestRank = Math.Max(_bestRank, sum.best_rank ?? 0);
            _bestDesign = Math.Max(_bestDesign, sum.best_design ?? 0);
            _findingIds.AddRange((sum.finding_ids ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries));
        }

        public EvidenceCell ToCell(string row, string column) => new(row, column,
            (int)_counts[0], (int)_counts[1], (int)_counts[2], (int)_counts[3], (int)_counts[4],
            new FindingKindCounts((int)_counts[5], (int)_counts[6], (int)_counts[7], (int)_counts[8]),
            EvidenceMaps.Strength(_bestRank), EvidenceMaps.Design(_bestDesign),
            _findingIds.Distinct().Order(StringComparer.Ordinal).ToList());
    }

#pragma warning disable IDE1006 // Dapper maps snake_case columns onto these names.
    /// <summary>An intervention's sums (part 0), or a row (1) or column (2) id it counts for.</summary>
    private sealed class CellPartRow
    {
        public string intervention_id { get; init; } = "";
        public string? category { get; init; }
        public long part { get; init; }
        public string? axis_id { get; init; }
        public long? positive { get; init; }
        public long? negative { get; init; }
        public long? mixed { get; init; }
        public long? no_effect { get; init; }
        public long? inconclusive { get; init; }
        public long? effect_findings { get; init; }
        public long? adoption_findings { get; init; }
        public long? prevalence_findings { get; init; }
        public long? process_findings { get; init; }
        public long? best_rank { get; init; }
        public long? best_design { get; init; }
        public string? finding_ids { get; init; }
    }
#pragma warning restore IDE1006
}
