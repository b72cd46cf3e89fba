using System.Diagnostics;

namespace KnowledgeGraph.Benchmarks.Load;

/// <summary>
/// A server the load run starts as a child process on a loopback port: its output is drained (the last lines are kept
/// for error messages), it counts as started once a readiness URL answers 200, and it is killed when disposed or when
/// the run is interrupted.
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Queue<string> _lastLines = new();
    private readonly IDisposable _cleanup;

    private ServerProcess(Process process, int port)
    {
        _process = process;
        Port = port;
        _cleanup = Cleanup.Register(() => Processes.Kill(process));
    }

    public int Port { get; }

    /// <summary>The server's process id, to read its memory from /proc.</summary>
    public int ProcessId => _process.Id;

    public string Url => $"http://127.0.0.1:{Port}";

    public static async Task<ServerProcess> StartAsync(string name, IEnumerable<string> arguments, string workingDirectory,
        IReadOnlyDictionary<string, string> environment, int port, string readyPath)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }
        var server = new ServerProcess(Process.Start(start) ?? throw new InvalidOperationException($"{name} did not start."), port);
        try
        {
            server._process.OutputDataReceived += (_, e) => server.Keep(e.Data);
            server._process.ErrorDataReceived += (_, e) => server.Keep(e.Data);
            server._process.BeginOutputReadLine();
            server._process.BeginErrorReadLine();
            await server.WaitUntilReadyAsync(name, readyPath, TimeSpan.FromSeconds(90));
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        Processes.Kill(_process);
        await _process.WaitForExitAsync();
        _process.Dispose();
        _cleanup.Dispose();
    }

    private async Task WaitUntilReadyAsync(string name, string readyPath, TimeSpan timeout)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"{name} exited with {_process.ExitCode} before it was ready:{Environment.NewLine}{Output()}");
            }
            try
            {
                using var response = await http.GetAsync(Url + readyPath);
                if (response.IsSuccessStatusCode)
                {
                    Console.WriteLine($"    {name} ready at {Url} after {clock.Elapsed.TotalSeconds:F1} s");
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            if (clock.Elapsed > timeout)
            {
                throw new TimeoutException($"{name} was not ready at {Url}{readyPath} after {timeout.TotalSeconds:F0} s:{Environment.NewLine}{Output()}");
            }
            await Task.Delay(200);
        }
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (_lastLines)
        {
            _lastLines.Enqueue(line);
            if (_lastLines.Count > 40)
            {
                _lastLines.Dequeue();
            }
        }
    }

    private string Output()
    {
        lock (_lastLines)
        {
            return string.Join(Environment.NewLine, _lastLines);
        }
    }
}
