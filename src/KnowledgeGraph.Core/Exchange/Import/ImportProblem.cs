namespace KnowledgeGraph.Core.Exchange.Import;

/// <summary>One line of an import report.</summary>
public sealed record ImportProblem(SourceLocation Location, string Message)
{
    public override string ToString() => $"{Location}: {Message}";
}
