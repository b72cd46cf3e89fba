using System.Globalization;
using KnowledgeGraph.Benchmarks.Load;
using KnowledgeGraph.Core.Stores;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project tests/KnowledgeGraph.Benchmarks [-- --store sqlite|postgres|both] [--scales 10000,100000,1000000] [--budget 2] [--cache DIR] [--no-graphql]</c>
/// times the store and API operations on synthetic graphs; <c>-- generate --edges N --db PATH</c> only writes a graph;
/// <c>-- load [--seconds 10] [--connections 16]</c> measures the HTTP API under wrk against a fixed-response baseline;
/// <c>-- attack [--seconds 20] [--attackers 6]</c> sends the hostile-input report's expensive requests while a cheap probe is timed.
/// </summary>
public static class BenchmarkProgram
{
    private const string Usage = """
        usage: KnowledgeGraph.Benchmarks [--store sqlite|postgres|both] [--scales 10000,100000,1000000] [--budget SECONDS] [--cache DIR] [--no-graphql]
               KnowledgeGraph.Benchmarks generate --edges N --db PATH
               KnowledgeGraph.Benchmarks load [--seconds 10] [--connections 16]
               KnowledgeGraph.Benchmarks attack [--seconds 20] [--attackers 6]
               KnowledgeGraph.Benchmarks floor --db PATH | --postgres CONNECTION [--queries DIR] [--requests N] [--rounds N]
        """;

    // An explicit entry point: top-level statements would declare a second Program beside the API's.
    public static async Task<int> Main(string[] args)
    {
        try
        {
            switch (args.FirstOrDefault())
            {
                case "load":
                    return await LoadProgram.RunAsync(LoadOptions.Parse(args[1..]));
                case "attack":
                    return await AttackProgram.RunAsync(AttackOptions.Parse(args[1..]));
                case Floor.FloorProgram.Verb:
                    return await Floor.FloorProgram.RunAsync(args[1..]);
                case FixedResponseServer.Verb:
                    return await FixedResponseServer.RunAsync(args[1..]);
            }
            var options = Options.Parse(args);
            return options.Generate ? await GenerateAsync(options) : await BenchmarkAsync(options);
        }
        catch (ArgumentException e)
        {
            await Console.Error.WriteLineAsync(e.Message + Environment.NewLine + Usage);
            return 2;
        }
    }

    private static async Task<int> GenerateAsync(Options options)
    {
        var path = options.Database ?? throw new ArgumentException("generate needs --db PATH.");
        await SyntheticDatabases.GenerateAsync(options.Edges ?? throw new ArgumentException("generate needs --edges N."), path);
        SqliteConnection.ClearAllPools();
        return 0;
    }

    private static async Task<int> BenchmarkAsync(Options options)
    {
        var reports = new List<Action>();
        foreach (var choice in options.Store == StoreChoice.Both ? [StoreChoice.Sqlite, StoreChoice.Postgres] : new[] { options.Store })
        {
            await using var source = choice == StoreChoice.Sqlite
                ? new SqliteGraphSource(options.CacheDirectory)
                : (IGraphSource)await PostgresDatabases.StartAsync(options.CacheDirectory);
            Console.WriteLine($"== {source.Title}");
            var (operations, results) = await MeasureAsync(source, options);
            var title = source.Title;
            reports.Add(() => Report.Print(title, options.Scales, operations, results));
        }
        foreach (var report in reports)
        {
            report();
        }
        return 0;
    }

    private static async Task<(List<string>, Dictionary<(string, int), Measurement>)> MeasureAsync(IGraphSource source, Options options)
    {
        var timing = new TimingOptions(options.Budget);
        var results = new Dictionary<(string, int), Measurement>();
        var operations = new List<string>();
        foreach (var edges in options.Scales)
        {
            var store = await source.OpenOrBuildAsync(edges);
            var counts = await store.CountAsync();
            Console.WriteLine($"[{SyntheticDatabases.Scale(edges)}] {counts.NodesByLabel.Values.Sum():N0} nodes, {counts.EdgesByType.Values.Sum():N0} edges; " +
                string.Join(", ", counts.NodesByLabel.OrderByDescending(p => p.Value).Select(p => $"{p.Key} {p.Value:N0}")));
            await using var graphQL = options.GraphQL ? CreateRunner(store) : null;
            var workload = await Workload.CreateAsync(store, graphQL);
            if (edges == options.Scales[0])
            {
                await Timing.WarmUpAsync(workload, options.Budget);
            }
            foreach (var operation in workload)
            {
                var measurement = await Timing.MeasureAsync(operation.Run, operation.Inputs, timing);
                results[(operation.Name, edges)] = measurement;
                if (!operations.Contains(operation.Name))
                {
                    operations.Add(operation.Name);
                }
                Console.WriteLine(measurement.Failed
                    ? $"    {operation.Name}: n/a ({measurement.Error})"
                    : $"    {operation.Name}: p50 {Measurement.Format(measurement.P50)} ms, p90 {Measurement.Format(measurement.P90)} ms, {measurement.Runs} runs");
            }
            await source.CloseAsync(store);
        }
        return (operations, results);
    }

    private static GraphQLRunner? CreateRunner(IGraphStore store)
    {
        try
        {
            return new GraphQLRunner(store);
        }
        catch (Exception e)
        {
            Console.WriteLine($"    the GraphQL executor could not be built, its rows are skipped: {e.GetType().Name}: {e.Message}");
            return null;
        }
    }

    private sealed record Options(bool Generate, int? Edges, string? Database, IReadOnlyList<int> Scales, TimeSpan Budget, string CacheDirectory, bool GraphQL,
        StoreChoice Store)
    {
        public static Options Parse(string[] args)
        {
            var generate = args.Length > 0 && args[0] == "generate";
            int? edges = null;
            string? database = null;
            IReadOnlyList<int> scales = [10_000, 100_000, 1_000_000];
            var budget = TimeSpan.FromSeconds(2);
            var cache = SyntheticDatabases.DefaultCacheDirectory;
            var graphQL = true;
            var store = StoreChoice.Sqlite;
            for (var i = generate ? 1 : 0; i < args.Length; i++)
            {
                string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
                switch (args[i])
                {
                    case "--edges":
                        edges = Number(Value());
                        break;
                    case "--db":
                        database = Value();
                        break;
                    case "--scales":
                        scales = Value().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Number).Order().ToList();
                        break;
                    case "--budget":
                        budget = TimeSpan.FromSeconds(double.Parse(Value(), CultureInfo.InvariantCulture));
                        break;
                    case "--cache":
                        cache = Value();
                        break;
                    case "--no-graphql":
                        graphQL = false;
                        break;
                    case "--store":
                        store = Value().ToLowerInvariant() switch
                        {
                            "sqlite" => StoreChoice.Sqlite,
                            "postgres" or "postgresql" => StoreChoice.Postgres,
                            "both" => StoreChoice.Both,
                            var other => throw new ArgumentException($"--store takes sqlite, postgres or both, not '{other}'."),
                        };
                        break;
                    default:
                        throw new ArgumentException($"Unknown argument '{args[i]}'.");
                }
            }
            if (scales.Count == 0)
            {
                throw new ArgumentException("--scales needs at least one edge count.");
            }
            return new Options(generate, edges, database, scales, budget, cache, graphQL, store);
        }

        private static int Number(string text) =>
            int.TryParse(text.Replace("_", "", StringComparison.Ordinal), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= 1000
                ? n
                : throw new ArgumentException($"'{text}' is not an edge count (a whole number of at least 1000).");
    }
}
