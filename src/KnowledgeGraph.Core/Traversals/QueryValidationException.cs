namespace KnowledgeGraph.Core.Traversals;

/// <summary>A query record that is out of its allowed bounds: the caller's mistake, not the store's.</summary>
public sealed class QueryValidationException(string message) : Exception(message);
