using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;

namespace KnowledgeGraph.Benchmarks.Load;

/// <summary><c>load [--seconds 10] [--connections 16]</c>: how long wrk runs per row and how many connections it keeps open.</summary>
public sealed record LoadOptions(int Seconds, int Connections)
{
    public const int WarmUpSeconds = 2;

    public static LoadOptions Parse(string[] args)
    {
        var values = NumberArguments.Parse("load", args, ("--seconds", 10, 600), ("--connections", 16, 1024));
        return new LoadOptions(values["--seconds"], values["--connections"]);
    }
}

/// <summary>A GraphQL query the load run sends, and one measured row of the report.</summary>
public sealed record LoadQuery(string Name, string Query)
{
    public string RequestJson => JsonSerializer.Serialize(new { query = Query });
}

public sealed record LoadRow(LoadQuery Query, string Server, int BodyBytes, WrkResult Result);

/// <summary>
/// The HTTP load run: the real API (its Release build, as a child process on loopback, on the seed graph in a temporary
/// SQLite file) under wrk, each query uncached and cached, then a fixed-response server returning each query's exact
/// response bytes under the same wrk settings, as the baseline the API's numbers are divided by.
/// </summary>
public static class LoadProgram
{
    public static readonly IReadOnlyList<LoadQuery> Queries =
    [
        new("nested 20 orgs", Workload.NestedQuery.ReplaceLineEndings(" ")),
        new("node industry:tech", """{ node(id: "industry:tech") { id ... on Industry { name } } }"""),
    ];

    public static async Task<int> RunAsync(LoadOptions options)
    {
        var machine = await LoadReport.MachineAsync();
        Console.WriteLine($"load run on {machine}");
        var wrk = await Wrk.EnsureInstalledAsync();
        var apiDll = await ApiBuild.EnsureAsync();
        var work = Directory.CreateTempSubdirectory("knowledge-graph-load-").FullName;
        using var cleanup = Cleanup.Register(() => Cleanup.DeleteDirectory(work));
        try
        {
            var rows = new List<LoadRow>();
            var bodies = new byte[Queries.Count][];
            foreach (var cached in new[] { false, true })
            {
                var environment = new Dictionary<string, string>
                {
                    ["ASPNETCORE_ENVIRONMENT"] = "Production",
                    ["Store__Provider"] = "Sqlite",
                    ["Store__SqlitePath"] = Path.Combine(work, "api.db"),
                    ["Serilog__MinimumLevel__Default"] = "Warning",
                    ["Cache__Enabled"] = cached ? "true" : "false",
                    ["Cache__Redis"] = "",
                };
                var port = Processes.FreeLoopbackPort();
                var server = cached ? "API cached" : "API uncached";
                await using var api = await ServerProcess.StartAsync(server, [apiDll, "--urls", $"http://127.0.0.1:{port}"],
                    Path.GetDirectoryName(apiDll)!, environment, port, "/health/ready");
                for (var q = 0; q < Queries.Count; q++)
                {
                    var body = await FetchAsync($"{api.Url}/graphql", Queries[q]);
                    bodies[q] ??= body;
                    rows.Add(await MeasureAsync(wrk, options, work, $"{api.Url}/graphql", Queries[q], server, body.Length));
                }
            }

            var files = new List<string>();
            for (var q = 0; q < Queries.Count; q++)
            {
                files.Add(Path.Combine(work, $"response-{q}.json"));
                await File.WriteAllBytesAsync(files[^1], bodies[q]);
            }
            var fixedPort = Processes.FreeLoopbackPort();
            // The API's runtimeconfig asks for the server GC (the Web SDK's default); the baseline runs with the same.
            await using (var baseline = await ServerProcess.StartAsync("fixed response", [typeof(LoadProgram).Assembly.Location,
                FixedResponseServer.Verb, "--port", fixedPort.ToString(CultureInfo.InvariantCulture), .. files],
                AppContext.BaseDirectory, new Dictionary<string, string> { ["DOTNET_gcServer"] = "1" }, fixedPort, "/"))
            {
                for (var q = 0; q < Queries.Count; q++)
                {
                    rows.Add(await MeasureAsync(wrk, options, work, $"{baseline.Url}/fixed/{q}", Queries[q], "fixed response", bodies[q].Length));
                }
            }
            LoadReport.Print(machine, wrk.Version, options, rows);
            return rows.Any(r => r.Result.Failures > 0) ? 1 : 0;
        }
        finally
        {
            Cleanup.DeleteDirectory(work);
        }
    }

    /// <summary>A warm-up run (JIT, pools, page cache, and the response cache when on), then the measured run.</summary>
    private static async Task<LoadRow> MeasureAsync(Wrk wrk, LoadOptions options, string work, string url, LoadQuery query, string server, int bodyBytes)
    {
        await wrk.RunAsync(url, query.RequestJson, LoadOptions.WarmUpSeconds, options.Connections, work);
        var result = await wrk.RunAsync(url, query.RequestJson, options.Seconds, options.Connections, work);
        Console.WriteLine($"    {query.Name}, {server}: {result.RequestsPerSecond:N0} req/s, p50 {result.P50Ms:F2} ms, p99 {result.P99Ms:F2} ms" +
            (result.Failures > 0 ? $", {result.Failures:N0} failed" : ""));
        return new LoadRow(query, server, bodyBytes, result);
    }

    /// <summary>One request outside the load, to check the query succeeds and to learn its response body.</summary>
    private static async Task<byte[]> FetchAsync(string url, LoadQuery query)
    {
        using var http = new HttpClient();
        using var response = await http.PostAsync(url, JsonContent.Create(new { query = query.Query }));
        var body = await response.Content.ReadAsByteArrayAsync();
        using var json = JsonDocument.Parse(body);
        if (!response.IsSuccessStatusCode || json.RootElement.TryGetProperty("errors", out _))
        {
            throw new InvalidOperationException($"{query.Name} failed with {(int)response.StatusCode}: {System.Text.Encoding.UTF8.GetString(body)}");
        }
        return body;
    }
}
