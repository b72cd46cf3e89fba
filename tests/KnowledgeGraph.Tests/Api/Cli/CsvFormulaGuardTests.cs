using System.Text.Json;
using System.Text.RegularExpressions;
using KnowledgeGraph.Api.Cli;
using KnowledgeGraph.Core.Exchange.Csv;
using KnowledgeGraph.Core.Exchange.Neo4jAdminCsv;
using KnowledgeGraph.Core.Stores.Sql;
using KnowledgeGraph.Tests.Core.Exchange.Cypher;
using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Api.Cli;

/// <summary>
/// Every CSV the export writes is safe to open in a spreadsheet: a value a spreadsheet would run as a formula gets a
/// leading apostrophe. The csv format reads back unchanged; the neo4j-csv format comes with the Cypher that undoes it.
/// </summary>
public sealed class CsvFormulaGuardTests : IDisposable
{
    private static readonly string[] Formulas =
    [
        "=HYPERLINK(\"http://evil.example\",\"Open\")", "=cmd|' /C calc'!A0", "+1", "-1", "@SUM(A1)", "\tx", " =1+1", "\n=1+1",
        "＝1+1", "|calc", "'=already guarded looking",
    ];

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private string In(string name) => Path.Combine(_temp.Path, name);

    private async Task<string> ImportFormulasAsync()
    {
        var db = In("graph.db");
        var people = Formulas.Select((text, i) => new { id = $"person:formula_{i}", name = $"Person {i}", description = text });
        Directory.CreateDirectory(In("json"));
        File.WriteAllText(In("json/people.json"), JsonSerializer.Serialize(people));
        Assert.Equal(CommandLine.Ok, await CommandLine.TryRunAsync(["import", In("json/people.json"), "--db", db], TextWriter.Null, TextWriter.Null));
        return db;
    }

    private static List<string> Descriptions(string csvFile)
    {
        var records = CsvReader.Read(new StringReader(File.ReadAllText(csvFile))).ToList();
        var column = records[0].Fields.ToList().IndexOf("description");
        return records.Skip(1).Where(r => r.Fields[0].Contains("formula_", StringComparison.Ordinal))
            .OrderBy(r => int.Parse(r.Fields[0].Split('_')[^1].Trim('"'))).Select(r => r.Fields[column]).ToList();
    }

    [Fact]
    public async Task The_csv_export_guards_every_formula_and_reads_back_unchanged()
    {
        var db = await ImportFormulasAsync();
        Assert.Equal(CommandLine.Ok, await CommandLine.TryRunAsync(["export", "--format", "csv", "--out", In("csv"), "--db", db], TextWriter.Null, TextWriter.Null));

        var cells = Descriptions(In("csv/Person.csv"));
        Assert.Equal(Formulas.Length, cells.Count);
        Assert.All(cells, cell => Assert.StartsWith("'", cell));
        Assert.Equal(Formulas.Select(f => "'" + f), cells);

        var copy = In("copy.db");
        Assert.Equal(CommandLine.Ok, await CommandLine.TryRunAsync(["import", In("csv"), "--db", copy], TextWriter.Null, TextWriter.Null));
        var read = await SqlGraphStore.ForSqliteFile(copy).GetNodesAsync(Formulas.Select((_, i) => $"person:formula_{i}").ToList());
        Assert.Equal(Formulas, read.OrderBy(n => int.Parse(n.Id.Split('_')[^1])).Select(n => n.GetString("description")));
    }

    [Fact]
    public async Task The_neo4j_csv_export_guards_every_formula_and_ships_the_cypher_that_undoes_it()
    {
        var db = await ImportFormulasAsync();
        Assert.Equal(CommandLine.Ok, await CommandLine.TryRunAsync(["export", "--format", "neo4j-csv", "--out", In("neo4j"), "--db", db], TextWriter.Null, TextWriter.Null));

        var header = File.ReadAllText(In("neo4j/Person_header.csv")).Trim().Split(',').Select(c => c.Split(':')[0]).ToList();
        var rows = CsvReader.Read(new StringReader(File.ReadAllText(In("neo4j/Person.csv")))).Where(r => r.Fields[0].Contains("formula_", StringComparison.Ordinal))
            .OrderBy(r => int.Parse(r.Fields[0].Split('_')[^1])).Select(r => r.Fields[header.IndexOf("description")]).ToList();
        Assert.Equal(Formulas.Select(f => "'" + f), rows);

        var unguard = File.ReadAllText(In($"neo4j/{Neo4jAdminCsvFormat.UnguardFile}"));
        Assert.Contains("MATCH (x:Person) WHERE x.description =~ '(?s)", unguard);
        Assert.Contains("SET x.description = substring(x.description, 1);", unguard);
        Assert.Contains("MATCH ()-[x:PARTNERS_WITH]->() WHERE x.context =~ ", unguard);
        Assert.Contains("unguard.cypher", File.ReadAllText(In("neo4j/import.sh")));

        // What Neo4j does with the statement, done here with the same pattern: every guarded value gets its own back.
        var whole = new Regex(@"\A(?:" + CsvEncoder.GuardedPattern + @")\z");
        Assert.Equal(Formulas, rows.Select(cell => whole.IsMatch(cell) ? cell[1..] : cell));

        if (CypherLint.Find() is { } modules)
        {
            var (exitCode, report) = await CypherLint.RunAsync(modules, In($"neo4j/{Neo4jAdminCsvFormat.UnguardFile}"), _temp.Path);
            Assert.True(exitCode == 0, report);
        }
    }
}
