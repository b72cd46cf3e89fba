using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace KnowledgeGraph.Benchmarks.Load;

/// <summary><c>attack [--seconds 20] [--attackers 6]</c>: how long each phase runs and how many clients send expensive requests.</summary>
public sealed record AttackOptions(int Seconds, int Attackers)
{
    public static AttackOptions Parse(string[] args)
    {
        var values = NumberArguments.Parse("attack", args, ("--seconds", 20, 600), ("--attackers", 6, 256));
        return new AttackOptions(values["--seconds"], values["--attackers"]);
    }
}

/// <summary>
/// The bounded attack: the API's Release build on the seed graph, rate limits off (the worst case: every other limit
/// must hold on its own), a <c>{ __typename }</c> probe every 250 ms, first alone and then while attackers loop over
/// the hostile-input report's expensive requests (fragment bombs, schema walks, aliased analyses at their largest
/// allowed size), each made unique so that none is answered from the cache. Prints the probe's latency in both
/// phases and their ratio, the attack's outcomes, and the server's peak RSS; fails when any request answered 5xx or
/// the peak RSS passed 500 MB.
/// </summary>
public static class AttackProgram
{
    private const long RssTargetBytes = 500L * 1024 * 1024;

    private static readonly string[] Attacks =
    [
        Bomb(9), Bomb(20),
        Aliases(2_000, "__schema { types { name fields { name args { name } type { name ofType { name } } } } }"),
        "{ __schema { types { ...N0 } } } fragment N0 on __Type { fields { type { ...N1 } } } fragment N1 on __Type { fields { type { ...N2 } } } fragment N2 on __Type { fields { name } }",
        Aliases(740, "neighborhood(id: \"industry:cross_industry\", depth: 3, limit: 1000) { truncated }"),
        Aliases(5, "neighborhood(id: \"industry:cross_industry\", depth: 3, limit: 1000) { truncated nodes { id } }"),
        Aliases(5, "paths(from: \"industry:agriculture_farmwork\", to: \"org:unite_here\", maxHops: 6, first: 50) { length }"),
        Aliases(5, "evidenceMap(rows: INTERVENTION, columns: JURISDICTION) { gapCount cells { findingIds } }"),
        Aliases(5, "whatWorked(first: 100) { score }"),
        "{ __schema { types { name kind description fields(includeDeprecated: true) { name args { name type { name } } type { name kind ofType { name kind ofType { name } } } } inputFields { name } enumValues { name } interfaces { name } possibleTypes { name } } } }",
    ];

    public static async Task<int> RunAsync(AttackOptions options)
    {
        Console.WriteLine($"attack run on {await LoadReport.MachineAsync()}: {options.Attackers} attackers, {options.Seconds} s per phase");
        var apiDll = await ApiBuild.EnsureAsync();
        var work = Directory.CreateTempSubdirectory("knowledge-graph-attack-").FullName;
        using var cleanup = Cleanup.Register(() => Cleanup.DeleteDirectory(work));
        try
        {
            var environment = new Dictionary<string, string>
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["Store__Provider"] = "Sqlite",
                ["Store__SqlitePath"] = Path.Combine(work, "api.db"),
                ["Serilog__MinimumLevel__Default"] = "Warning",
                ["Cache__Redis"] = "",
                ["RateLimit__Enabled"] = "false",
            };
            var port = Processes.FreeLoopbackPort();
            await using var api = await ServerProcess.StartAsync("API", [apiDll, "--urls", $"http://127.0.0.1:{port}"],
                Path.GetDirectoryName(apiDll)!, environment, port, "/health/ready");
            using var http = new HttpClient { BaseAddress = new Uri(api.Url), Timeout = TimeSpan.FromSeconds(60) };
            var memory = new PeakMemory(api.ProcessId);

            await ProbeAsync(http, TimeSpan.FromSeconds(2), CancellationToken.None);   // warm-up: JIT and connections, not measured
            var quiet = await ProbeAsync(http, TimeSpan.FromSeconds(options.Seconds), CancellationToken.None);
            var rssQuiet = memory.Current();
            using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(options.Seconds));
            var statuses = new Dictionary<string, int>();
            var slowestAttack = TimeSpan.Zero;
            var attackers = Enumerable.Range(0, options.Attackers).Select(a => Task.Run(async () =>
            {
                for (var i = a; !stop.IsCancellationRequested; i++)
                {
                    var clock = Stopwatch.StartNew();
                    // A comment makes each document new to the response cache: every attack runs uncached.
                    var (status, code) = await SendAsync(http, Attacks[i % Attacks.Length] + $" # {a}-{i}");
                    var outcome = $"{status} {code ?? "data"}";
                    lock (statuses)
                    {
                        statuses[outcome] = statuses.GetValueOrDefault(outcome) + 1;
                        slowestAttack = clock.Elapsed > slowestAttack ? clock.Elapsed : slowestAttack;
                    }
                }
            })).ToList();
            var sampler = Task.Run(async () =>
            {
                while (!stop.IsCancellationRequested)
                {
                    memory.Sample();
                    await Task.Delay(50);
                }
            });
            var attacked = await ProbeAsync(http, TimeSpan.FromSeconds(options.Seconds), CancellationToken.None);
            await Task.WhenAll(attackers.Append(sampler));

