using Serilog.Core;
using Serilog.Events;

namespace KnowledgeGraph.Tests.Support;

/// <summary>Collects a host's log events, for tests that check what was logged.</summary>
public sealed class LogSink : ILogEventSink
{
    private readonly List<LogEvent> _events = [];

    /// <summary>A snapshot: the host may still be writing.</summary>
    public IReadOnlyList<LogEvent> Events
    {
        get
        {
            lock (_events)
            {
                return _events.ToList();
            }
        }
    }

    public void Emit(LogEvent logEvent)
    {
        lock (_events)
        {
            _events.Add(logEvent);
        }
    }
}
