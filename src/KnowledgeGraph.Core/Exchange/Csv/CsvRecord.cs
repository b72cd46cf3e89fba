namespace KnowledgeGraph.Core.Exchange.Csv;

/// <summary>One CSV record: the line it starts on, its fields, and what is malformed about it (null when nothing).</summary>
public sealed record CsvRecord(int Line, IReadOnlyList<string> Fields, string? Error);
