using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Core.Analyses.Search;

public sealed record SearchQuery(string Text, IReadOnlyList<string> Labels, int First);

public sealed record SearchHit(Node Node, double Rank, string Snippet);
