using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Tests.Support;

/// <summary>
/// Records, on the server side, each GraphQL request a client sent: its method, how many requests it carried (a
/// batch carries several) and how many of them carried a whole document in <c>query</c>.
/// </summary>
public sealed class RequestRecorder : IStartupFilter
{
    public sealed record Seen(string Method, int Entries, int WithQuery, bool Batch);

    public ConcurrentQueue<Seen> Requests { get; } = new();

    public static void AddTo(IServiceCollection services)
    {
        var recorder = new RequestRecorder();
        services.AddSingleton(recorder);
        services.AddSingleton<IStartupFilter>(recorder);
    }

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (http, following) =>
        {
            if (http.Request.Path == "/graphql")
            {
                Requests.Enqueue(await ReadAsync(http.Request));
            }
            await following(http);
        });
        next(app);
    };

    private static async Task<Seen> ReadAsync(HttpRequest request)
    {
        if (!HttpMethods.IsPost(request.Method))
        {
            return new Seen(request.Method, 1, request.Query.ContainsKey("query") ? 1 : 0, Batch: false);
        }
        request.EnableBuffering();
        var body = await new StreamReader(request.Body, leaveOpen: true).ReadToEndAsync();
        request.Body.Position = 0;
        var json = JsonNode.Parse(body);
        var entries = json is JsonArray array ? array.ToList() : [json];
        return new Seen(request.Method, entries.Count, entries.Count(e => e?["query"] is not null), json is JsonArray);
    }
}
