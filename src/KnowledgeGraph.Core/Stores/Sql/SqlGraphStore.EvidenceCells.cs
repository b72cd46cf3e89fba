using System.Data.Common;
using System.Globalization;
using KnowledgeGraph.Core.Analyses.EvidenceGapMap;
using KnowledgeGraph.Core.Analyses.WhatWorked;

namespace KnowledgeGraph.Core.Stores.Sql;

// The cells of an evidence map, added up from each intervention's sums and the rows and columns it counts for. A
// GROUP BY over the fan-out in SQL sorted and concatenated every finding id once per cell it lands in (46,000 wide
// rows at 1M edges); here each sum is added to its cells through a dictionary. The rows are read by position with
// typed getters: at 1M edges they are 113,000, and a mapper reading each of their 16 columns as a boxed value was a
// fifth of the evidence map's time; each intervention's eleven sums now arrive as one text of numbers.
public sealed partial class SqlGraphStore
{
    // Positions of the columns of the evidence-map statement.
    private const int NumberColumn = 0, PartColumn = 1, AxisColumn = 2, SumsColumn = 3, FindingIdsColumn = 4;

    /// <summary>
    /// The cells, as <c>per JOIN rows JOIN columns GROUP BY row, column</c> gives them: counts summed, best ranks the
    /// largest, finding ids distinct and in ordinal order.
    /// </summary>
    private static async Task<IReadOnlyList<EvidenceCell>> SumCellsAsync(DbDataReader reader, CancellationToken cancellationToken)
    {
        // Keyed by the number the statement gives each intervention's sums (one per outcome category on that axis).
        var interventions = new Dictionary<long, InterventionSums>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var key = reader.GetInt64(NumberColumn);
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

        /// <summary>Reads the counts, then the best strength and design ranks, from the row's text of numbers, and the finding ids.</summary>
        public void Read(DbDataReader reader)
        {
            var sums = reader.GetString(SumsColumn).AsSpan();
            Span<Range> parts = stackalloc Range[CellSum.CountColumns + 3];
            if (sums.Split(parts, ' ') != CellSum.CountColumns + 2)
            {
                throw new InvalidOperationException($"The evidence map's sums '{sums}' are not {CellSum.CountColumns + 2} numbers.");
            }
            for (var i = 0; i < Counts.Length; i++)
            {
                Counts[i] = long.Parse(sums[parts[i]], NumberStyles.None, CultureInfo.InvariantCulture);
            }
            BestRank = long.Parse(sums[parts[CellSum.CountColumns]], NumberStyles.None, CultureInfo.InvariantCulture);
            BestDesign = long.Parse(sums[parts[CellSum.CountColumns + 1]], NumberStyles.None, CultureInfo.InvariantCulture);
            FindingIds = reader.GetString(FindingIdsColumn).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        }
    }

    private sealed class CellSum
    {
        /// <summary>positive, negative, mixed, no effect, inconclusive; then effect, adoption, prevalence and process findings.</summary>
        public const int CountColumns = 9;

        private readonly long[] _counts = new long[CountColumns];
        private readonly List<InterventionSums> _interventions = [];
        private int _findingIds;
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
            _interventions.Add(sums);
            _findingIds += sums.FindingIds.Length;
        }

        public EvidenceCell ToCell(string row, string column)
        {
            // The ids are gathered once into an array of their exact number, sorted, and made distinct in place.
            var ids = new string[_findingIds];
            var filled = 0;
            foreach (var sums in _interventions)
            {
                sums.FindingIds.CopyTo(ids, filled);
                filled += sums.FindingIds.Length;
            }
            Array.Sort(ids, StringComparer.Ordinal);
            var distinct = 0;
            foreach (var id in ids)
            {
                if (distinct == 0 || !string.Equals(ids[distinct - 1], id, StringComparison.Ordinal))
                {
                    ids[distinct++] = id;
                }
            }
            return new EvidenceCell(row, column,
                (int)_counts[0], (int)_counts[1], (int)_counts[2], (int)_counts[3], (int)_counts[4],
                new FindingKindCounts((int)_counts[5], (int)_counts[6], (int)_counts[7], (int)_counts[8]),
                EvidenceMaps.Strength(_bestRank), EvidenceMaps.Design(_bestDesign), distinct == ids.Length ? ids : ids[..distinct]);
        }
    }
}
