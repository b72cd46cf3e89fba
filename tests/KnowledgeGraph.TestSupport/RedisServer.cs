using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace KnowledgeGraph.TestSupport;

/// <summary>
/// A private Redis on a free loopback port, in a temporary folder, that tests can stop and start again to prove how
/// the API behaves when its cache goes away. scripts/test.sh installs Debian's redis-server when it is missing.
/// </summary>
public sealed class RedisServer : IDisposable
{
    private readonly TempDirectory _directory = new();

    public RedisServer()
    {
        if (!File.Exists("/usr/bin/redis-server"))
        {
            throw new InvalidOperationException("redis-server is not installed: run scripts/test.sh, which installs Debian's redis-server.");
        }
        Port = Processes.FreeLoopbackPort();
        Start();
    }

    public int Port { get; }

    public string ConnectionString => $"127.0.0.1:{Port}";

    private string PidFile => Path.Combine(_directory.Path, "redis.pid");

    public void Start()
    {
        Run("/usr/bin/redis-server",
            $"--port {Port} --bind 127.0.0.1 --save \"\" --appendonly no --daemonize yes --pidfile {PidFile} --dir {_directory.Path}");
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!Answers())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new InvalidOperationException($"redis-server did not start on port {Port}.");
            }
            Thread.Sleep(20);
        }
    }

    public void Stop()
    {
        if (File.Exists(PidFile) && int.TryParse(File.ReadAllText(PidFile).Trim(), out var pid))
        {
            try
            {
                using var process = Process.GetProcessById(pid);
                process.Kill();
                process.WaitForExit(5000);
            }
            catch (ArgumentException)
            {
                // Already gone.
            }
            File.Delete(PidFile);
        }
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (Answers() && DateTime.UtcNow < deadline)
        {
            Thread.Sleep(20);
        }
    }

    private bool Answers()
    {
        try
        {
            using var client = new TcpClient();
            client.Connect(IPAddress.Loopback, Port);
            using var stream = client.GetStream();
            stream.Write("PING\r\n"u8);
            var buffer = new byte[16];
            return stream.Read(buffer) > 0 && buffer[0] == (byte)'+';
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static void Run(string file, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        process.WaitForExit(10_000);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {arguments} failed: {process.StandardError.ReadToEnd()}");
        }
    }

    public void Dispose()
    {
        Stop();
        _directory.Dispose();
    }
}
