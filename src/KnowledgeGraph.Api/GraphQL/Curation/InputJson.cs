using System.Text.Json.Nodes;

namespace KnowledgeGraph.Api.GraphQL.Curation;

/// <summary>GraphQL input values as the JSON properties nodes and relationships store.</summary>
public static class InputJson
{
    /// <summary>GraphQL input values as JSON properties; nulls are left out (absent means unset).</summary>
    public static JsonObject ToProps(IReadOnlyDictionary<string, object?> input, IEnumerable<string> skip)
    {
        var props = new JsonObject();
        foreach (var (key, value) in input.Where(p => !skip.Contains(p.Key)))
        {
            if (ToJson(value) is { } json)
            {
                props[key] = json;
            }
        }
        return props;
    }

    public static JsonNode? ToJson(object? value) => value switch
    {
        null => null,
        string s => JsonValue.Create(s),
        int i => JsonValue.Create(i),
        long l => JsonValue.Create(l),
        bool b => JsonValue.Create(b),
        IEnumerable<object?> list => new JsonArray(list.Select(ToJson).ToArray()),
        _ => JsonValue.Create(value.ToString()),
    };
}
