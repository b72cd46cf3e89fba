using System.Globalization;
using System.Text.RegularExpressions;

namespace KnowledgeGraph.Benchmarks.Load;

/// <summary>One wrk measurement: throughput, latency percentiles, and the requests that did not answer 2xx/3xx.</summary>
public sealed record WrkResult(double RequestsPerSecond, double P50Ms, double P99Ms, long Requests, long Failures);

/// <summary>
/// Debian's wrk, installed with apt-get when missing (as root), POSTing one JSON body over keep-alive connections for
/// a fixed time with <c>--latency</c>; the body travels in a small Lua script.
/// </summary>
public sealed partial class Wrk
{
    private Wrk(string version) => Version = version;

    public string Version { get; }

    public static async Task<Wrk> EnsureInstalledAsync()
    {
        if (!Processes.IsOnPath("wrk"))
        {
            if (!Environment.IsPrivilegedProcess)
            {
                throw new InvalidOperationException("wrk is not installed; as root: apt-get install wrk (or run this command as root).");
            }
            Console.WriteLine("    installing wrk from Debian (apt-get install wrk) ...");
            var apt = new Dictionary<string, string> { ["DEBIAN_FRONTEND"] = "noninteractive" };
            string[] install = ["install", "-y", "--no-install-recommends", "wrk"];
            try
            {
                await Processes.RunAsync("apt-get", install, environment: apt);
            }
            catch (InvalidOperationException)
            {
                // A fresh image has no package lists yet.
                await Processes.RunAsync("apt-get", ["update"], environment: apt);
                await Processes.RunAsync("apt-get", install, environment: apt);
            }
        }
        // wrk -v prints its version and exits with 1.
        var banner = await Processes.RunAsync("wrk", ["-v"], check: false);
        return new Wrk(VersionLine().Match(banner) is { Success: true } m ? m.Value : "wrk");
    }

    public static int Threads(int connections) => Math.Clamp(Environment.ProcessorCount, 1, connections);

    /// <summary>Runs wrk for <paramref name="seconds"/> against <paramref name="url"/>, POSTing <paramref name="jsonBody"/>.</summary>
    public async Task<WrkResult> RunAsync(string url, string jsonBody, int seconds, int connections, string workDirectory)
    {
        if (jsonBody.Contains("]==]", StringComparison.Ordinal))
        {
            throw new ArgumentException("The request body cannot be quoted as a Lua long string.", nameof(jsonBody));
        }
        var script = Path.Combine(workDirectory, "post.lua");
        await File.WriteAllTextAsync(script, $"""
            wrk.method = "POST"
            wrk.headers["Content-Type"] = "application/json"
            wrk.body = [==[{jsonBody}]==]
            """);
        var output = await Processes.RunAsync("wrk", [
            $"-t{Threads(connections)}", $"-c{connections}", $"-d{seconds}s", "--timeout", "10s", "--latency", "-s", script, url]);
        return Parse(output);
    }

    public static WrkResult Parse(string output)
    {
        double Percentile(string p) => LatencyLine().Matches(output).FirstOrDefault(m => m.Groups["p"].Value == p) is { } m
            ? Milliseconds(m.Groups["value"].Value, m.Groups["unit"].Value)
            : throw new FormatException($"wrk printed no {p}% latency:{Environment.NewLine}{output}");
        long Count(Regex pattern) => pattern.Match(output) is { Success: true } m ? long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
        var rate = RequestsPerSecond().Match(output);
        if (!rate.Success)
        {
            throw new FormatException($"wrk printed no Requests/sec:{Environment.NewLine}{output}");
        }
        var socketErrors = SocketErrors().Match(output) is { Success: true } s
            ? s.Groups.Values.Skip(1).Sum(g => long.Parse(g.Value, CultureInfo.InvariantCulture))
            : 0;
        return new WrkResult(double.Parse(rate.Groups[1].Value, CultureInfo.InvariantCulture), Percentile("50"), Percentile("99"),
            Count(RequestTotal()), Count(Non2xx()) + socketErrors);
    }

    private static double Milliseconds(string value, string unit) => double.Parse(value, CultureInfo.InvariantCulture) * unit switch
    {
        "us" => 0.001,
        "ms" => 1,
        "s" => 1000,
        "m" => 60_000,
        _ => throw new FormatException($"Unknown wrk time unit '{unit}'."),
    };

    [GeneratedRegex(@"^\s*(?<p>\d+)%\s+(?<value>[\d.]+)(?<unit>us|ms|s|m)\s*$", RegexOptions.Multiline)]
    private static partial Regex LatencyLine();

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex RequestsPerSecond();

    [GeneratedRegex(@"(\d+) requests in")]
    private static partial Regex RequestTotal();

    [GeneratedRegex(@"Non-2xx or 3xx responses:\s+(\d+)")]
    private static partial Regex Non2xx();

    [GeneratedRegex(@"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)")]
    private static partial Regex SocketErrors();

    [GeneratedRegex(@"^wrk \S+", RegexOptions.Multiline)]
    private static partial Regex VersionLine();
}
