using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KnowledgeGraph.Tests.Support;

/// <summary>
/// A stand-in OpenTelemetry collector on a loopback port: accepts OTLP/HTTP protobuf posts to <c>/v1/traces</c> and
/// keeps their bodies, so a test can look for a trace id's 16 bytes in what was exported.
/// </summary>
public sealed class OtlpReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly List<byte[]> _posts = [];

    private OtlpReceiver(WebApplication app) => _app = app;

    public string BaseAddress { get; private set; } = "";

    public static async Task<OtlpReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var receiver = new OtlpReceiver(app);
        app.MapPost("/v1/traces", async (HttpRequest request) =>
        {
            if (request.ContentType != "application/x-protobuf")
            {
                return Results.StatusCode(StatusCodes.Status415UnsupportedMediaType);
            }
            using var body = new MemoryStream();
            await request.Body.CopyToAsync(body);
            lock (receiver._posts)
            {
                receiver._posts.Add(body.ToArray());
            }
            return Results.Ok();
        });
        await app.StartAsync();
        receiver.BaseAddress = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        return receiver;
    }

    public bool Received(ReadOnlySpan<byte> bytes)
    {
        lock (_posts)
        {
            foreach (var post in _posts)
            {
                if (post.AsSpan().IndexOf(bytes) >= 0)
                {
                    return true;
                }
            }
            return false;
        }
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
