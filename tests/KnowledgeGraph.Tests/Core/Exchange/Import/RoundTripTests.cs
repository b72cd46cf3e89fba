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
}
