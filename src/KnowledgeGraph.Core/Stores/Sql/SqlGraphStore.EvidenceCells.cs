using System.Data.Common;
using System.Globalization;
using KnowledgeGraph.Core.Analyses.EvidenceGapMap;
using KnowledgeGraph.Core.Analyses.WhatWorked;

namespace KnowledgeGraph.Core.Stores.Sql;

// The cells of an evidence map, added up from each intervention's sums and the rows and columns it counts for. A
// GROUP BY over the fan-out in SQL sorted and concatenated every finding id once per cell it lands in (46,000 wide
// rows at 1M edges); here each sum is added to its cells through a dictionary. The rows are read by position with
// typed getters, one per intervention, with its sums, finding ids, rows and columns each in one text.
public sealed partial class SqlGraphStore
{
    // Positions of the columns of the evidence-map statement.
    private const int SumsColumn = 0, FindingIdsColumn = 1, RowIdsColumn = 2, ColumnIdsColumn = 3;

    /// <summary>
    /// The cells, as <c>per JOIN rows JOIN columns GROUP BY row, column</c> gives them: counts summed, best ranks the
    /// largest, finding ids distinct and in ordinal order.
    /// </summary>
    /// <remarks>
    /// A row or column prefix keeps only the ids that start with it (tactics or levers out of all APPLIES targets).
    /// </remarks>
    private static async Task<IReadOnlyList<EvidenceCell>> SumCellsAsync(DbDataReader reader, string? rowPrefix, string? columnPrefix, CancellationToken cancellationToken)
    {
        // Rows and columns repeat across interventions: each id is made a string once.
        var axisIds = new Dictionary<string, string>(StringComparer.Ordinal);
        var spans = axisIds.GetAlternateLookup<ReadOnlySpan<char>>();
        string Intern(ReadOnlySpan<char> id)
        {
            if (!spans.TryGetValue(id, out var known))
            {
                known = id.ToString();
                spans[known] = known;
            }
            return known;
        }
        var rows = new List<string>();
        var columns = new List<string>();
        void Split(int column, List<string> into, string? prefix)
        {
            into.Clear();
            if (reader.IsDBNull(column))
            {
                return;   // no row or column, or an outcome without a category: its findings count in no cell
            }
            var text = reader.GetString(column).AsSpan();
            foreach (var range in text.Split(' '))
            {
                if (!text[range].IsEmpty && (prefix is null || text[range].StartsWith(prefix, StringComparison.Ordinal)))
                {
                    into.Add(Intern(text[range]));
                }
            }
        }
        var cells = new Dictionary<(string Row, string Column), CellSum>();
        while (await reader.ReadAsync(cancellationToken))
        {
            Split(RowIdsColumn, rows, rowPrefix);
            Split(ColumnIdsColumn, columns, columnPrefix);
            if (rows.Count == 0 || columns.Count == 0)
            {
                continue;
            }
            var sums = InterventionSums.Read(reader);
            foreach (var row in rows)
            {
                foreach (var column in columns)
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

    /// <summary>One intervention's counts (per outcome category when the map has that axis).</summary>
    private sealed class InterventionSums
    {
        public readonly long[] Counts = new long[CellSum.CountColumns];
        public long BestRank;
        public long BestDesign;
        public string[] FindingIds = [];

        /// <summary>Reads the counts, then the best strength and design ranks, from the row's text of numbers, and the finding ids.</summary>
        public static InterventionSums Read(DbDataReader reader)
        {
            var read = new InterventionSums();
            var sums = reader.GetString(SumsColumn).AsSpan();
            Span<Range> parts = stackalloc Range[CellSum.CountColumns + 3];
            if (sums.Split(parts, ' ') != CellSum.CountColumns + 2)
            {
                throw new InvalidOperationException($"The evidence map's sums '{sums}' are not {CellSum.CountColumns + 2} numbers.");
            }
            for (var i = 0; i < read.Counts.Length; i++)
            {
                read.Counts[i] = long.Parse(sums[parts[i]], NumberStyles.None, CultureInfo.InvariantCulture);
            }
            read.BestRank = long.Parse(sums[parts[CellSum.CountColumns]], NumberStyles.None, CultureInfo.InvariantCulture);
            read.BestDesign = long.Parse(sums[parts[CellSum.CountColumns + 1]], NumberStyles.None, CultureInfo.InvariantCulture);
            read.FindingIds = reader.GetString(FindingIdsColumn).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return read;
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
