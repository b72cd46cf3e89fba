using KnowledgeGraph.Core.Exchange;
using KnowledgeGraph.Core.Exchange.Import;
using KnowledgeGraph.Core.Stores;
using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Core.Exchange.Import;

/// <summary>What the JSON and CSV exports write, the import reads back into the same graph.</summary>
public sealed class RoundTripTests : ExchangeTestBase
{
    [Theory]
    [InlineData("json")]
    [InlineData("csv")]
    public async Task The_seed_graph_exported_and_imported_into_an_empty_store_is_the_same_graph(string format)
    {
        var source = await SeededStoreAsync();
        var output = Path.Combine(Temp.Path, format);
        await GraphExport.WriteAsync(source, Format(format), output);

        var target = await EmptyStoreAsync("target");
        var outcome = await GraphImport.RunAsync(target, GraphImport.Read([output]), "test", write: true);

        Assert.Empty(outcome.Problems);
        Assert.Equal((SeedCounts.Nodes, SeedCounts.Relationships), (outcome.Written!.NodesWritten, outcome.Written.EdgesWritten));
        Assert.Equal(await SnapshotAsync(source), await SnapshotAsync(target));
    }

    [Fact]
    public async Task Hostile_strings_are_stored_exactly_and_survive_json_and_csv_round_trips()
    {
        var source = await EmptyStoreAsync("hostile");
        await source.UpsertAsync(HostileGraph(), "test");
        var stored = (await source.GetNodesAsync(Hostile.Select((_, i) => $"org:hostile_{i}").ToList())).OrderBy(n => n.Id.Length).ThenBy(n => n.Id);
        Assert.Equal(Hostile, stored.Select(n => n.GetString("description")));

        foreach (var format in new[] { "json", "csv" })
        {
            var output = Path.Combine(Temp.Path, "hostile-" + format);
            await GraphExport.WriteAsync(source, Format(format), output);
            if (format == "csv")
            {
                Assert.Contains("\"'=HYPERLINK(\"\"http://example.org\"\")\"", File.ReadAllText(Path.Combine(output, "Organization.csv")));
            }
            var target = await EmptyStoreAsync("hostile-" + format);
            var outcome = await GraphImport.RunAsync(target, GraphImport.Read([output]), "test", write: true);
            Assert.Empty(outcome.Problems);
            Assert.Equal(await SnapshotAsync(source), await SnapshotAsync(target));
        }
    }
    [Fact]
    public async Task Flags_amounts_legal_dates_and_the_new_relationships_survive_json_and_csv_round_trips()
    {
        var source = await EmptyStoreAsync("world");
        await source.UpsertAsync(new KnowledgeGraph.Core.Graph.GraphBatch(
            [
                TestGraph.Node("org:funder", "Organization", new() { ["name"] = "A funder", ["kind"] = "FUNDER" }),
                TestGraph.Node("person:lead", "Person", new() { ["name"] = "A lead" }),
                TestGraph.Node("jurisdiction:state", "Jurisdiction", new() { ["name"] = "A state", ["level"] = "STATE" }),
                TestGraph.Node("jurisdiction:city", "Jurisdiction", new() { ["name"] = "A city", ["level"] = "CITY" }),
                TestGraph.Node("intervention:law", "Intervention", new()
                {
                    ["name"] = "A law", ["legalStatus"] = "PREEMPTED", ["proposedOn"] = "2018-01", ["enactedOn"] = "2018-04-12", ["endedOn"] = "2019-06-26",
                }),
                TestGraph.Node("source:record", "Source", new() { ["title"] = "The law", ["url"] = "https://example.org/law", ["kind"] = "LAW_TEXT", ["type"] = "GOVERNMENT", ["primary"] = true }),
                TestGraph.Node("source:story", "Source", new() { ["title"] = "A story", ["url"] = "https://example.org/story", ["kind"] = "ARTICLE", ["type"] = "NEWS", ["primary"] = false }),
            ],
            [
                TestGraph.Edge("FUNDS", "org:funder", "intervention:law", new() { ["amount"] = 750000.5, ["currency"] = "USD", ["year"] = 2018 }),
                TestGraph.Edge("INVOLVED_IN", "person:lead", "intervention:law", new() { ["role"] = "SPONSORED", ["year"] = 2018 }),
                TestGraph.Edge("PART_OF", "jurisdiction:city", "jurisdiction:state"),
                TestGraph.Edge("IN_JURISDICTION", "intervention:law", "jurisdiction:state"),
                TestGraph.Edge("CITES", "intervention:law", "source:story", new() { ["note"] = "A paraphrase, not a quote." }),
                TestGraph.Edge("CITES", "intervention:law", "source:record", new() { ["quote"] = "Verbatim words." }),
            ]), "test");

        foreach (var format in new[] { "json", "csv" })
        {
            var output = Path.Combine(Temp.Path, "world-" + format);
            await GraphExport.WriteAsync(source, Format(format), output);
            var target = await EmptyStoreAsync("world-" + format);
            var outcome = await GraphImport.RunAsync(target, GraphImport.Read([output]), "test", write: true);
            Assert.Empty(outcome.Problems);
            Assert.Equal(await SnapshotAsync(source), await SnapshotAsync(target));
            var record = (await target.GetNodesAsync(["source:record"])).Single();
            Assert.Equal(System.Text.Json.JsonValueKind.True, record.Props["primary"]!.GetValueKind());
        }
    }
}
