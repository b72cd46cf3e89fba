using KnowledgeGraph.Core.Exchange;
using KnowledgeGraph.Core.Exchange.Csv;
using KnowledgeGraph.Core.Exchange.Json;
using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Core.Exchange;

/// <summary>The format registry: what the command line validates and lists, and how files find their format.</summary>
public sealed class ExchangeFormatsTests : ExchangeTestBase
{
    [Fact]
    public void Every_format_has_its_own_lower_case_name_and_a_description()
    {
        Assert.Equal(ExchangeFormats.All.Count, ExchangeFormats.All.Select(f => f.Name).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(ExchangeFormats.All, f => Assert.Equal(f.Name.ToLowerInvariant(), f.Name));
        Assert.All(ExchangeFormats.All, f => Assert.False(string.IsNullOrWhiteSpace(f.Description)));
        Assert.Equal(["json", "csv", "graphml", "cypher", "neo4j-csv"], ExchangeFormats.Export.Select(f => f.Name));
        Assert.Equal(["json", "csv"], ExchangeFormats.Import.Select(f => f.Name));
    }

    [Fact]
    public void Names_are_found_without_regard_to_case_and_only_among_the_formats_of_that_direction()
    {
        Assert.IsType<JsonFormat>(ExchangeFormats.FindImport("JSON"));
        Assert.Equal("neo4j-csv", ExchangeFormats.FindExport("Neo4j-CSV")?.Name);
        Assert.Null(ExchangeFormats.FindImport("graphml"));
        Assert.Null(ExchangeFormats.FindExport("pdf"));
    }

    [Fact]
    public void A_file_finds_its_import_format_by_its_ending()
    {
        Assert.IsType<CsvFormat>(ExchangeFormats.ImportOf("/data/Organization.CSV"));
        Assert.IsType<JsonFormat>(ExchangeFormats.ImportOf("industries.json"));
        Assert.Null(ExchangeFormats.ImportOf("graph.graphml"));
    }

    [Fact]
    public async Task A_file_format_given_a_directory_writes_its_default_file_name_inside_it()
    {
        var store = await SeededStoreAsync();
        foreach (var format in ExchangeFormats.Export.Where(f => f.Target == ExportTarget.File))
        {
            var summary = await GraphExport.WriteAsync(store, format, Temp.Path);
            Assert.Equal([Path.Combine(Temp.Path, format.DefaultFileName)], summary.Files);
            Assert.Equal((SeedCounts.Nodes, SeedCounts.Relationships), (summary.Nodes, summary.Edges));
        }
    }

    [Fact]
    public async Task Every_export_format_stops_when_cancelled()
    {
        var store = await SeededStoreAsync();
        foreach (var format in ExchangeFormats.Export)
        {
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
                GraphExport.WriteAsync(store, format, Path.Combine(Temp.Path, format.Name), new CancellationToken(canceled: true)));
        }
    }
}
