namespace KnowledgeGraph.Core.Exchange;

/// <summary>What an export wrote.</summary>
public sealed record ExportSummary(long Nodes, long Edges, IReadOnlyList<string> Files);
