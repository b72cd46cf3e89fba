using KnowledgeGraph.Core.Exchange.Csv;

namespace KnowledgeGraph.Tests.Core.Exchange.Csv;

/// <summary>The CSV record reader: quoted fields kept exactly, the line each record starts on, malformed records named.</summary>
public sealed class CsvReaderTests
{
    [Fact]
    public void Csv_fields_with_quotes_commas_and_line_breaks_read_back_exactly_with_the_line_each_record_starts_on()
    {
        var rows = new[] { new[] { "id", "text" }, ["a", "plain"], ["b", "multi\nline, \"quoted\"\r\nend"], ["c", " edge "], ["d", ""] };
        var text = string.Join("\n", rows.Select(CsvEncoder.Line)) + "\n";
        Assert.Contains("\"multi\nline, \"\"quoted\"\"\r\nend\"", text);

        var records = CsvReader.Read(new StringReader(text)).ToList();

        Assert.Equal(rows, records.Select(r => r.Fields.ToArray()));
        Assert.Equal([1, 2, 3, 6, 7], records.Select(r => r.Line));
        Assert.All(records, r => Assert.Null(r.Error));
        Assert.NotNull(CsvReader.Read(new StringReader("a,\"open\nnever closed")).Single().Error);
        Assert.NotNull(CsvReader.Read(new StringReader("a,b\"c")).Single().Error);
    }
}
