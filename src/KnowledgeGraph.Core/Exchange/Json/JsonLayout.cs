using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Core.Exchange.Json;

/// <summary>
/// The file names of the JSON layout, which is also how <c>seed-data/</c> is kept: one array file per label
/// (<c>industries.json</c>, ...) and <c>relationships.json</c>.
/// </summary>
public static class JsonLayout
{
    public const string RelationshipsFile = "relationships.json";

    /// <summary>The file of each label, in schema order.</summary>
    public static readonly IReadOnlyDictionary<string, string> LabelFiles =
        GraphSchema.Labels.ToDictionary(rule => rule.Label, rule => rule.SeedFile);

    private static readonly Dictionary<string, string> LabelsByFile =
        LabelFiles.ToDictionary(p => p.Value, p => p.Key, StringComparer.OrdinalIgnoreCase);

    /// <summary>Every file of a complete graph: the label files, then the relationships.</summary>
    public static IEnumerable<string> Files => LabelFiles.Values.Append(RelationshipsFile);

    /// <summary>The label whose nodes a file holds, or null (the relationships file, or no file of the layout).</summary>
    public static string? LabelOfFile(string fileName) => LabelsByFile.GetValueOrDefault(fileName);

    public static bool IsRelationshipsFile(string fileName) => fileName.Equals(RelationshipsFile, StringComparison.OrdinalIgnoreCase);
}
