using System.Globalization;
using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Core.Exchange.Import;

/// <summary>
/// Everything read from a set of files: the nodes and edges, where each came from, and what could not be read.
/// Readers never throw for bad content; they add a problem and go on, so that one report lists every bad row.
/// Cancelling stops the reading at the next row.
/// </summary>
public sealed class ImportSet(Action<string>? progress = null, CancellationToken cancellationToken = default)
{
    public const int ProgressEvery = 10_000;

    private readonly Dictionary<string, List<SourceLocation>> _locations = new(StringComparer.Ordinal);
    private readonly List<NodeInput> _nodes = [];
    private readonly List<EdgeInput> _edges = [];
    private readonly List<ImportProblem> _problems = [];
    private long _rows;

    public IReadOnlyList<NodeInput> Nodes => _nodes;

    public IReadOnlyList<EdgeInput> Edges => _edges;

    /// <summary>Rows that could not be read (format errors), in the order they were met.</summary>
    public IReadOnlyList<ImportProblem> Problems => _problems;

    public long Rows => _rows;

    public GraphBatch ToBatch() => new(_nodes, _edges);

    public void AddNode(NodeInput node, SourceLocation at)
    {
        _nodes.Add(node);
        Remember(node.Id, at);
    }

    public void AddEdge(EdgeInput edge, SourceLocation at)
    {
        _edges.Add(edge);
        Remember(edge.Id, at);
    }

    public void AddProblem(SourceLocation at, string message) => _problems.Add(new ImportProblem(at, message));

    /// <summary>Counts a row read (good or bad) and reports progress every <see cref="ProgressEvery"/> rows.</summary>
    public void CountRow(string file)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (++_rows % ProgressEvery == 0)
        {
            progress?.Invoke(string.Create(CultureInfo.InvariantCulture, $"read {_rows:N0} rows (now in {file})"));
        }
    }

    /// <summary>
    /// The full report: read problems plus schema violations, each placed at every file and line that holds the node or
    /// edge it names (a duplicated id is reported at each copy), ordered by file and line.
    /// </summary>
    public IReadOnlyList<ImportProblem> Report(IEnumerable<Violation> violations)
    {
        var located = violations.SelectMany(v => _locations.TryGetValue(v.ElementId, out var places)
            ? places.Select(at => new ImportProblem(at, v.ToString()))
            : [new ImportProblem(new SourceLocation("(store)", 0), v.ToString())]);
        return _problems.Concat(located)
            .Distinct()
            .OrderBy(p => p.Location.File, StringComparer.Ordinal)
            .ThenBy(p => p.Location.Line)
            .ToList();
    }

    private void Remember(string id, SourceLocation at)
    {
        if (!_locations.TryGetValue(id, out var places))
        {
            _locations[id] = places = [];
        }
        places.Add(at);
    }
}
