using System.Net.Sockets;
using System.Text;
using KnowledgeGraph.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;

namespace KnowledgeGraph.Tests.Api.Http;

/// <summary>
/// A body that ends before its announced length (a client cut off mid-upload) is the client's doing: a bad request, or
/// a request its client abandoned, never logged as the server's error. The real server on a loopback port, spoken to
/// over a raw socket; the client is gone by the time an answer could be written, so the request log tells what it was.
/// </summary>
public sealed class TruncatedBodyTests : IAsyncLifetime
{
    private readonly LogSink _sink = new();
    private readonly KnowledgeGraphApp _app;

    public TruncatedBodyTests()
    {
        _app = new KnowledgeGraphApp { ExtraServices = s => s.AddSingleton<ILogEventSink>(_sink) };
        _app.Settings["Serilog:MinimumLevel:Override:Serilog.AspNetCore.RequestLoggingMiddleware"] = "Information";
    }

    public Task InitializeAsync()
    {
        _app.UseKestrel(0);
        _app.StartServer();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task A_client_that_leaves_mid_body_is_logged_as_its_doing_not_as_a_server_error()
    {
        var address = _app.ClientOptions.BaseAddress;
        using (var tcp = new TcpClient())
        {
            await tcp.ConnectAsync(address.Host, address.Port);
            var stream = tcp.GetStream();
            var request = "POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nAccept: application/json\r\n"
                + "X-Correlation-Id: truncated-body\r\nContent-Length: 200\r\n\r\n{\"query\": \"{ __typename }\"";
            await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
            tcp.Client.Shutdown(SocketShutdown.Send);   // the body ends here, 173 bytes short
            await stream.ReadAsync(new byte[1024]).AsTask().WaitAsync(TimeSpan.FromSeconds(30));
        }

        LogEvent? line = null;
        for (var waited = 0; line is null && waited < 100; waited++)
        {
            line = _sink.Events.FirstOrDefault(e => e.Properties.TryGetValue("CorrelationId", out var id) && id.ToString() == "\"truncated-body\""
                && e.Properties.ContainsKey("StatusCode"));
            await Task.Delay(100);
        }
        Assert.NotNull(line);
        // 400 when the server read the short body before it saw the client leave; 499 when it saw the client leave first.
        Assert.Contains(line.Properties["StatusCode"].ToString(), new[] { "400", "499" });
        Assert.DoesNotContain(_sink.Events, e => e.Level >= LogEventLevel.Error);
    }
}
