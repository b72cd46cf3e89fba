using KnowledgeGraph.Core.Exchange.Import;

namespace KnowledgeGraph.Core.Exchange;

/// <summary>A format graph files can be read from. Register it in <see cref="ExchangeFormats"/>.</summary>
public interface IGraphImportFormat : IGraphFormat
{
    /// <summary>The file name endings of the format, with the dot (<c>.json</c>), matched without regard to case.</summary>
    IReadOnlyList<string> Extensions { get; }

    /// <summary>Reads one file into <paramref name="into"/>; bad content becomes problems there, never exceptions.</summary>
    void Read(string path, ImportSet into);
}
