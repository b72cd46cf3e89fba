using System.Globalization;

namespace KnowledgeGraph.Benchmarks;

/// <summary>The one table a run prints: operations by scale (p50 / p90 ms), growth ratios, and the latency targets.</summary>
public static class Report
{
    /// <summary>p50 targets, in milliseconds, at 1M edges.</summary>
    public static readonly IReadOnlyList<(string Operation, double P50Ms)> Targets =
    [
        (Workload.Neighborhood, 50),
        (Workload.Paths, 50),
        (Workload.WhatWorked, 200),
        (Workload.EvidenceMap, 200),
        (Workload.NestedStore, 5),
        (Workload.NestedGraphQL, 5),
    ];

    public static void Print(string title, IReadOnlyList<int> scales, IReadOnlyList<string> operations, IReadOnlyDictionary<(string Operation, int Edges), Measurement> results)
    {
        var header = new[] { "operation (p50 / p90 ms)" }.Concat(scales.Select(s => SyntheticDatabases.Scale(s) + " edges")).ToArray();
        var rows = operations
            .Select(op => new[] { op }.Concat(scales.Select(s => results.TryGetValue((op, s), out var m) ? m.Cell : "-")).ToArray())
            .ToList();
        var widths = header.Select((h, c) => Math.Max(h.Length, rows.Count == 0 ? 0 : rows.Max(r => r[c].Length))).ToArray();
        string Line(string[] cells) => "| " + string.Join(" | ", cells.Select((cell, c) => c == 0 ? cell.PadRight(widths[c]) : cell.PadLeft(widths[c]))) + " |";

        Console.WriteLine();
        Console.WriteLine($"## {title}");
        Console.WriteLine();
        Console.WriteLine(Line(header));
        Console.WriteLine("|" + string.Join("|", widths.Select(w => new string('-', w + 2))) + "|");
        foreach (var row in rows)
        {
            Console.WriteLine(Line(row));
        }

        Console.WriteLine();
        var smallest = scales[0];
        foreach (var op in operations)
        {
            var ratios = scales.Skip(1).Select(s => $"{SyntheticDatabases.Scale(s)}/{SyntheticDatabases.Scale(smallest)} = {Ratio(results, op, s, smallest)}");
            Console.WriteLine($"growth  {op}: {string.Join(", ", ratios)}");
        }

        var largest = scales[^1];
        Console.WriteLine();
        Console.WriteLine(largest >= 1_000_000
            ? $"targets at {SyntheticDatabases.Scale(largest)} edges (p50):"
            : $"targets (set for 1M edges, checked at the largest scale run, {SyntheticDatabases.Scale(largest)}) (p50):");
        foreach (var (op, limit) in Targets.Where(t => operations.Contains(t.Operation)))
        {
            var verdict = !results.TryGetValue((op, largest), out var m) || m.Failed
                ? "n/a "
                : m.P50 < limit ? "PASS" : "MISS";
            var value = m is { Failed: false } ? Measurement.Format(m.P50) + " ms" : m?.Error ?? "not run";
            Console.WriteLine($"{verdict}  {op} p50 < {limit.ToString(CultureInfo.InvariantCulture)} ms: {value}");
        }
    }

    private static string Ratio(IReadOnlyDictionary<(string, int), Measurement> results, string op, int scale, int baseline) =>
        results.TryGetValue((op, scale), out var at) && results.TryGetValue((op, baseline), out var from) && !at.Failed && !from.Failed && from.P50 > 0
            ? (at.P50 / from.P50).ToString("F1", CultureInfo.InvariantCulture) + "x"
            : "n/a";
}
