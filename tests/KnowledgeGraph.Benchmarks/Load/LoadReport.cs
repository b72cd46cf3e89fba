using System.Globalization;
using System.Runtime.InteropServices;

namespace KnowledgeGraph.Benchmarks.Load;

/// <summary>The load run's table: absolute numbers per query and server, and the API's as multiples of the fixed-response baseline.</summary>
public static class LoadReport
{
    public const string Baseline = "fixed response";

    /// <summary>nproc, the CPU model from /proc/cpuinfo and the runtime: the numbers mean little without them.</summary>
    public static async Task<string> MachineAsync()
    {
        var nproc = (await Processes.RunAsync("nproc", [], check: false)).Trim();
        var model = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            : null;
        // Other work on the machine moves these numbers; the load average says how much there was.
        var load = File.Exists("/proc/loadavg") ? $", load average {string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3))} at start" : "";
        return $"nproc {nproc}, {model ?? "unknown CPU"}, {RuntimeInformation.FrameworkDescription}{load}";
    }

    public static void Print(string machine, string wrk, LoadOptions options, IReadOnlyList<LoadRow> rows)
    {
        string[] header = ["query", "server", "body bytes", "req/s", "p50 ms", "p99 ms", "req/s ÷ fixed", "p50 ÷ fixed"];
        string[] servers = ["API uncached", "API cached", Baseline];
        var table = rows.OrderBy(row => LoadProgram.Queries.ToList().IndexOf(row.Query)).ThenBy(row => Array.IndexOf(servers, row.Server)).Select(row =>
        {
            var baseline = rows.FirstOrDefault(b => b.Query == row.Query && b.Server == Baseline)?.Result;
            var r = row.Result;
            return new[]
            {
                row.Query.Name, row.Server + (r.Failures > 0 ? $" ({r.Failures:N0} failed)" : ""),
                row.BodyBytes.ToString("N0", CultureInfo.InvariantCulture), r.RequestsPerSecond.ToString("N0", CultureInfo.InvariantCulture),
                Measurement.Format(r.P50Ms), Measurement.Format(r.P99Ms),
                Ratio(r.RequestsPerSecond, baseline?.RequestsPerSecond), Ratio(r.P50Ms, baseline?.P50Ms),
            };
        }).ToList();
        var widths = header.Select((h, c) => Math.Max(h.Length, table.Max(r => r[c].Length))).ToArray();
        string Line(string[] cells) => "| " + string.Join(" | ", cells.Select((cell, c) => c < 2 ? cell.PadRight(widths[c]) : cell.PadLeft(widths[c]))) + " |";

        Console.WriteLine();
        Console.WriteLine($"## HTTP load: {wrk}, {options.Connections} connections, {Wrk.Threads(options.Connections)} threads, " +
            $"{options.Seconds} s per row after {LoadOptions.WarmUpSeconds} s of warm-up, loopback");
        Console.WriteLine($"machine: {machine} (wrk and the server share these CPUs)");
        Console.WriteLine();
        Console.WriteLine(Line(header));
        Console.WriteLine("|" + string.Join("|", widths.Select((w, c) => c < 2 ? new string('-', w + 2) : new string('-', w + 1) + ":")) + "|");
        foreach (var row in table)
        {
            Console.WriteLine(Line(row));
        }
        Console.WriteLine();
        Console.WriteLine("API: the Release build on the seed graph (SQLite), uncached (Cache:Enabled=false) or cached (in-memory HybridCache);");
        Console.WriteLine("fixed response: Kestrel returning the same response bytes with no other work. Ratios are API ÷ fixed response.");
    }

    private static string Ratio(double value, double? baseline) => baseline is > 0
        ? (value / baseline.Value).ToString(value / baseline.Value < 0.1 ? "F3" : "F2", CultureInfo.InvariantCulture) + "x"
        : "-";
}
