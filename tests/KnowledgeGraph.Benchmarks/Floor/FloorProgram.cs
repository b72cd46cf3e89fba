using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using KnowledgeGraph.Core.Stores;
using KnowledgeGraph.Core.Stores.Sql;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Benchmarks.Floor;

/// <summary>
/// <c>floor --db PATH | --postgres CONNECTION [--queries DIR] [--requests N] [--rounds N]</c>: each query of a folder
/// of POST bodies (default the peers harness's, <c>bench/peers/ours/queries</c>) executed in process, one after the
/// other, over the real store and over <see cref="MemoizedGraphStore"/>; prints CPU and allocations per request of
/// both, and the share the store takes. What remains over the memoized store is the floor of the GraphQL execution,
/// which no store work can lower.
/// </summary>
public static class FloorProgram
{
    public const string Verb = "floor";

    private sealed record Query(string Name, string Text, string? OperationName, string? Variables);

    private sealed record Cost(double CpuMs, double KiB);

    public static async Task<int> RunAsync(string[] args)
    {
        string? db = null, postgres = null, queries = null;
        int requests = 2000, rounds = 3;
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            switch (args[i])
            {
                case "--db": db = Next(); break;
                case "--postgres": postgres = Next(); break;
                case "--queries": queries = Next(); break;
                case "--requests": requests = Positive(args[i], Next()); break;
                case "--rounds": rounds = Positive(args[i], Next()); break;
                default: throw new ArgumentException($"Unknown argument {args[i]}.");
            }
        }
        if ((db is null) == (postgres is null))
        {
            throw new ArgumentException("floor needs one of --db PATH or --postgres CONNECTION.");
        }
        var folder = queries ?? Path.Combine(RepositoryRoot(), "bench", "peers", "ours", "queries");
        var list = Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal).Select(Read).ToList();
        await using var store = db is not null ? SqlGraphStore.ForSqliteFile(db) : SqlGraphStore.ForPostgres(postgres!);
        await store.MigrateAsync();
        await using var real = new GraphQLRunner(store);
        await using var memoized = new GraphQLRunner(new MemoizedGraphStore(store), store);
        Console.WriteLine($"# floor: {(db is not null ? "SQLite" : "PostgreSQL")}, {requests} requests per cell, {rounds} rounds (median), one at a time, in process (no HTTP)");
        Console.WriteLine();
        Console.WriteLine("| query | real store: CPU ms / KiB per request | memoized store: CPU ms / KiB per request | store's share of CPU | response bytes |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        foreach (var query in list)
        {
            var answer = await real.ExecuteAsync(query.Text, query.OperationName, query.Variables);
            if (answer != await memoized.ExecuteAsync(query.Text, query.OperationName, query.Variables))
            {
                throw new InvalidOperationException($"{query.Name}: the memoized store answered differently.");
            }
            var realCosts = new List<Cost>();
            var memoCosts = new List<Cost>();
            for (var round = 0; round < rounds; round++)
            {
                // Interleaved, so that a busy moment of a shared machine falls on both.
                realCosts.Add(await MeasureAsync(real, query, requests));
                memoCosts.Add(await MeasureAsync(memoized, query, requests));
            }
            var (r, m) = (Median(realCosts), Median(memoCosts));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {query.Name} | {r.CpuMs:0.000} / {r.KiB:0} | {m.CpuMs:0.000} / {m.KiB:0} | {(r.CpuMs - m.CpuMs) / r.CpuMs:P0} | {answer.Length:N0} |"));
        }
        SqliteConnection.ClearAllPools();
        return 0;
    }

    private static int Positive(string name, string value) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= 1 && n <= 1_000_000
            ? n
            : throw new ArgumentException($"{name} needs a whole number from 1 to 1000000.");

    private static async Task<Cost> MeasureAsync(GraphQLRunner runner, Query query, int requests)
    {
        // Warm-up by time as well as by count: tiered compilation finishes on a background thread, whose CPU would
        // otherwise be charged to the measured requests.
        var warm = Stopwatch.StartNew();
        for (var i = 0; i < Math.Max(200, requests / 4) || warm.Elapsed < TimeSpan.FromSeconds(3); i++)
        {
            await runner.ExecuteAsync(query.Text, query.OperationName, query.Variables);
        }
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var allocated = GC.GetTotalAllocatedBytes();
        for (var i = 0; i < requests; i++)
        {
            await runner.ExecuteAsync(query.Text, query.OperationName, query.Variables);
        }
        process.Refresh();
        return new Cost((process.TotalProcessorTime - cpu).TotalMilliseconds / requests, (GC.GetTotalAllocatedBytes() - allocated) / 1024.0 / requests);
    }

    private static Cost Median(List<Cost> costs) =>
        new(costs.Select(c => c.CpuMs).Order().ElementAt(costs.Count / 2), costs.Select(c => c.KiB).Order().ElementAt(costs.Count / 2));

    private static Query Read(string path)
    {
        var body = JsonNode.Parse(File.ReadAllText(path))!;
        return new Query(Path.GetFileNameWithoutExtension(path), (string)body["query"]!, (string?)body["operationName"], body["variables"]?.ToJsonString());
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "KnowledgeGraph.sln")))
            {
                return dir.FullName;
            }
        }
        throw new ArgumentException("Run from inside the repository, or give --queries DIR.");
    }
}
