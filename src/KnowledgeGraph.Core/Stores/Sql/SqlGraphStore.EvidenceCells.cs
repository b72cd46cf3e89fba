using System.Data.Common;
using KnowledgeGraph.Core.Analyses.EvidenceGapMap;
using KnowledgeGraph.Core.Analyses.WhatWorked;

namespace KnowledgeGraph.Core.Stores.Sql;

// The cells of an evidence map, added up from each intervention's sums and the rows and columns it counts for. A
// GROUP BY over the fan-out in SQL sorted and concatenated every finding id once per cell it lands in (46,000 wide
// rows at 1M edges); here each sum is added to its cells through a dictionary. The rows are read by position with
// typed getters: at 1M edges they are 113,000, and a mapper reading each of their 16 columns as a boxed value was a
// fifth of the evidence map's time.
public sealed partial class SqlGraphStore
{
    // Positions of the columns of the evidence-map statement.
    private const int InterventionColumn = 0, CategoryColumn = 1, PartColumn = 2, AxisColumn = 3, FirstCountColumn = 4,
        BestRankColumn = 13, BestDesignColumn = 14, FindingIdsColumn = 15;

    /// <summary>
    /// The cells, as <c>per JOIN rows JOIN columns GROUP BY row, column</c> gives them: counts summed, best ranks the
    /// largest, finding ids distinct and in ordinal order.
    /// </summary>
    private static async Task<IReadOnlyList<EvidenceCell>> SumCellsAsync(DbDataReader reader, CancellationToken cancellationToken)
    {
        var interventions = new Dictionary<(string Id, string? Category), InterventionSums>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var key = (reader.GetString(InterventionColumn), reader.IsDBNull(CategoryColumn) ? null : reader.GetString(CategoryColumn));
            if (!interventions.TryGetValue(key, out var sums))
            {
                interventions[key] = sums = new InterventionSums();
            }
            var part = reader.GetInt64(PartColumn);
            if (part == 0)
            {
                sums.Read(reader);
            }
            else if (!reader.IsDBNull(AxisColumn))
            {
                // An outcome without a category has no column in the map; its findings count in no cell.
                (part == 1 ? sums.Rows : sums.Columns).Add(reader.GetString(AxisColumn));
            }
        }
        var cells = new Dictionary<(string Row, string Column), CellSum>();
        foreach (var sums in interventions.Values)
        {
            foreach (var row in sums.Rows)
            {
                foreach (var column in sums.Columns)
                {
                    if (!cells.TryGetValue((row, column), out var cell))
                    {
                        cells[(row, column)] = cell = new CellSum();
                    }
                    cell.Add(sums);
                }
            }
        }
        return cells.Select(c => c.Value.ToCell(c.Key.Row, c.Key.Column)).ToList();
    }

    /// <summary>One intervention's counts (per outcome category when the map has that axis), and the rows and columns it counts for.</summary>
    private sealed class InterventionSums
    {
        public readonly long[] Counts = new long[CellSum.CountColumns];
        public long BestRank;
        public long BestDesign;
        public string[] FindingIds = [];
        public readonly List<string> Rows = [];
        public readonly List<string> Columns = [];

        public void Read(DbDataReader reader)
        {
            for (var i = 0; i < Counts.Length; i++)
            {
                Counts[i] = reader.GetInt64(FirstCountColumn + i);
            }
            BestRank = reader.GetInt64(BestRankColumn);
            BestDesign = reader.GetInt64(BestDesignColumn);
            FindingIds = reader.GetString(FindingIdsColumn).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        }
    }

    private sealed class CellSum
    {
        /// <summary>positive, negative, mixed, no effect, inconclusive; then effect, adoption, prevalence and process findings.</summary>
        public const int CountColumns = 9;

        private readonly long[] _counts = new long[CountColumns];
        private readonly List<string> _findingIds = [];
        private long _bestRank;
        private long _bestDesign;

        public void Add(InterventionSums sums)
        {
            for (var i = 0; i < CountColumns; i++)
            {
                _counts[i] += sums.Counts[i];
            }
            _bestRank = Math.Max(_bestRank, sums.BestRank);
            _bestDesign = Math.Max(_bestDesign, sums.BestDesign);
            _findingIds.AddRange(sums.FindingIds);
        }

        public EvidenceCell ToCell(string row, string column)
        {
            _findingIds.Sort(StringComparer.Ordinal);
            var distinct = new List<string>(_findingIds.Count);
            foreach (var id in _findingIds)
            {
                if (distinct.Count == 0 || !string.Equals(distinct[^1], id, StringComparison.Ordinal))
                {
                    distinct.Add(id);
                }
            }
            return new EvidenceCell(row, column,
                (int)_counts[0], (int)_counts[1], (int)_counts[2], (int)_counts[3], (int)_counts[4],
                new FindingKindCounts((int)_counts[5], (int)_counts[6], (int)_counts[7], (int)_counts[8]),
                EvidenceMaps.Strength(_bestRank), EvidenceMaps.Design(_bestDesign), distinct);
        }
    }
}
