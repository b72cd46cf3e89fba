using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Core.Exchange;

/// <summary>
/// Property values as CSV cells and back: text as is, years as integers, enum lists joined with <c>;</c>
/// (enum values never hold one). An empty cell is an absent property: the schema never allows an empty string.
/// </summary>
public static class PropertyCells
{
    public const char ListSeparator = ';';

    public static string ToCell(JsonNode? value) => value switch
    {
        null => "",
        JsonArray list => string.Join(ListSeparator, list.Select(ToCell)),
        JsonValue v when v.TryGetValue<string>(out var text) => text,
        JsonValue v => v.ToJsonString(),
        _ => value.ToJsonString(),
    };

    /// <summary>
    /// The JSON value of a cell for a property rule; a value that does not convert stays text, so that the schema
    /// validator names the rule it breaks.
    /// </summary>
    public static JsonNode? FromCell(string cell, PropertyRule? rule)
    {
        if (cell.Length == 0)
        {
            return null;
        }
        return rule?.Kind switch
        {
            PropertyKind.Year when long.TryParse(cell, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var year) => year,
            PropertyKind.Boolean when bool.TryParse(cell, out var flag) => flag,
            PropertyKind.Number when double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number) => number,
            PropertyKind.EnumList => new JsonArray(cell.Split(ListSeparator).Select(item => (JsonNode?)item.Trim()).ToArray()),
            _ => cell,
        };
    }

    /// <summary>The properties a node or relationship row may hold, in schema order, for a set of rules.</summary>
    public static IReadOnlyList<string> Names(IEnumerable<IReadOnlyList<PropertyRule>> rules) =>
        rules.SelectMany(r => r).Select(r => r.Name).Distinct().ToList();

    /// <summary>
    /// A JSON number as an invariant literal. Parsed JSON keeps its text; an in-memory double keeps a fraction or exponent
    /// (<c>5.0</c>, not <c>5</c>) so that Cypher and neo4j-admin read it as a double.
    /// </summary>
    public static string Number(JsonValue value)
    {
        if (value.TryGetValue<JsonElement>(out var element))
        {
            return element.GetRawText();
        }
        if (value.TryGetValue<double>(out var real) || value.TryGetValue<float>(out var single) && (real = single) == single)
        {
            var text = real.ToString("R", CultureInfo.InvariantCulture);
            return text.Contains('.') || text.Contains('E') || !double.IsFinite(real) ? text : text + ".0";
        }
        return value.ToJsonString();
    }

    public static bool IsNumber(JsonValue value) => value.GetValueKind() == JsonValueKind.Number;

    public static bool IsBoolean(JsonValue value) => value.GetValueKind() is JsonValueKind.True or JsonValueKind.False;
}
