using System.Globalization;
using KnowledgeGraph.Api.Cli;
using KnowledgeGraph.Core.Stores.Sql;
using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Api.Cli;

/// <summary>
/// <c>import</c> checks and writes in one step: it reports exactly what <c>validate</c> reports, and an import of more
/// rows than one write statement carries is still one graph version, all or nothing.
/// </summary>
public sealed class ImportAtScaleTests : IDisposable
{
    private static readonly int Many = SqlGraphStore.RowsPerStatement + 3;

    private readonly TempDirectory _temp = new();

    private string Db => Path.Combine(_temp.Path, "graph.db");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Import_reports_the_same_problems_as_validate_and_writes_nothing()
    {
        var directory = WriteGraph(lastTarget: "industry:missing", uncitedFinding: true);

        var validate = await RunAsync("validate", directory, "--db", Db);
        var import = await RunAsync("import", directory, "--db", Db);

        Assert.Equal((CommandLine.InvalidInput, CommandLine.InvalidInput), (validate.Code, import.Code));
        Assert.Contains("[endpoint-exists]", import.Error);
        Assert.Contains("[finding-cites-source]", import.Error);
        Assert.Equal(validate.Error, import.Error);
        Assert.Equal(0, await SqlGraphStore.ForSqliteFile(Db).GetGraphVersionAsync());
    }

    [Fact]
    public async Task A_large_import_is_one_graph_version_and_importing_it_again_writes_nothing()
    {
        var directory = WriteGraph(lastTarget: "industry:hotels", uncitedFinding: false);

        var first = await RunAsync("import", directory, "--db", Db);
        var second = await RunAsync("import", directory, "--db", Db);

        Assert.Equal((CommandLine.Ok, CommandLine.Ok), (first.Code, second.Code));
        Assert.Contains($": {Many + 1} nodes and {Many} relationships created or changed, the rest already equal; graph version 1.", first.Output);
        Assert.Contains(": 0 nodes and 0 relationships created or changed, the rest already equal; graph version 1.", second.Output);
        var counts = await SqlGraphStore.ForSqliteFile(Db).CountAsync();
        Assert.Equal((Many, Many), (counts.NodesByLabel["Organization"], counts.EdgesByType["OPERATES_IN"]));
    }

    /// <summary>An industry, <see cref="Many"/> organizations operating in it (the last one in <paramref name="lastTarget"/>), and maybe a finding citing nothing.</summary>
    private string WriteGraph(string lastTarget, bool uncitedFinding)
    {
        var directory = Path.Combine(_temp.Path, "json");
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "industries.json"), """[{ "id": "industry:hotels", "name": "Hotels" }]""");
        File.WriteAllLines(Path.Combine(directory, "organizations.json"), Lines(i => $$"""{ "id": "org:o{{i:D5}}", "name": "Org {{i}}", "kind": "UNION" }"""));
        File.WriteAllLines(Path.Combine(directory, "relationships.json"),
            Lines(i => $$"""{ "type": "OPERATES_IN", "from": "org:o{{i:D5}}", "to": "{{(i == Many - 1 ? lastTarget : "industry:hotels")}}" }"""));
        if (uncitedFinding)
        {
            File.WriteAllText(Path.Combine(directory, "findings.json"),
                """[{ "id": "finding:x", "summary": "S", "kind": "EFFECT", "effect": "POSITIVE", "evidenceStrength": "MODERATE", "evidenceKind": "SELF_REPORTED" }]""");
        }
        return directory;
    }

    private static IEnumerable<string> Lines(Func<int, string> entry) =>
        Enumerable.Range(0, Many).Select(i => string.Create(CultureInfo.InvariantCulture, $"{(i == 0 ? "[" : ",")}{entry(i)}{(i == Many - 1 ? "]" : "")}"));

    private static async Task<(int? Code, string Output, string Error)> RunAsync(params string[] args)
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        var code = await CommandLine.TryRunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
