namespace KnowledgeGraph.Core.Exchange.Import;

/// <summary>Where a row came from: a file and the line its record starts on (0 when it is about the whole file).</summary>
public sealed record SourceLocation(string File, int Line)
{
    public override string ToString() => Line > 0 ? $"{File}:{Line}" : File;
}
