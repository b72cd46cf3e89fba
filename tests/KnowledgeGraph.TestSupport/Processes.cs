using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace KnowledgeGraph.TestSupport;

/// <summary>Helper programs (pg_ctl, apt-get, wrk, nproc) run to completion, and loopback ports for servers.</summary>
public static class Processes
{
    /// <summary>Runs a program and returns its standard output; a non-zero exit throws with its output unless <paramref name="check"/> is off.</summary>
    public static async Task<string> RunAsync(string program, IEnumerable<string> arguments, string? workingDirectory = null,
        IReadOnlyDictionary<string, string>? environment = null, bool check = true)
    {
        var start = Start(program, arguments, workingDirectory);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        // An interrupted run must not leave a load generator or an installer behind.
        using var registration = Cleanup.Register(() => Kill(process));
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (check && process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', start.ArgumentList)} exited with {process.ExitCode}: {(await error + await output).Trim()}");
        }
        return await output + await error;
    }

    /// <summary>The synchronous form, for cleanup handlers that must finish before the process ends.</summary>
    public static void Run(string program, IEnumerable<string> arguments, TimeSpan timeout)
    {
        using var process = Process.Start(Start(program, arguments, null)) ?? throw new InvalidOperationException($"{program} did not start.");
        _ = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            Kill(process);
        }
    }

    public static bool IsOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(dir => File.Exists(Path.Combine(dir, program)));

    public static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static void Kill(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // It ended between the check and the kill.
        }
    }

    private static ProcessStartInfo Start(string program, IEnumerable<string> arguments, string? workingDirectory)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory ?? "",
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        return start;
    }
}
