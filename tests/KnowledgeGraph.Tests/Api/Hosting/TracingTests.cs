using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using KnowledgeGraph.Api.Hosting;
using KnowledgeGraph.Core.Stores;
using KnowledgeGraph.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenTelemetry.Trace;
using Serilog.Core;
using Serilog.Events;

namespace KnowledgeGraph.Tests.Api.Hosting;

/// <summary>
/// Tracing through the public surface: a request that carries a <c>traceparent</c> continues that trace through the
/// server span, the GraphQL operation and the store calls, and reaches a real OTLP receiver; off, nothing is traced.
/// </summary>
public sealed class TracingTests : IAsyncLifetime
{
    private const string Panel = "query Panel { industries(first: 3) { nodes { id name } } }";

    private OtlpReceiver _receiver = null!;

    public async Task InitializeAsync() => _receiver = await OtlpReceiver.StartAsync();

    public async Task DisposeAsync() => await _receiver.DisposeAsync();

    [Fact]
    public async Task A_request_with_a_traceparent_is_traced_through_the_operation_to_the_store_calls()
    {
        var spans = new List<Activity>();
        using var app = new TracedApp(new() { ["Telemetry:OtlpEndpoint"] = _receiver.BaseAddress, ["Telemetry:OtlpProtocol"] = "http/protobuf" },
            services => services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(spans)));
        var trace = ActivityTraceId.CreateRandom();
        var callerSpan = ActivitySpanId.CreateRandom();

