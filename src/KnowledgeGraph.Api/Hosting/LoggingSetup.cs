using System.Text.RegularExpressions;
using Serilog;
using Serilog.Formatting.Compact;

namespace KnowledgeGraph.Api.Hosting;

/// <summary>Serilog, a correlation id per request (X-Correlation-Id in and out), and one structured line per request.</summary>
public static partial class LoggingSetup
{
    public const string CorrelationHeader = "X-Correlation-Id";

    /// <summary>
    /// The text log's line: one event per line, which <see cref="ClientTextEnricher"/> keeps true for client text; an
    /// exception follows on indented lines, so that no text inside it can pass for an event of its own.
    /// </summary>
    public const string TextTemplate = "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj}{NewLine}{" + ClientTextEnricher.IndentedException + ":l}";

    [GeneratedRegex(@"\A[A-Za-z0-9._:-]{1,64}\z")]
    private static partial Regex SafeCorrelationId();

    public static IHostApplicationBuilder AddKnowledgeGraphLogging(this IHostApplicationBuilder builder)
    {
        var json = builder.Configuration.GetValue<bool>("Logging:Json");
        // The static Log.Logger is left alone: several hosts (tests, replicas in one process) must not share it.
        builder.Services.AddSerilog((services, log) =>
        {
            log.ReadFrom.Configuration(builder.Configuration).ReadFrom.Services(services).Enrich.FromLogContext()
                .Enrich.With(new ClientTextEnricher(escapeControlCharacters: !json));   // JSON escapes them itself
            if (json)
            {
                log.WriteTo.Console(new RenderedCompactJsonFormatter());
            }
            else
            {
                log.WriteTo.Console(outputTemplate: TextTemplate);
            }
        }, preserveStaticLogger: true);
        var serilog = builder.Services.Last(d => d.ServiceType == typeof(ILoggerFactory));
        builder.Services.Remove(serilog);
        builder.Services.AddSingleton<ILoggerFactory>(services => new CategoryLoggers((ILoggerFactory)serilog.ImplementationFactory!(services)));
        return builder;
    }

    public static WebApplication UseKnowledgeGraphRequestLogging(this WebApplication app)
    {
        app.Use((http, next) =>
        {
            var incoming = http.Request.Headers[CorrelationHeader].ToString();
            http.TraceIdentifier = SafeCorrelationId().IsMatch(incoming) ? incoming : Guid.NewGuid().ToString("n");
            http.Response.Headers[CorrelationHeader] = http.TraceIdentifier;
            return next(http);
        });
        app.UseSerilogRequestLogging(options =>
        {
            options.Logger = app.Services.GetRequiredService<Serilog.ILogger>();
            options.MessageTemplate = "{RequestMethod} {RequestPath} {OperationName} responded {StatusCode} in {Elapsed:0.0} ms, cache {CacheHit} ({CorrelationId})";
            options.EnrichDiagnosticContext = (diagnostics, http) =>
            {
                var graphQL = http.Features.Get<GraphQLRequestFeature>();
                diagnostics.Set("OperationName", graphQL?.OperationName ?? "-");
                diagnostics.Set("CorrelationId", http.TraceIdentifier);
                diagnostics.Set("CacheHit", graphQL?.CacheHit is { } hit ? hit ? "hit" : "miss" : "-");
                if (graphQL?.CacheHit is not null)
                {
                    diagnostics.Set("CacheHitRatio", Math.Round(http.RequestServices.GetRequiredService<Caching.ResponseCache>().HitRatio, 3));
                }
            };
        });
        return app;
    }
}
