using System.Diagnostics;
using System.Text.Json.Nodes;
using KnowledgeGraph.TestSupport;

namespace KnowledgeGraph.Tests.Support;

/// <summary>
/// Runs a real JavaScript client (a script in tests/clients, with the npm packages of tests/clients/package.json)
/// against a running host. The script gets the host's base URL as its first argument and prints what it observed as
/// one JSON line, the last line of its output, which the test then asserts on.
/// </summary>
public static class NodeClients
{
    public static string Directory => Path.Combine(RepoPaths.Root, "tests", "clients");

    /// <summary>The script's last JSON line; a non-zero exit, no JSON line or a run longer than <paramref name="timeout"/> fails the test with the script's output.</summary>
    public static async Task<JsonObject> RunAsync(string script, string baseUrl, IEnumerable<string>? arguments = null, TimeSpan? timeout = null)
    {
        Assert.True(System.IO.Directory.Exists(Path.Combine(Directory, "node_modules")),
            "tests/clients/node_modules is missing: run `npm ci --prefix tests/clients` (scripts/test.sh does).");
        var start = new ProcessStartInfo("node") { WorkingDirectory = Directory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(script);
        start.ArgumentList.Add(baseUrl.TrimEnd('/'));
        foreach (var argument in arguments ?? [])
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        using var registration = Cleanup.Register(() => Processes.Kill(process));
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(90));
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            Processes.Kill(process);
            Assert.Fail($"{script} did not finish in time: {await output}{await error}");
        }
        var text = await output;
        Assert.True(process.ExitCode == 0, $"{script} exited with {process.ExitCode}: {text}{await error}");
        var json = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault(l => l.StartsWith('{'));
        Assert.True(json is not null, $"{script} printed no JSON line: {text}{await error}");
        return JsonNode.Parse(json)!.AsObject();
    }
}
