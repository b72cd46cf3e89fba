using KnowledgeGraph.Core.Stores;
using OpenTelemetry.Exporter;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace KnowledgeGraph.Api.Hosting;

/// <summary>
/// OpenTelemetry tracing, exported over OTLP when a collector is configured (<see cref="TelemetryOptions"/>): ASP.NET
/// Core's request spans (continuing an incoming <c>traceparent</c>), a span per GraphQL operation, a span per store
/// call, and Npgsql's command spans. When no collector is configured nothing is registered, so no span is ever made.
/// </summary>
public static class TelemetrySetup
{
    public static IHostApplicationBuilder AddKnowledgeGraphTracing(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<TelemetryOptions>().BindConfiguration(TelemetryOptions.Section)
            .Validate(options => options.IsValid(), "Telemetry:OtlpEndpoint must be an http(s) address and Telemetry:OtlpProtocol grpc or http/protobuf.")
            .ValidateOnStart();
        if (!TelemetryOptions.Enabled(builder.Configuration))
        {
            return builder;
        }
        var options = builder.Configuration.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>() ?? new TelemetryOptions();
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(builder.Configuration["OTEL_SERVICE_NAME"] ?? options.ServiceName))
            .WithTracing(tracing => tracing
                .AddSource(TelemetrySpans.SourceName, "Npgsql")
                .AddAspNetCoreInstrumentation(aspNetCore => aspNetCore.Filter = http => !IsProbe(http.Request.Path))
                .AddOtlpExporter(otlp => Configure(otlp, options)));
        TraceStore(builder.Services);
        return builder;
    }

    /// <summary>Health checks and scrapes arrive every few seconds and say nothing about a request's path.</summary>
    private static bool IsProbe(PathString path) => path.StartsWithSegments("/health") || path.StartsWithSegments(MetricsSetup.Path);

    /// <summary>
    /// <c>Telemetry:OtlpEndpoint</c> is a base address, as the standard variable is; the exporter reads the variable
    /// (and its companions) itself when the key is not set.
    /// </summary>
    private static void Configure(OtlpExporterOptions otlp, TelemetryOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.OtlpEndpoint))
        {
            return;
        }
        var http = options.OtlpProtocol == TelemetryOptions.HttpProtobuf;
        otlp.Protocol = http ? OtlpExportProtocol.HttpProtobuf : OtlpExportProtocol.Grpc;
        otlp.Endpoint = new Uri(http ? options.OtlpEndpoint.TrimEnd('/') + "/v1/traces" : options.OtlpEndpoint);
    }

    /// <summary>Wraps the store and analyses registered before (after the cache's own wrap) in <see cref="TelemetryStoreProxy{T}"/>.</summary>
    public static void TraceStore(IServiceCollection services)
    {
        Wrap<IGraphStore>(services);
        Wrap<IGraphAnalyses>(services);
    }

    private static void Wrap<T>(IServiceCollection services) where T : class
    {
        if (services.LastOrDefault(d => d.ServiceType == typeof(T)) is not { } registered)
        {
            return;
        }
        services.Remove(registered);
        services.AddSingleton(sp => TelemetryStoreProxy<T>.Wrap(registered switch
        {
            { ImplementationInstance: T instance } => instance,
            { ImplementationFactory: { } factory } => (T)factory(sp),
            _ => (T)ActivatorUtilities.CreateInstance(sp, registered.ImplementationType!),
        }));
    }
}
