using KnowledgeGraph.Core.Stores;
using KnowledgeGraph.Core.Writes;

namespace KnowledgeGraph.Core.Exchange.Import;

/// <summary>What an import or a validation found, and what it wrote (null when nothing was written).</summary>
public sealed record ImportOutcome(ImportSet Read, IReadOnlyList<ImportProblem> Problems, WriteResult? Written);
