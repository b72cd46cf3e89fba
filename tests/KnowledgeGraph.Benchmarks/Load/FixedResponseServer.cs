using System.Runtime;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace KnowledgeGraph.Benchmarks.Load;

/// <summary>
/// The load run's baseline: ASP.NET Core and Kestrel answering <c>POST /fixed/{i}</c> with the bytes of the i-th file,
/// doing no other work. Run by the load run as a child process (<c>fixed-response --port N FILE...</c>) with the API's
/// runtime settings, so the API's throughput and latency can be read as multiples of what the web stack alone costs.
/// </summary>
public static class FixedResponseServer
{
    public const string Verb = "fixed-response";
    public const string ContentType = "application/json; charset=utf-8";

    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length < 3 || args[0] != "--port" || !int.TryParse(args[1], out var port))
        {
            throw new ArgumentException($"usage: {Verb} --port N BODY_FILE...");
        }
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [], EnvironmentName = Environments.Production });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        app.MapGet("/", () => $"ready, server GC {GCSettings.IsServerGC}");
        for (var i = 0; i < args.Length - 2; i++)
        {
            var body = await File.ReadAllBytesAsync(args[i + 2]);
            app.MapPost($"/fixed/{i}", (HttpContext http) =>
            {
                http.Response.ContentType = ContentType;
                http.Response.ContentLength = body.Length;
                return http.Response.Body.WriteAsync(body).AsTask();
            });
        }
        await app.RunAsync();
        return 0;
    }
}
