using System.Text.Json.Nodes;
using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Core.Writes;

/// <summary>
/// A partial update of a node's properties, as a curator sends it: each named property is set to its value, or
/// removed when the value is null; properties not named keep their stored value.
/// </summary>
public sealed record NodePatch(IReadOnlyDictionary<string, JsonNode?> Properties)
{
    /// <summary>The properties after the patch; <paramref name="props"/> itself is left as it is.</summary>
    public JsonObject ApplyTo(JsonObject props)
    {
        var patched = (JsonObject)props.DeepClone();
        foreach (var (key, value) in Properties)
        {
            if (value is null)
            {
                patched.Remove(key);
            }
            else
            {
                patched[key] = value.DeepClone();
            }
        }
        return patched;
    }

    /// <summary>The write that patches <paramref name="current"/>, kept only if the node is still at <paramref name="expectedVersion"/>.</summary>
    public GraphChange ChangeOf(Node current, long expectedVersion) => new()
    {
        UpsertNodes = [new NodeInput(current.Id, current.Label, ApplyTo(current.Props))],
        ExpectedVersions = new Dictionary<string, long> { [current.Id] = expectedVersion },
    };
}
