using System.Globalization;
using System.Text.Json.Nodes;
using KnowledgeGraph.Core.Exchange.Import;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Seed;
using KnowledgeGraph.Core.Stores.Sql;
using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Core.Graph;

/// <summary>
/// A property read straight out of stored JSON text is the value read from the parsed object, and a node answers the
/// same before and after its properties are parsed.
/// </summary>
public class PropertyValuesTests
{
    private static readonly GraphBatch Seed = SeedFiles.Read(RepoPaths.SeedData).ToBatch();

    [Fact]
    public void Every_property_of_every_seed_node_and_relationship_reads_the_same_from_text_as_from_the_parsed_object()
    {
        var compared = 0;
        foreach (var node in Seed.Nodes)
        {
            foreach (var rule in GraphSchema.Label(node.Label).Properties)
            {
                AssertSame(node.Props, rule);
                compared++;
            }
        }
        foreach (var edge in Seed.Edges)
        {
            foreach (var rule in GraphSchema.FindRelationship(edge.Type)!.Properties)
            {
                AssertSame(edge.Props, rule);
                compared++;
            }
        }
        Assert.True(compared > 5000, $"only {compared} properties compared");
    }

    public static TheoryData<string, PropertyKind, string> Texts => new()
    {
        // The property after nested objects and lists that must be skipped whole.
        { """{"a":{"name":"inner","b":[1,{"name":"deeper"}]},"c":[[]],"name":"outer"}""", PropertyKind.String, "outer" },
        // Escaped names and values, and text beyond ASCII.
        { """{"n\u0061me":"caf\u00e9 \"quoted\" — ✓ 𝄞"}""", PropertyKind.String, "café \"quoted\" — ✓ 𝄞" },
        { """{"name":null}""", PropertyKind.String, "null" },
        { """{"other":"x"}""", PropertyKind.String, "null" },
        { """{"other":"x"}""", PropertyKind.EnumList, "" },
        { """{"name":["A","B"]}""", PropertyKind.EnumList, "A,B" },
        { """{"name":[]}""", PropertyKind.EnumList, "" },
        { """{"name":2017}""", PropertyKind.Year, "2017" },
        { """{"name":true}""", PropertyKind.Boolean, "True" },
        { """{"name":0.1}""", PropertyKind.Number, "0.1" },
        { """{"name":1.5e3}""", PropertyKind.Number, "1500" },
        { """{"name":-1.25e-4}""", PropertyKind.Number, "-0.000125" },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void A_property_is_found_wherever_it_is_and_read_as_its_kind(string json, PropertyKind kind, string expected)
    {
        var rule = new PropertyRule("name", kind);
        Assert.Equal(expected, Show(PropertyValues.Of(json, rule)));
        AssertSame((JsonObject)JsonNode.Parse(json)!, rule);
    }

    [Fact]
    public void Text_longer_than_the_stack_buffer_is_read_whole()
    {
        var long_ = string.Concat(Enumerable.Repeat("é✓ text ", 900));
        var json = new JsonObject { ["before"] = long_, ["name"] = long_ + "end" }.ToJsonString();
        Assert.Equal(long_ + "end", PropertyValues.Of(json, new PropertyRule("name", PropertyKind.Text)));
    }

    [Fact]
    public void A_node_answers_the_same_before_and_after_its_properties_are_parsed()
    {
        var rule = GraphSchema.Label(GraphSchema.Source).Property("url")!;
        var json = """{"url":"https://example.org/a","title":"A"}""";
        var node = new Node("source:a", GraphSchema.Source, "A", json, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, 1);
        var before = node.PropertyValue(rule);
        _ = node.Props.Count;
        Assert.Equal(("https://example.org/a", "https://example.org/a"), (before, node.PropertyValue(rule)));
    }

    [Fact]
    public void Sqlite_timestamps_read_back_to_the_tick_and_other_spellings_still_parse()
    {
        var random = new Random(20171015);
        for (var i = 0; i < 2000; i++)
        {
            var at = new DateTimeOffset(DateTimeOffset.UnixEpoch.Ticks + (long)(random.NextDouble() * 2e18), TimeSpan.Zero);
            Assert.Equal(at, SqliteDialect.Instance.ReadTimestamp(SqliteDialect.Instance.Timestamp(at)));
        }
        Assert.Equal(new DateTimeOffset(2026, 12, 5, 4, 32, 29, TimeSpan.Zero), SqliteDialect.Instance.ReadTimestamp("2026-12-05 04:32:29"));
        Assert.Equal(new DateTimeOffset(2026, 12, 5, 3, 32, 29, TimeSpan.Zero), SqliteDialect.Instance.ReadTimestamp("2026-12-05T04:32:29+01:00"));
    }

    private static void AssertSame(JsonObject props, PropertyRule rule) =>
        Assert.Equal(Show(PropertyValues.Of(props, rule)), Show(PropertyValues.Of(props.ToJsonString(), rule)));

    private static string Show(object? value) => value switch
    {
        null => "null",
        string[] items => string.Join(',', items),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString()!,
    };
}
