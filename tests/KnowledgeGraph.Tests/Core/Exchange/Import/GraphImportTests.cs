using KnowledgeGraph.Core.Exchange;
using KnowledgeGraph.Core.Exchange.Import;

namespace KnowledgeGraph.Tests.Core.Exchange.Import;

/// <summary>How the import finds the format of what it is given, and that reading stops when cancelled.</summary>
public sealed class GraphImportTests : ExchangeTestBase
{
    [Fact]
    public void A_directory_is_read_in_the_first_registered_format_it_holds_files_of()
    {
        File.WriteAllText(Path.Combine(Temp.Path, "Person.csv"), "id,name\nperson:a,A\n");
        File.WriteAllText(Path.Combine(Temp.Path, "people.json"), "[{\"id\": \"person:b\", \"name\": \"B\"}]");

        Assert.Equal(["person:b"], GraphImport.Read([Temp.Path]).Nodes.Select(n => n.Id));
        Assert.Equal(["person:a"], GraphImport.Read([Temp.Path], ExchangeFormats.FindImport("csv")).Nodes.Select(n => n.Id));
    }

    [Fact]
    public void What_no_format_reads_is_a_problem_that_names_the_readable_endings()
    {
        var file = Path.Combine(Temp.Path, "graph.graphml");
        File.WriteAllText(file, "<graphml/>");

        Assert.Equal(
            [$"{file}: unknown file type: name it .json or .csv, or give --format", $"{Temp.Path}: the directory holds no .json or .csv file"],
            GraphImport.Read([file, Temp.Path]).Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void Reading_stops_when_cancelled() =>
        Assert.Throws<OperationCanceledException>(() => GraphImport.Read([RepoPaths.SeedData], cancellationToken: new CancellationToken(canceled: true)));
}
