using System.Text;
using System.Text.Json;
using KnowledgeGraph.Api.Hosting;
using KnowledgeGraph.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Formatting.Display;

namespace KnowledgeGraph.Tests.Api.Hosting;

/// <summary>Client text in the text log stays on its own line and bounded: no forged lines, no megabyte names (D10).</summary>
public sealed class LogForgingTests : IDisposable
{
    private const string Forged = "[15:59:59 ERR] FORGED";
    private readonly LogSink _sink = new();
    private readonly KnowledgeGraphApp _app;

    public LogForgingTests()
    {
        _app = new KnowledgeGraphApp { ExtraServices = s => s.AddSingleton<ILogEventSink>(_sink) };
        _app.Settings["Serilog:MinimumLevel:Default"] = "Information";
        _app.Settings["Serilog:MinimumLevel:Override:Serilog.AspNetCore.RequestLoggingMiddleware"] = "Information";
    }

    private async Task<int> PostAsync(object body)
    {
        var response = await _app.CreateClient().PostAsync("/graphql",
            new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json"));
        return (int)response.StatusCode;
    }

    /// <summary>The text log as the console shows it.</summary>
    private string[] TextLogLines()
    {
        var formatter = new MessageTemplateTextFormatter(LoggingSetup.TextTemplate);
        var text = new StringWriter();
        foreach (var logEvent in _sink.Events)
        {
            formatter.Format(logEvent, text);
        }
        return text.ToString().Split('\n');
    }

    [Fact]
    public async Task A_forged_line_in_the_operation_name_stays_inside_the_request_line()
    {
        Assert.Equal(200, await PostAsync(new { query = "{ __typename }", operationName = "x\n" + Forged + " log line" }));
        Assert.Equal(200, await PostAsync(new { query = "query x { __typename }", operationName = "x\r\n" + Forged + "\u0085\u2028" }));
        var lines = TextLogLines();
        Assert.Contains(lines, l => l.Contains("x\\n" + Forged, StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.TrimStart('\r').StartsWith(Forged, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Client_values_echoed_in_error_messages_are_escaped()
    {
        var query = "{ node(id: \"industry:x\\n" + Forged + "\") { id } neighborhood(id: \"industry:y\\r\\n" + Forged + "\") { truncated } }";
        await PostAsync(new { query });
        var lines = TextLogLines();
        Assert.Contains(lines, l => l.Contains("GraphQL request ended with", StringComparison.Ordinal) && l.Contains(Forged, StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.TrimStart('\r').StartsWith(Forged, StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_operation_name_over_256_characters_is_refused_before_execution_and_logged_short()
    {
        Assert.Equal(200, await PostAsync(new { query = $"query {new string('a', 256)} {{ __typename }}" }));
        var huge = new string('b', 1_000_000);
        var response = await _app.CreateClient().PostAsync("/graphql",
            new StringContent(JsonSerializer.Serialize(new { query = $"query {huge} {{ __typename }}", operationName = huge }), Encoding.UTF8, "application/json"));
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(400, (int)response.StatusCode);
        Assert.Contains("\"BAD_REQUEST\"", body);
        Assert.Contains("at most 256", body);
        Assert.True(body.Length < 1000, $"The refusal echoes the name: {body.Length} characters");
        Assert.All(TextLogLines(), l => Assert.True(l.Length < 2000, $"A log line of {l.Length} characters"));
    }

    public void Dispose() => _app.Dispose();
}
