using KnowledgeGraph.Api.Cli;
using KnowledgeGraph.Core.Stores.Sql;
using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Api.Cli;

/// <summary><c>import</c> applies the same whole-string id and text rules as the API, from JSON and CSV alike.</summary>
public sealed class ImportValidationTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    private string Db => Path.Combine(_temp.Path, "graph.db");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task A_json_id_with_a_trailing_newline_is_refused_and_nothing_is_written()
    {
        var file = Write("json/industries.json", """[{ "id": "industry:tech\n", "name": "Technology" }]""");

        var (code, error) = await RunAsync("import", file, "--db", Db);

        Assert.Equal(CommandLine.InvalidInput, code);
        Assert.Contains("ids are lower-case slugs", error);
        Assert.Contains("[id-format]", error);
        Assert.Equal(0, await SqlGraphStore.ForSqliteFile(Db).GetGraphVersionAsync());
    }

    [Fact]
    public async Task A_csv_id_with_a_quoted_trailing_newline_is_refused_and_nothing_is_written()
    {
        var file = Write("csv/Industry.csv", "id,name\nindustry:good,Good\n\"industry:tech\n\",Technology\n");

        var (code, error) = await RunAsync("import", file, "--db", Db);

        Assert.Equal(CommandLine.InvalidInput, code);
        Assert.Contains("ids are lower-case slugs", error);
        Assert.Equal(0, await SqlGraphStore.ForSqliteFile(Db).GetGraphVersionAsync());
    }

    [Fact]
    public async Task Control_characters_in_json_and_csv_are_refused_with_the_character_named()
    {
        var json = Write("json/people.json", """[{ "id": "person:nul", "name": "\u0000" }]""");
        var csv = Write("csv/Person.csv", "id,name,description\nperson:bell,Bell,\"ring\u0007\"\n");

        var fromJson = await RunAsync("import", json, "--db", Db);
        var fromCsv = await RunAsync("import", csv, "--db", Db);

        Assert.Equal((CommandLine.InvalidInput, CommandLine.InvalidInput), (fromJson.Code, fromCsv.Code));
        Assert.Contains("person:nul: property 'name' holds the control character U+0000", fromJson.Error);
        Assert.Contains($"{csv}:2: person:bell: property 'description' holds the control character U+0007", fromCsv.Error);
        Assert.Equal(0, await SqlGraphStore.ForSqliteFile(Db).GetGraphVersionAsync());
    }

    [Theory]
    [InlineData("""{ "id": "finding:x", "summary": "S", "kind": "ADOPTION", "effect": "POSITIVE", "evidenceStrength": "LIMITED", "evidenceKind": "ENACTMENT_ONLY" }""", "finding-effect-kind")]
    [InlineData("""{ "id": "finding:x", "summary": "S", "kind": "EFFECT", "effect": "POSITIVE", "evidenceStrength": "STRONG", "evidenceKind": "SELF_REPORTED" }""", "finding-strong-design")]
    [InlineData("""{ "id": "finding:x", "summary": "S", "kind": "EFFECT", "effect": "NO_EFFECT", "evidenceStrength": "MODERATE", "evidenceKind": "CROSS_SECTIONAL_SURVEY" }""", "finding-no-effect-design")]
    [InlineData("""{ "id": "finding:x", "summary": "S", "kind": "EFFECT", "effect": "POSITIVE", "evidenceStrength": "LIMITED", "evidenceKind": "ENACTMENT_ONLY" }""", "finding-enactment-only-adoption")]
    public async Task A_finding_breaking_a_kind_rule_is_refused_by_import_and_nothing_is_written(string finding, string rule)
    {
        var file = Write("json/findings.json", $"[{finding}]");

        var (code, error) = await RunAsync("import", file, "--db", Db);

        Assert.Equal(CommandLine.InvalidInput, code);
        Assert.Contains($"finding:x: ", error);
        Assert.Contains($"[{rule}]", error);
        Assert.Equal(0, await SqlGraphStore.ForSqliteFile(Db).GetGraphVersionAsync());
    }

    private string Write(string relative, string text)
    {
        var path = Path.Combine(_temp.Path, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    private static async Task<(int? Code, string Error)> RunAsync(params string[] args)
    {
        var error = new StringWriter();
        var code = await CommandLine.TryRunAsync(args, TextWriter.Null, error);
        return (code, error.ToString());
    }
}
