using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Tests;

/// <summary>Reads one property of a node in an assertion.</summary>
public static class NodeProperties
{
    public static string? GetString(this Node node, string property) =>
        node.Props.TryGetPropertyValue(property, out var value) && value is System.Text.Json.Nodes.JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}