            Console.WriteLine();
            Console.WriteLine("| probe `{ __typename }` every 250 ms | n | p50 ms | p99 ms | max ms | failed |");
            Console.WriteLine("|---|---:|---:|---:|---:|---:|");
            Console.WriteLine(quiet.Row("server idle"));
            Console.WriteLine(attacked.Row("during the attack"));
            Console.WriteLine($"| ratio attack / idle | | {attacked.P(50) / quiet.P(50):F1}× | {attacked.P(99) / quiet.P(99):F1}× | {attacked.Max / quiet.Max:F1}× | |");
            Console.WriteLine();
            Console.WriteLine($"attack requests: {statuses.Values.Sum():N0} ({string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Value:N0}× {s.Key}"))}); slowest {slowestAttack.TotalMilliseconds:N0} ms");
            Console.WriteLine($"server RSS: {Mb(rssQuiet)} idle, peak {Mb(memory.Peak)} during the attack (target < {Mb(RssTargetBytes)}: {(memory.Peak < RssTargetBytes ? "PASS" : "MISS")})");
            var failed = statuses.Keys.Any(s => s[0] == '5') || quiet.Failed + attacked.Failed > 0 || memory.Peak >= RssTargetBytes;
            return failed ? 1 : 0;
        }
        finally
        {
            Cleanup.DeleteDirectory(work);
        }
    }

    private static async Task<Probe> ProbeAsync(HttpClient http, TimeSpan length, CancellationToken cancellationToken)
    {
        var probe = new Probe();
        var end = Stopwatch.StartNew();
        while (end.Elapsed < length)
        {
            var clock = Stopwatch.StartNew();
            var (status, code) = await SendAsync(http, "{ __typename }");
            probe.Add(clock.Elapsed.TotalMilliseconds, status == 200 && code is null);
            await Task.Delay(TimeSpan.FromMilliseconds(250), cancellationToken);
        }
        return probe;
    }

    /// <summary>The status and the first error's code (null when the answer has no error).</summary>
    private static async Task<(int Status, string? Code)> SendAsync(HttpClient http, string query)
    {
        try
        {
            using var content = new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json");
            using var response = await http.PostAsync("/graphql", content);
            var body = await response.Content.ReadAsStringAsync();
            var code = body.IndexOf("\"code\":\"", StringComparison.Ordinal) is var at and >= 0 ? body[(at + 8)..body.IndexOf('"', at + 8)] : null;
            return ((int)response.StatusCode, code);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return (599, "no answer");   // counted as a server failure
        }
    }

    private static string Bomb(int levels) =>
        "{ ...L0 } " + string.Concat(Enumerable.Range(0, levels).Select(l => $"fragment L{l} on Query {{ {string.Join(' ', Enumerable.Repeat($"...L{l + 1}", 10))} }} "))
        + $"fragment L{levels} on Query {{ __typename }}";

    private static string Aliases(int count, string field) => "{ " + string.Join(' ', Enumerable.Range(0, count).Select(i => $"a{i}: {field}")) + " }";

    private static string Mb(long bytes) => $"{bytes / (1024.0 * 1024):N0} MB";

    private sealed class Probe
    {
        private readonly List<double> _milliseconds = [];

        public int Failed { get; private set; }

        public double Max => _milliseconds.Max();

        public void Add(double milliseconds, bool ok)
        {
            _milliseconds.Add(milliseconds);
            Failed += ok ? 0 : 1;
        }

        public double P(int percentile)
        {
            var sorted = _milliseconds.Order().ToList();
            return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1)];
        }

        public string Row(string phase) => $"| {phase} | {_milliseconds.Count} | {P(50):F1} | {P(99):F1} | {Max:F1} | {Failed} |";
    }

    /// <summary>The server's resident memory, from /proc, sampled during the attack.</summary>
    private sealed class PeakMemory(int processId)
    {
        public long Peak { get; private set; }

        public long Current()
        {
            var line = File.ReadLines($"/proc/{processId}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
        }

        public void Sample() => Peak = Math.Max(Peak, Current());
    }
}
