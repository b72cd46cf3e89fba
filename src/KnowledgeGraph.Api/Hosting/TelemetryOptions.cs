namespace KnowledgeGraph.Api.Hosting;

/// <summary>
/// Tracing over OTLP: off unless a collector is named, by <c>Telemetry:OtlpEndpoint</c> or the standard
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> variable (whose companions, such as <c>OTEL_EXPORTER_OTLP_PROTOCOL</c> and
/// <c>OTEL_EXPORTER_OTLP_HEADERS</c>, the exporter reads itself).
/// </summary>
public sealed class TelemetryOptions
{
    public const string Section = "Telemetry";

    /// <summary>The standard variable, read when <see cref="OtlpEndpoint"/> is not set.</summary>
    public const string StandardEndpointVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";

    public const string Grpc = "grpc";
    public const string HttpProtobuf = "http/protobuf";

    /// <summary>The collector's base address, such as <c>http://localhost:4317</c> (gRPC) or <c>http://localhost:4318</c> (HTTP).</summary>
    public string? OtlpEndpoint { get; set; }

    /// <summary><see cref="Grpc"/> (the default, port 4317) or <see cref="HttpProtobuf"/> (port 4318), for <see cref="OtlpEndpoint"/>.</summary>
    public string OtlpProtocol { get; set; } = Grpc;

    /// <summary>The <c>service.name</c> of every span; <c>OTEL_SERVICE_NAME</c> wins when set.</summary>
    public string ServiceName { get; set; } = "knowledge-graph";

    public bool IsValid() => OtlpProtocol is Grpc or HttpProtobuf
        && (string.IsNullOrWhiteSpace(OtlpEndpoint) || Uri.TryCreate(OtlpEndpoint, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https");

    /// <summary>Whether spans are exported (and so created at all): a collector is named in either place.</summary>
    public static bool Enabled(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration[$"{Section}:{nameof(OtlpEndpoint)}"]) || !string.IsNullOrWhiteSpace(configuration[StandardEndpointVariable]);
}
