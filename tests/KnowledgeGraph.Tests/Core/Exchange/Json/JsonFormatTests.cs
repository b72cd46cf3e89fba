using KnowledgeGraph.Core.Exchange;
using KnowledgeGraph.Core.Exchange.Json;

namespace KnowledgeGraph.Tests.Core.Exchange.Json;

/// <summary>The JSON export: the seed layout, byte for byte.</summary>
public sealed class JsonFormatTests : ExchangeTestBase
{
    [Fact]
    public async Task Exporting_the_seed_graph_as_json_reproduces_the_seed_files_byte_for_byte()
    {
        var output = Path.Combine(Temp.Path, "json");
        await GraphExport.WriteAsync(await SeededStoreAsync(), Format("json"), output);
        foreach (var file in JsonLayout.Files)
        {
            Assert.True(File.ReadAllBytes(Path.Combine(RepoPaths.SeedData, file)).SequenceEqual(File.ReadAllBytes(Path.Combine(output, file))), file);
        }
    }
}
