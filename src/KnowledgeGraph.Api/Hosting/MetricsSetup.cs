using KnowledgeGraph.Api.Auth;
using KnowledgeGraph.Api.GraphQL;
using KnowledgeGraph.Api.Http;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;

namespace KnowledgeGraph.Api.Hosting;

public static class MetricsSetup
{
    public const string Path = "/metrics";

    /// <summary>Metrics in Prometheus format at <c>/metrics</c>: requests (ASP.NET Core) and the response cache.</summary>
    public static IHostApplicationBuilder AddKnowledgeGraphMetrics(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<MetricsOptions>().BindConfiguration(MetricsOptions.Section)
            .Validate(options => options.IsValid(), $"Metrics:RequireRole must be reader, curator, admin or {MetricsOptions.Open}.")
            .ValidateOnStart();
        builder.Services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddMeter(Caching.ResponseCache.MeterName, "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel")
            .AddPrometheusExporter());
        return builder;
    }

    /// <summary>The scrape, behind <see cref="MetricsOptions.RequireRole"/>: the check runs in the exporter's own branch, before it.</summary>
    public static IEndpointRouteBuilder MapKnowledgeGraphMetrics(this IEndpointRouteBuilder app)
    {
        app.MapPrometheusScrapingEndpoint(Path, meterProvider: null, configureBranchedPipeline: branch => branch.Use(async (http, next) =>
        {
            if (Refusal(http) is { } refusal)
            {
                await GraphQLErrorResponse.WriteAsync(http, refusal.Status, MediaTypes.Json, refusal.Code, refusal.Message);
                return;
            }
            await next(http);
        }), optionsName: null);
        return app;
    }

    private static (int Status, string Code, string Message)? Refusal(HttpContext http)
    {
        var role = http.RequestServices.GetRequiredService<IOptions<MetricsOptions>>().Value.RequireRole;
        if (RequestPolicy.CheckCredentials(http) is { } invalid)
        {
            return (StatusCodes.Status401Unauthorized, ErrorCodes.Unauthenticated, invalid);
        }
        if (role == MetricsOptions.Open)
        {
            return null;
        }
        var user = http.User;
        return user.Identity?.IsAuthenticated != true
            ? (StatusCodes.Status401Unauthorized, ErrorCodes.Unauthenticated, $"Metrics need an API key or token with the {role} role.")
            : Roles.Has(user, role) ? null : (StatusCodes.Status403Forbidden, ErrorCodes.Forbidden, $"Metrics need the {role} role.");
    }
}
