namespace KnowledgeGraph.Core.Exchange;

/// <summary>A graph exchange format as the command line names it (<c>--format json</c>).</summary>
public interface IGraphFormat
{
    /// <summary>The name typed after <c>--format</c>, lower case.</summary>
    string Name { get; }

    /// <summary>One line for the command-line help: what the format is for and what it holds.</summary>
    string Description { get; }
}
