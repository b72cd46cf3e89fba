namespace KnowledgeGraph.Core.Exchange;

/// <summary>What an export writes to: one file, or a directory of files.</summary>
public enum ExportTarget
{
    File,
    Directory,
}
