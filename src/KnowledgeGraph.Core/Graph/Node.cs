using System.Text.Json.Nodes;

namespace KnowledgeGraph.Core.Graph;

/// <summary>A labelled node of the property graph. <see cref="Name"/> is the label's display property.</summary>
public sealed record Node(
    string Id,
    string Label,
    string Name,
    JsonObject Props,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    long Version)
{
    private readonly LazyProps _props = new(Props);

    /// <summary>
    /// A node as a store reads it, with its properties still as stored JSON text: they are parsed the first time
    /// <see cref="Props"/> is read, so a request that asks for none of them never parses them.
    /// </summary>
    public Node(string id, string label, string name, string propsJson, DateTimeOffset createdAt, DateTimeOffset updatedAt, long version)
        : this(id, label, name, LazyProps.Unparsed, createdAt, updatedAt, version) => _props = new(propsJson);

    public JsonObject Props { get => _props.Value; init => _props = new(value); }

    /// <summary>One property's value (see <see cref="PropertyValues"/>), read without parsing the others when they are still text.</summary>
    public object? PropertyValue(PropertyRule rule) => _props.Read(rule);
}

/// <summary>A typed, directed relationship between two nodes, with its own properties.</summary>
public sealed record Edge(string Id, string Type, string SourceId, string TargetId, JsonObject Props)
{
    private readonly LazyProps _props = new(Props);

    /// <summary>A relationship as a store reads it: its properties are parsed from the stored JSON on first use.</summary>
    public Edge(string id, string type, string sourceId, string targetId, string propsJson)
        : this(id, type, sourceId, targetId, LazyProps.Unparsed) => _props = new(propsJson);

    public JsonObject Props { get => _props.Value; init => _props = new(value); }

    /// <summary>One property's value (see <see cref="PropertyValues"/>), read without parsing the others when they are still text.</summary>
    public object? PropertyValue(PropertyRule rule) => _props.Read(rule);

    public static string IdFor(string type, string sourceId, string targetId) => $"{sourceId}|{type}|{targetId}";
}

public enum Direction
{
    Out,
    In,
}

/// <summary>An edge seen from one of its ends: the anchor node, the edge, and the node at the other end.</summary>
public sealed record Neighbor(string AnchorId, Direction Direction, Edge Edge, Node Node);

/// <summary>Nodes and edges written together: all of them are kept, or none.</summary>
public sealed record GraphBatch(IReadOnlyList<NodeInput> Nodes, IReadOnlyList<EdgeInput> Edges);

public sealed record NodeInput(string Id, string Label, JsonObject Props);

public sealed record EdgeInput(string Type, string SourceId, string TargetId, JsonObject Props)
{
    public string Id => Edge.IdFor(Type, SourceId, TargetId);
}

/// <summary>
/// Properties kept as parsed JSON or as the stored text until first read. Parsing is idempotent, so readers racing on
/// first use agree on one parsed object (the first one published).
/// </summary>
internal sealed class LazyProps
{
    /// <summary>A placeholder the text-taking constructors pass on; replaced before the constructor returns.</summary>
    public static readonly JsonObject Unparsed = new();

    private readonly string? _json;
    private JsonObject? _value;

    public LazyProps(JsonObject value) => _value = value;

    public LazyProps(string json) => _json = json;

    public JsonObject Value
    {
        get
        {
            if (Volatile.Read(ref _value) is { } parsed)
            {
                return parsed;
            }
            var fresh = (JsonObject)JsonNode.Parse(_json!)!;
            return Interlocked.CompareExchange(ref _value, fresh, null) ?? fresh;
        }
    }

    /// <summary>One property's value: from the parsed object once there is one, else straight from the text.</summary>
    public object? Read(PropertyRule rule) =>
        Volatile.Read(ref _value) is { } parsed ? PropertyValues.Of(parsed, rule) : PropertyValues.Of(_json!, rule);

    // Records compare their fields: two nodes with the same properties compare as they did when Props was the field.
    public override bool Equals(object? obj) => obj is LazyProps other && ReferenceEquals(Value, other.Value);

    public override int GetHashCode() => Value.GetHashCode();
}
