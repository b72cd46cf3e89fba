using KnowledgeGraph.Core.Exchange.Import;
using KnowledgeGraph.Core.Exchange.Json;

namespace KnowledgeGraph.Tests.Core.Exchange.Import;

/// <summary>
/// What the JSON reader makes of each entry, exactly: the properties as they will be stored, and every problem with
/// its line and message. Malformed entries are reported and skipped; the entries around them are still read.
/// </summary>
public sealed class ImportReadingTests : ExchangeTestBase
{
    [Fact]
    public void Node_entries_keep_their_properties_exactly_and_each_malformed_entry_is_a_problem_on_its_line()
    {
        var read = Read("people.json", """
            [
              { "id": "person:a", "name": "A \u00e9 \"q\" <b>&amp;", "born": 1950, "ratio": 2.50, "big": 1e3, "neg": -0, "ok": true, "no": null },
              42,
              "text",
              null,
              [],
              { "name": "no id" },
              { "id": "", "name": "empty id" },
              { "id": 7, "name": "number id" },
              { "id": "person:dup", "name": "First", "name": "Second" },
              { "id": "person:dupid", "id": "person:other", "name": "Twice" },
              /* a comment between entries */
              { "id": "person:b", "tags": ["X", "Y", ["Z"]], "nested": { "k": [1, { "deep": "v" }] }, "emoji": "👩‍🔧" }, // trailing
              { "id": "person:c" }
            ]
            """);

        Assert.Equal(
        [
            "person:a {\"name\":\"A \\u00E9 \\u0022q\\u0022 \\u003Cb\\u003E\\u0026amp;\",\"born\":1950,\"ratio\":2.50,\"big\":1e3,\"neg\":-0,\"ok\":true,\"no\":null}",
            "person:b {\"tags\":[\"X\",\"Y\",[\"Z\"]],\"nested\":{\"k\":[1,{\"deep\":\"v\"}]},\"emoji\":\"\\uD83D\\uDC69\\u200D\\uD83D\\uDD27\"}",
            "person:c {}",
        ], read.Nodes.Select(n => $"{n.Id} {n.Props.ToJsonString()}"));
        Assert.Equal(
        [
            "3: each entry must be an object with a string 'id'",
            "4: each entry must be an object with a string 'id'",
            "5: each entry must be an object with a string 'id'",
            "6: each entry must be an object with a string 'id'",
            "7: each entry must be an object with a string 'id'",
            "8: each entry must be an object with a string 'id'",
            "9: each entry must be an object with a string 'id'",
            "10: malformed entry: An item with the same key has already been added. Key: name (Parameter 'key')",
            "11: malformed entry: An item with the same key has already been added. Key: id (Parameter 'key')",
        ], Problems(read));
        Assert.Equal(12, read.Rows);
    }

    [Fact]
    public void Relationship_entries_keep_their_properties_exactly_and_each_malformed_entry_is_a_problem_on_its_line()
    {
        var read = Read("relationships.json", """
            [
              { "type": "CITES", "from": "finding:a", "to": "source:b" },
              { "to": "source:b", "properties": { "note": "x\ty", "year": 2019, "list": ["A"] }, "from": "finding:a", "type": "CITES" },
              { "type": "CITES", "from": "finding:a", "to": "source:b", "properties": null },
              { "type": "CITES", "from": "finding:a" },
              { "type": "CITES", "from": 5, "to": "source:b" },
              { "type": "", "from": "finding:a", "to": "source:b" },
              { "type": "CITES", "from": "finding:a", "to": "source:b", "weight": 3, "extra": "x" },
              { "type": "CITES", "from": "finding:a", "to": "source:b", "properties": [] },
              { "type": "CITES", "from": "finding:a", "to": "source:b", "properties": { "k": 1, "k": 2 } },
              { "type": "CITES", "type": "OTHER", "from": "finding:a", "to": "source:b" },
              7,
              { "type": "CITES", "from": "finding:c", "to": "source:d", "properties": {} }
            ]
            """);

        Assert.Equal(
        [
            "CITES finding:a source:b {}",
            "CITES finding:a source:b {\"note\":\"x\\ty\",\"year\":2019,\"list\":[\"A\"]}",
            "CITES finding:a source:b {}",
            "CITES finding:a source:b {\"k\":1,\"k\":2}",
            "CITES finding:c source:d {}",
        ], read.Edges.Select(e => $"{e.Type} {e.SourceId} {e.TargetId} {e.Props.ToJsonString()}"));
        Assert.Equal(
        [
            "5: each relationship needs string 'type', 'from' and 'to'",
            "6: each relationship needs string 'type', 'from' and 'to'",
            "7: each relationship needs string 'type', 'from' and 'to'",
            "8: unknown member(s) weight, extra: relationship properties go inside 'properties'",
            "9: 'properties' must be an object",
            "11: malformed entry: An item with the same key has already been added. Key: type (Parameter 'key')",
            "12: each relationship needs string 'type', 'from' and 'to'",
        ], Problems(read));
    }

    [Fact]
    public void Invalid_json_deep_in_a_file_is_reported_at_its_line_after_the_entries_before_it()
    {
        var entries = Enumerable.Range(0, 5_000).Select(i => $$"""  { "id": "person:p{{i}}", "name": "P {{i}}" },""");
        var read = Read("people.json", string.Join("\n", ["[", .. entries, """  { "id": "person:bad", "name": "Bad" ,, },""", "  { \"id\": \"person:after\" }", "]"]));

        Assert.Equal(5_000, read.Nodes.Count);
        var problem = Assert.Single(read.Problems);
        Assert.Equal(5_002, problem.Location.Line);
        Assert.Equal("invalid JSON: ',' is an invalid start of a property name. Expected a '\"'. LineNumber: 5001 | BytePositionInLine: 39.", problem.Message);
        Assert.Equal(5_000, read.Rows);
    }

    [Theory]
    [InlineData("{}", "1: the file must hold one JSON array")]
    [InlineData("", "1: invalid JSON: The input does not contain any JSON tokens. Expected the input to start with a valid JSON token, when isFinalBlock is true. LineNumber: 0 | BytePositionInLine: 0.")]
    [InlineData("[", "1: invalid JSON: Expected depth to be zero at the end of the JSON payload. There is an open JSON object or array that should be closed. LineNumber: 0 | BytePositionInLine: 1.")]
    [InlineData("[{\"id\": \"person:a\"}", "1: invalid JSON: Expected depth to be zero at the end of the JSON payload. There is an open JSON object or array that should be closed. LineNumber: 0 | BytePositionInLine: 19.")]
    [InlineData("[{\"id\": \"person:a\", \"name\": \"A\", \"name\": \"B\" ,, }]", "1: invalid JSON: ',' is an invalid start of a property name. Expected a '\"'. LineNumber: 0 | BytePositionInLine: 46.")]
    public void A_file_that_is_not_one_array_is_one_problem(string text, string problem) => Assert.Equal([problem], Problems(Read("people.json", text)));

    private ImportSet Read(string name, string text)
    {
        var path = Path.Combine(Temp.Path, name);
        File.WriteAllText(path, text);
        var set = new ImportSet();
        JsonGraphReader.Read(path, set);
        return set;
    }

    private IEnumerable<string> Problems(ImportSet read) =>
        read.Problems.Select(p => p.ToString()[(Path.Combine(Temp.Path, "x").Length - 1)..].Split(':', 2)[1]);
}
