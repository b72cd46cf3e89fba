using System.Net;
using KnowledgeGraph.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;

namespace KnowledgeGraph.Tests.Api.Hosting;

/// <summary>The warm-up runs representative reads in-process after start; readiness waits for it, liveness does not.</summary>
public sealed class WarmupTests
{
    private static async Task<HttpStatusCode> ReadyAsync(KnowledgeGraphApp app) => (await app.CreateClient().GetAsync("/health/ready")).StatusCode;

    [Fact]
    public async Task Readiness_is_unhealthy_while_the_warm_up_runs_and_healthy_once_it_ends_even_on_an_empty_store()
    {
        var gate = new StoreGate { Armed = true };
        var sink = new LogSink();
        using var app = new KnowledgeGraphApp
        {
            ExtraServices = services =>
            {
                GatedGraphStore.Install(services, gate);
                services.AddSingleton<ILogEventSink>(sink);
            },
        };
        app.Settings["Warmup:Enabled"] = "true";
        app.Settings["Warmup:Seconds"] = "60";
        app.Settings["Warmup:Rounds"] = "2";
        app.Settings["Store:SeedOnStart"] = "false";
        app.Settings["Serilog:MinimumLevel:Override:KnowledgeGraph.Api.Hosting.Warmup"] = "Information";

        var client = app.CreateClient();
        await gate.Entered.WaitAsync(TimeSpan.FromSeconds(30));   // the warm-up's read of a node waits at the gate

        Assert.Equal(HttpStatusCode.ServiceUnavailable, await ReadyAsync(app));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);

        gate.Open();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (await ReadyAsync(app) != HttpStatusCode.OK && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }
        Assert.Equal(HttpStatusCode.OK, await ReadyAsync(app));
        Assert.Contains(sink.Events, e => e.RenderMessage().StartsWith("Warm-up done: 2 round(s)", StringComparison.Ordinal));
    }
}
