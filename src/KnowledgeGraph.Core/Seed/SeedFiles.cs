using System.Text.Json;
using System.Text.Json.Nodes;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Stores;
using KnowledgeGraph.Core.Writes;

namespace KnowledgeGraph.Core.Seed;

/// <summary>
/// The curated graph in <c>seed-data/</c>: one JSON array per label (objects with an <c>id</c> and the label's
/// properties) plus <c>relationships.json</c> (objects with <c>type</c>, <c>from</c>, <c>to</c>, <c>properties</c>).
/// </summary>
public static class SeedFiles
{
    public const string RelationshipsFile = "relationships.json";

    public static readonly IReadOnlyDictionary<string, string> LabelFiles = GraphSchema.Labels.ToDictionary(l => l.Label, l => l.SeedFile);

    /// <summary>Reads every seed file of a directory into one batch; malformed files are reported with their name and line.</summary>
    public static GraphBatch Read(string directory)
    {
        var problems = new List<Violation>();
        var nodes = new List<NodeInput>();
        foreach (var (label, file) in LabelFiles)
        {
            foreach (var (item, index) in ReadArray(Path.Combine(directory, file), problems).Select((item, index) => (item, index)))
            {
                if (item is not JsonObject obj || obj["id"] is not JsonValue idValue || !idValue.TryGetValue<string>(out var id))
                {
                    problems.Add(new($"{file}[{index}]", "seed-format", "each entry must be an object with a string 'id'"));
                    continue;
                }
                var props = (JsonObject)obj.DeepClone();
                props.Remove("id");
                nodes.Add(new NodeInput(id, label, props));
            }
        }

        var edges = new List<EdgeInput>();
        foreach (var (item, index) in ReadArray(Path.Combine(directory, RelationshipsFile), problems).Select((item, index) => (item, index)))
        {
            if (item is not JsonObject obj || Text(obj, "type") is not { } type || Text(obj, "from") is not { } from || Text(obj, "to") is not { } to)
            {
                problems.Add(new($"{RelationshipsFile}[{index}]", "seed-format", "each relationship needs string 'type', 'from' and 'to'"));
                continue;
            }
            var props = obj["properties"] as JsonObject ?? [];
            edges.Add(new EdgeInput(type, from, to, (JsonObject)props.DeepClone()));
        }

        if (problems.Count > 0)
        {
            throw new GraphValidationException(problems);
        }
        return new GraphBatch(nodes, edges);
    }

    /// <summary>Loads the seed graph into a store. Loading it again changes nothing: equal nodes and edges are skipped.</summary>
    public static async Task<WriteResult> LoadAsync(IGraphStore store, string directory, CancellationToken cancellationToken = default) =>
        await store.UpsertAsync(Read(directory), "seed", cancellationToken);

    private static IEnumerable<JsonNode?> ReadArray(string path, List<Violation> problems)
    {
        var file = Path.GetFileName(path);
        if (!File.Exists(path))
        {
            problems.Add(new(file, "seed-file", $"missing seed file {file}"));
            return [];
        }
        try
        {
            if (JsonNode.Parse(File.ReadAllText(path), documentOptions: new() { CommentHandling = JsonCommentHandling.Skip }) is JsonArray array)
            {
                return array.ToList();
            }
            problems.Add(new(file, "seed-format", "the file must hold one JSON array"));
        }
        catch (JsonException e)
        {
            problems.Add(new(file, "seed-format", $"invalid JSON at line {e.LineNumber + 1}: {e.Message}"));
        }
        return [];
    }

    private static string? Text(JsonObject obj, string property) =>
        obj[property] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}
