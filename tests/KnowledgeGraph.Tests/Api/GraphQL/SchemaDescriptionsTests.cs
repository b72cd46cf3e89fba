using System.Text.Json.Nodes;
using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Api.GraphQL;

/// <summary>
/// Every type, field, argument, enum value and input field of the live schema has a description: read through
/// introspection, so the running code is checked and not only the SDL file (SchemaFileTests keeps the two equal).
/// </summary>
public sealed class SchemaDescriptionsTests(KnowledgeGraphApp app) : IClassFixture<KnowledgeGraphApp>
{
    /// <summary>The spec's own scalars are described by the spec.</summary>
    private static readonly HashSet<string> SpecScalars = ["String", "Int", "Float", "Boolean", "ID"];

    private const string Query = """
        {
          __schema {
            types {
              name kind description
              fields(includeDeprecated: true) { name description args { name description } }
              inputFields { name description }
              enumValues(includeDeprecated: true) { name description }
            }
          }
        }
        """;

    [Fact]
    public async Task Every_type_field_argument_enum_value_and_input_field_of_the_live_schema_has_a_description()
    {
        var types = (await app.QueryAsync(Query))["__schema"]!["types"]!.AsArray()
            .Select(t => t!)
            .Where(t => !((string)t["name"]!).StartsWith("__", StringComparison.Ordinal) && !SpecScalars.Contains((string)t["name"]!))
            .ToList();
        var missing = new List<string>();
        foreach (var type in types)
        {
            var name = (string)type["name"]!;
            Check(type, name);
            foreach (var field in Items(type["fields"]))
            {
                Check(field, $"{name}.{field["name"]}");
                foreach (var argument in Items(field["args"]))
                {
                    Check(argument, $"{name}.{field["name"]}({argument["name"]})");
                }
            }
            foreach (var input in Items(type["inputFields"]))
            {
                Check(input, $"{name}.{input["name"]}");
            }
            foreach (var value in Items(type["enumValues"]))
            {
                Check(value, $"{name}.{value["name"]}");
            }
        }
        Assert.True(types.Count > 100, $"Only {types.Count} types came back.");
        Assert.Empty(missing);

        void Check(JsonNode element, string path)
        {
            if (string.IsNullOrWhiteSpace((string?)element["description"]))
            {
                missing.Add(path);
            }
        }
    }

    private static IEnumerable<JsonNode> Items(JsonNode? list) => list is JsonArray array ? array.Select(i => i!) : [];
}
