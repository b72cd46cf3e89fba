using OpenTelemetry.Metrics;

namespace KnowledgeGraph.Api.Hosting;

public static class MetricsSetup
{
    /// <summary>Metrics in Prometheus format at <c>/metrics</c>: requests (ASP.NET Core) and the response cache.</summary>
    public static IHostApplicationBuilder AddKnowledgeGraphMetrics(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddMeter(Caching.ResponseCache.MeterName, "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel")
            .AddPrometheusExporter());
        return builder;
    }

    public static IEndpointRouteBuilder MapKnowledgeGraphMetrics(this IEndpointRouteBuilder app)
    {
        app.MapPrometheusScrapingEndpoint("/metrics");
        return app;
    }
}
