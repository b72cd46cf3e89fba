using System.Text.Json.Nodes;
using KnowledgeGraph.Core.Exchange.Json;

namespace KnowledgeGraph.Tests.Support;

/// <summary>
/// What the seed files hold, counted from the files: the exact counts a freshly seeded graph must show, kept true when
/// the curated graph grows.
/// </summary>
public static class SeedCounts
{
    public static int Of(string file) => Read(file).Count;

    /// <summary>Every node of every label file.</summary>
    public static int Nodes => JsonLayout.LabelFiles.Values.Sum(Of);

    public static int Relationships => Of(JsonLayout.RelationshipsFile);

    public static int RelationshipsOfType(string type) =>
        Read(JsonLayout.RelationshipsFile).Count(r => (string?)r!["type"] == type);

    /// <summary>How many labels have at least one node.</summary>
    public static int LabelsWithNodes => JsonLayout.LabelFiles.Values.Count(file => Of(file) > 0);

    private static JsonArray Read(string file) => JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.SeedData, file)))!.AsArray();
}
