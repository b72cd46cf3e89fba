using System.Text.Json.Nodes;
using GraphQL.Types;

namespace KnowledgeGraph.Api.GraphQL.Nodes;

public sealed class PropertyGraphType : ObjectGraphType<KeyValuePair<string, JsonNode?>>
{
    public PropertyGraphType()
    {
        Name = "Property";
        Description = "One property of a relationship, its value written as JSON text.";
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Key);
        Field<NonNullGraphType<StringGraphType>>("value").Resolve(c => c.Source.Value is JsonValue v && v.TryGetValue<string>(out var s) ? s : c.Source.Value?.ToJsonString() ?? "null");
    }
}
