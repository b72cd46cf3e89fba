using System.Collections.Concurrent;

namespace KnowledgeGraph.Api.Hosting;

/// <summary>
/// One logger per category. Serilog's logger factory builds a new logger, with caches of its own, on every
/// <see cref="CreateLogger"/>, and ASP.NET Core's authentication handlers are created, and ask for one, on every
/// request; Microsoft's own factory keeps one per category, as this does.
/// </summary>
public sealed class CategoryLoggers(ILoggerFactory inner) : ILoggerFactory
{
    private readonly ConcurrentDictionary<string, ILogger> _loggers = new(StringComparer.Ordinal);

    public ILogger CreateLogger(string categoryName) =>
        _loggers.GetOrAdd(categoryName, static (name, factory) => factory.CreateLogger(name), inner);

    public void AddProvider(ILoggerProvider provider) => inner.AddProvider(provider);

    public void Dispose() => inner.Dispose();
}
