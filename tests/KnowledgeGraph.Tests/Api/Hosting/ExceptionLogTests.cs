using System.Reflection;
using KnowledgeGraph.Api.Hosting;
using KnowledgeGraph.Core.Stores;
using KnowledgeGraph.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Serilog.Core;
using Serilog.Formatting.Display;

namespace KnowledgeGraph.Tests.Api.Hosting;

/// <summary>An exception whose message holds client text is logged on indented lines: it cannot forge a log line (D10).</summary>
public sealed class ExceptionLogTests : IDisposable
{
    private const string Forged = "[15:59:59 ERR] FORGED";
    private readonly LogSink _sink = new();
    private readonly KnowledgeGraphApp _app;

    public ExceptionLogTests() => _app = new KnowledgeGraphApp
    {
        ExtraServices = services =>
        {
            services.AddSingleton<ILogEventSink>(_sink);
            services.RemoveAll<IGraphAnalyses>();
            services.AddSingleton(EchoingFailure.Create());
        },
    };

    [Fact]
    public async Task Client_text_inside_an_exception_message_stays_indented()
    {
        var response = await _app.PostAsync("{ search(text: \"x\\n" + Forged + "\") { score } }");
        Assert.Contains("INTERNAL", await response.Content.ReadAsStringAsync());
        var formatter = new MessageTemplateTextFormatter(LoggingSetup.TextTemplate);
        var text = new StringWriter();
        foreach (var logEvent in _sink.Events)
        {
            formatter.Format(logEvent, text);
        }
        var lines = text.ToString().Split('\n');
        Assert.Contains(lines, l => l.StartsWith("  System.InvalidOperationException: no luck with", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("  " + Forged, StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.StartsWith(Forged, StringComparison.Ordinal));
    }

    public void Dispose() => _app.Dispose();

    /// <summary>Analyses that fail with the caller's input in the message, as careless code might.</summary>
    public class EchoingFailure : DispatchProxy
    {
        public static IGraphAnalyses Create() => Create<IGraphAnalyses, EchoingFailure>();

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args) =>
            throw new InvalidOperationException($"no luck with {args?[0]}");
    }
}
