using System.Diagnostics;

namespace KnowledgeGraph.Benchmarks;

/// <summary>The timings of one operation at one scale, or why it could not be timed.</summary>
public sealed record Measurement(int Runs, double P50, double P90, string? Error)
{
    public bool Failed => Error is not null;

    /// <summary>"p50 / p90", or "n/a (...)" cut short enough to keep the table readable.</summary>
    public string Cell => Failed ? $"n/a ({(Error!.Length > 32 ? Error[..32] + "..." : Error)})" : $"{Format(P50)} / {Format(P90)}";

    public static string Format(double ms) => ms switch
    {
        < 1 => ms.ToString("F3", System.Globalization.CultureInfo.InvariantCulture),
        < 100 => ms.ToString("F2", System.Globalization.CultureInfo.InvariantCulture),
        _ => ms.ToString("F0", System.Globalization.CultureInfo.InvariantCulture),
    };
}

/// <summary>How long each operation is timed: warm-up first, then until the budget is spent and enough runs are in.</summary>
public sealed record TimingOptions(TimeSpan Budget, int MinRuns = 20, int MaxRuns = 1000);

public static class Timing
{
    /// <summary>
    /// Runs <paramref name="run"/> over its inputs (cycling through them), untimed to warm caches and the JIT, then timed. A slow operation gets at least 3 timed runs, a fast one up to <see cref="TimingOptions.MaxRuns"/>.
    /// An exception ends the operation's timing and becomes its error, without aborting the run.
    /// </summary>
    public static async Task<Measurement> MeasureAsync(Func<int, Task> run, int inputs, TimingOptions options)
    {
        var times = new List<double>();
        try
        {
            // A quarter of the budget lets the JIT reach its optimised tier for fast operations; slow ones get one pass.
            var warmUp = Stopwatch.GetTimestamp();
            for (var i = 0; ; i++)
            {
                var elapsed = Stopwatch.GetElapsedTime(warmUp);
                if (i > 0 && (elapsed >= options.Budget || (i >= Math.Max(inputs, 3) && elapsed >= options.Budget / 4)))
                {
                    break;
                }
                await run(i % inputs);
            }

            var started = Stopwatch.GetTimestamp();
            for (var i = 0; times.Count < options.MaxRuns; i++)
            {
                var elapsed = Stopwatch.GetElapsedTime(started);
                var enough = times.Count >= options.MinRuns && times.Count >= inputs;
                if ((enough && elapsed >= options.Budget) || (times.Count >= 3 && elapsed >= options.Budget * 5))
                {
                    break;
                }
                var before = Stopwatch.GetTimestamp();
                await run(i % inputs);
                times.Add(Stopwatch.GetElapsedTime(before).TotalMilliseconds);
            }
        }
        catch (Exception e)
        {
            var inner = e is AggregateException { InnerException: { } first } ? first : e;
            var message = inner.Message.ReplaceLineEndings(" ");
            return new Measurement(times.Count, double.NaN, double.NaN, $"{inner.GetType().Name}: {(message.Length > 60 ? message[..60] + "..." : message)}");
        }
        times.Sort();
        return new Measurement(times.Count, Percentile(times, 0.5), Percentile(times, 0.9), null);
    }

    /// <summary>
    /// Runs every operation for a while, untimed and ignoring errors, so that the first operations timed in a process do
    /// not pay for JIT compilation and first-use setup of code the later ones share (Dapper, SQLite, GraphQL.NET).
    /// </summary>
    public static async Task WarmUpAsync(IEnumerable<Operation> operations, TimeSpan each)
    {
        foreach (var operation in operations)
        {
            var started = Stopwatch.GetTimestamp();
            for (var i = 0; Stopwatch.GetElapsedTime(started) < each; i++)
            {
                try
                {
                    await operation.Run(i % operation.Inputs);
                }
                catch (Exception)
                {
                    break;
                }
            }
        }
    }

    /// <summary>Nearest-rank percentile of sorted values.</summary>
    private static double Percentile(List<double> sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
}