        var response = await app.PostAsync(Panel, $"00-{trace}-{callerSpan}-01");
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());

        var inTrace = await WaitForAsync(spans, s => s.TraceId == trace && s.Kind == ActivityKind.Server);
        var server = inTrace.Single(s => s.Kind == ActivityKind.Server);
        Assert.Equal(callerSpan, server.ParentSpanId);
        var operation = inTrace.Single(s => s.Source.Name == TelemetrySpans.SourceName && s.DisplayName == "query Panel");
        Assert.Equal(server.SpanId, operation.ParentSpanId);
        Assert.Equal("query", operation.GetTagItem("graphql.operation.type"));
        Assert.Equal("Panel", operation.GetTagItem("graphql.operation.name"));
        Assert.Equal("miss", operation.GetTagItem("knowledge_graph.cache"));
        Assert.Null(operation.GetTagItem("graphql.document"));
        var storeCalls = inTrace.Where(s => s.ParentSpanId == operation.SpanId && s.DisplayName.StartsWith("IGraphStore.", StringComparison.Ordinal)).ToList();
        Assert.Contains(storeCalls, s => s.DisplayName == "IGraphStore.ListNodesAsync");
        Assert.All(inTrace, span => Assert.DoesNotContain(span.TagObjects, tag => tag.Value is string text && text.Contains("industries", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_repeated_query_is_traced_as_a_cache_hit_without_store_calls_or_its_document()
    {
        var spans = new List<Activity>();
        using var app = new TracedApp(new() { ["Telemetry:OtlpEndpoint"] = _receiver.BaseAddress, ["Telemetry:OtlpProtocol"] = "http/protobuf" },
            services => services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(spans)));
        await app.PostAsync(Panel, null);
        var trace = ActivityTraceId.CreateRandom();

        using var get = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString(Panel));
        get.Headers.Add("traceparent", $"00-{trace}-{ActivitySpanId.CreateRandom()}-01");
        Assert.True((await app.CreateClient().SendAsync(get)).IsSuccessStatusCode);

        var inTrace = await WaitForAsync(spans, s => s.TraceId == trace && s.Kind == ActivityKind.Server);
        var operation = inTrace.Single(s => s.DisplayName == "query Panel");
        Assert.Equal("hit", operation.GetTagItem("knowledge_graph.cache"));
        Assert.DoesNotContain(inTrace, s => s.DisplayName.StartsWith("IGraphStore.ListNodes", StringComparison.Ordinal));
        Assert.All(inTrace, span => Assert.DoesNotContain(span.TagObjects, tag => tag.Value is string text && text.Contains("industries", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("Telemetry:OtlpEndpoint", "Telemetry:OtlpProtocol")]
    [InlineData("OTEL_EXPORTER_OTLP_ENDPOINT", "OTEL_EXPORTER_OTLP_PROTOCOL")]
    public async Task Spans_reach_an_OTLP_collector_named_by_either_setting(string endpointKey, string protocolKey)
    {
        using var app = new TracedApp(new() { [endpointKey] = _receiver.BaseAddress, [protocolKey] = "http/protobuf" });
        var trace = ActivityTraceId.CreateRandom();
        var traceBytes = new byte[16];
        trace.CopyTo(traceBytes);

        await app.PostAsync(Panel, $"00-{trace}-{ActivitySpanId.CreateRandom()}-01");

        var provider = app.Services.GetRequiredService<TracerProvider>();
        for (var attempt = 0; attempt < 100 && !_receiver.Received(traceBytes); attempt++)
        {
            provider.ForceFlush();
            await Task.Delay(50);
        }
        Assert.True(_receiver.Received(traceBytes), "the collector never received the request's trace");
    }

    [Fact]
    public async Task Logs_written_during_a_traced_request_carry_its_trace_id()
    {
        var sink = new LogSink();
        using var app = new TracedApp(new() { ["Telemetry:OtlpEndpoint"] = _receiver.BaseAddress, ["Telemetry:OtlpProtocol"] = "http/protobuf", ["Serilog:MinimumLevel:Default"] = "Information" },
            services => services.AddSingleton<ILogEventSink>(sink));
        var trace = ActivityTraceId.CreateRandom();

        await app.PostAsync(Panel, $"00-{trace}-{ActivitySpanId.CreateRandom()}-01");

        static bool IsRequestLine(LogEvent e) => e.Properties.TryGetValue("OperationName", out var name) && name.ToString() == "\"Panel\"";
        for (var attempt = 0; attempt < 200 && !sink.Events.Any(IsRequestLine); attempt++)
        {
            await Task.Delay(25);   // the request line is written once the response has gone
        }
        var requestLine = sink.Events.Single(IsRequestLine);
        Assert.Equal(trace, requestLine.TraceId);
        using var json = new StringWriter();
        new Serilog.Formatting.Compact.RenderedCompactJsonFormatter().Format(requestLine, json);
        Assert.Contains($"\"@tr\":\"{trace}\"", json.ToString());   // as Logging:Json writes it
    }

    [Fact]
    public void Without_a_collector_nothing_is_traced_and_the_store_is_not_wrapped()
    {
        using var app = new TracedApp([]);
        Assert.Null(app.Services.GetService<TracerProvider>());
        Assert.IsNotAssignableFrom<System.Reflection.DispatchProxy>(app.Services.GetRequiredService<IGraphStore>());
        Assert.IsNotAssignableFrom<System.Reflection.DispatchProxy>(app.Services.GetRequiredService<IGraphAnalyses>());
    }

    /// <summary>Spans end after the response is written; wait (boundedly) for the one that closes the request.</summary>
    private static async Task<List<Activity>> WaitForAsync(List<Activity> spans, Func<Activity, bool> last)
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            lock (spans)
            {
                if (spans.Any(last))
                {
                    var trace = spans.First(last).TraceId;
                    return spans.Where(s => s.TraceId == trace).ToList();
                }
            }
            await Task.Delay(25);
        }
        throw new TimeoutException("the request's server span was never exported");
    }

    /// <summary>The host as Program.cs builds it (store and all: the usual test host replaces the store), on its own SQLite file.</summary>
    private sealed class TracedApp(Dictionary<string, string?> settings, Action<IServiceCollection>? services = null) : WebApplicationFactory<Program>
    {
        private readonly TempDirectory _directory = new();

        protected override IHost CreateHost(IHostBuilder builder)
        {
            var all = new Dictionary<string, string?>
            {
                ["Store:SqlitePath"] = Path.Combine(_directory.Path, "knowledge-graph.db"),
                ["Store:SeedDirectory"] = RepoPaths.SeedData,
                ["Serilog:MinimumLevel:Default"] = "Warning",
                ["Warmup:Enabled"] = "false",
            };
            foreach (var (key, value) in settings)
            {
                all[key] = value;
            }
            builder.ConfigureHostConfiguration(config => config.AddInMemoryCollection(all));
            builder.ConfigureServices(collection => services?.Invoke(collection));
            return base.CreateHost(builder);
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder) => builder.UseEnvironment("Production");

        public async Task<HttpResponseMessage> PostAsync(string query, string? traceparent)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
            {
                Content = new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json"),
            };
            request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse("application/json"));
            if (traceparent is not null)
            {
                request.Headers.Add("traceparent", traceparent);
            }
            return await CreateClient().SendAsync(request);
        }

        protected override void Dispose(bool disposing)
        {
            base.Dispose(disposing);
            if (disposing)
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                _directory.Dispose();
            }
        }
    }
}
