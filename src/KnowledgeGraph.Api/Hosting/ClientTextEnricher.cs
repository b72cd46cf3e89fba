using Serilog.Core;
using Serilog.Events;

namespace KnowledgeGraph.Api.Hosting;

/// <summary>
/// Makes every string a log event carries safe for the log: cut to a bounded length, and in the text log with its
/// control characters escaped, so that an operation name or an echoed id cannot start a forged log line. The text
/// log shows exceptions through <see cref="IndentedException"/>: every line indented, whatever their messages hold.
/// </summary>
public sealed class ClientTextEnricher(bool escapeControlCharacters) : ILogEventEnricher
{
    public const string IndentedException = "IndentedException";

    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        foreach (var (name, value) in logEvent.Properties.ToList())
        {
            if (Clean(value) is { } cleaned)
            {
                logEvent.AddOrUpdateProperty(new LogEventProperty(name, cleaned));
            }
        }
        if (escapeControlCharacters)
        {
            logEvent.AddOrUpdateProperty(new LogEventProperty(IndentedException, new ScalarValue(Indent(logEvent.Exception))));
        }
    }

    private static string Indent(Exception? exception) =>
        exception is null
            ? ""
            : string.Concat(exception.ToString().Split('\n').Select(line => "  " + LogText.Escape(line.TrimEnd('\r'), int.MaxValue) + Environment.NewLine));

    /// <summary>The value with its strings made safe; null when nothing needed to change.</summary>
    private LogEventPropertyValue? Clean(LogEventPropertyValue value) => value switch
    {
        ScalarValue { Value: string text } when Safe(text) is var safe && safe != text => new ScalarValue(safe),
        SequenceValue sequence when sequence.Elements.Any(e => Clean(e) is not null) =>
            new SequenceValue(sequence.Elements.Select(e => Clean(e) ?? e)),
        StructureValue structure when structure.Properties.Any(p => Clean(p.Value) is not null) =>
            new StructureValue(structure.Properties.Select(p => new LogEventProperty(p.Name, Clean(p.Value) ?? p.Value)), structure.TypeTag),
        DictionaryValue dictionary when dictionary.Elements.Any(e => Clean(e.Value) is not null) =>
            new DictionaryValue(dictionary.Elements.Select(e => KeyValuePair.Create(e.Key, Clean(e.Value) ?? e.Value))),
        _ => null,
    };

    private string Safe(string text) =>
        escapeControlCharacters ? LogText.Escape(text)
        : text.Length > LogText.DefaultMaxLength ? LogText.Escape(text) : text;
}
