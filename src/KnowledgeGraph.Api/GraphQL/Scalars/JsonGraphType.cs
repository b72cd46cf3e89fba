using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using GraphQL.Types;
using GraphQLParser.AST;

namespace KnowledgeGraph.Api.GraphQL.Scalars;

/// <summary>
/// <c>JSON</c>: any JSON value, written as itself in the response (an object stays an object, not text). In a
/// document it is a GraphQL value literal (objects, lists, strings, numbers, booleans, null; no enums or variables
/// inside); in variables, plain JSON.
/// </summary>
public sealed class JsonGraphType : ScalarGraphType
{
    public JsonGraphType()
    {
        Name = "JSON";
        Description = "Any JSON value (RFC 8259), written as itself: an object is an object, not a string holding one.";
        this.SpecifiedBy("https://www.rfc-editor.org/rfc/rfc8259");
    }

    public override object? Serialize(object? value) => value switch
    {
        null => null,
        JsonNode node => node,
        _ => JsonSerializer.SerializeToNode(value),
    };

    public override object? ParseValue(object? value) => value switch
    {
        null => null,
        JsonNode node => node,
        _ => JsonSerializer.SerializeToNode(value),
    };

    public override object? ParseLiteral(GraphQLValue value) => FromLiteral(value);

    private static JsonNode? FromLiteral(GraphQLValue value) => value switch
    {
        GraphQLNullValue => null,
        GraphQLStringValue s => JsonValue.Create((string)s.Value),
        GraphQLBooleanValue b => JsonValue.Create(b.BoolValue),
        GraphQLIntValue i => JsonValue.Create(decimal.Parse((string)i.Value, NumberStyles.Integer, CultureInfo.InvariantCulture)),
        GraphQLFloatValue f => JsonValue.Create(double.Parse((string)f.Value, NumberStyles.Float, CultureInfo.InvariantCulture)),
        GraphQLListValue list => new JsonArray([.. (list.Values ?? []).Select(FromLiteral)]),
        GraphQLObjectValue obj => new JsonObject((obj.Fields ?? []).Select(f => KeyValuePair.Create((string)f.Name.Value, FromLiteral(f.Value)))),
        _ => throw new FormatException($"A JSON value cannot hold a {value.Kind} literal."),
    };
}
