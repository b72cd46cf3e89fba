using System.Text.Json.Nodes;
using GraphQL.Types;
using KnowledgeGraph.Api.GraphQL.Scalars;

namespace KnowledgeGraph.Api.GraphQL.Nodes;

public sealed class PropertyGraphType : ObjectGraphType<KeyValuePair<string, JsonNode?>>
{
    public PropertyGraphType()
    {
        Name = "Property";
        Description = "One property of a relationship, its value written as JSON text.";
        Field<NonNullGraphType<StringGraphType>>("name").Description("The property's name.").Resolve(c => c.Source.Key);
        Field<NonNullGraphType<StringGraphType>>("value").Description("Its value: a string as it is, any other value as JSON text.").Resolve(c => c.Source.Value is JsonValue v && v.TryGetValue<string>(out var s) ? s : c.Source.Value?.ToJsonString() ?? "null");
        Field<JsonGraphType>("json").Description("Its value as JSON itself: a number stays a number, a list a list.").Resolve(c => c.Source.Value?.DeepClone());
    }
}
