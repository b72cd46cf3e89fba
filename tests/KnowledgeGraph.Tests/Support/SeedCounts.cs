using System.Text.Json.Nodes;

namespace KnowledgeGraph.Tests.Support;

/// <summary>How many records a seed file holds: the exact count a freshly seeded graph must show.</summary>
public static class SeedCounts
{
    public static int Of(string file) => JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.SeedData, file)))!.AsArray().Count;
}
