using KnowledgeGraph.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Serilog.Core;

namespace KnowledgeGraph.Tests.Api.Hosting;

/// <summary>One structured log line per request, with the operation name, status, duration and correlation id.</summary>
public sealed class RequestLoggingTests : IDisposable
{
    private readonly LogSink _sink = new();
    private readonly KnowledgeGraphApp _app;

    public RequestLoggingTests()
    {
        _app = new KnowledgeGraphApp { ExtraServices = s => s.AddSingleton<ILogEventSink>(_sink) };
        _app.Settings["Serilog:MinimumLevel:Override:Serilog.AspNetCore.RequestLoggingMiddleware"] = "Information";
    }

    [Fact]
    public async Task Each_request_logs_one_line_with_operation_status_duration_and_correlation_id()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("""{"query":"query CountThem { industries { totalCount } }"}""", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Correlation-Id", "log-test-1");
        var response = await _app.CreateClient().SendAsync(request);
        response.EnsureSuccessStatusCode();

        var line = Assert.Single(_sink.Events, e => e.Properties.TryGetValue("CorrelationId", out var id) && id.ToString() == "\"log-test-1\""
            && e.Properties.ContainsKey("Elapsed"));
        Assert.Equal("\"CountThem\"", line.Properties["OperationName"].ToString());
        Assert.Equal("200", line.Properties["StatusCode"].ToString());
    }

    [Fact]
    public async Task A_category_gets_one_logger_that_still_writes_through_serilog()
    {
        // Authentication handlers are created on every request and ask for their logger each time.
        (await _app.CreateClient().PostAsync("/graphql", new StringContent("""{"query":"{ __typename }"}""", System.Text.Encoding.UTF8, "application/json")))
            .EnsureSuccessStatusCode();
        var factory = _app.Services.GetRequiredService<ILoggerFactory>();
        var logger = factory.CreateLogger("KnowledgeGraph.Tests.Category");
        Assert.Same(logger, factory.CreateLogger("KnowledgeGraph.Tests.Category"));
        Assert.NotSame(logger, factory.CreateLogger("KnowledgeGraph.Tests.Other"));

        logger.LogWarning("written through {Which}", "the kept logger");
        Assert.Contains(_sink.Events, e => e.Properties.TryGetValue("Which", out var which) && which.ToString() == "\"the kept logger\"");
    }

    public void Dispose() => _app.Dispose();
}
