using KnowledgeGraph.Api.Cli;
using KnowledgeGraph.Core.Exchange;
using KnowledgeGraph.Core.Exchange.Csv;
using KnowledgeGraph.Core.Stores;
using KnowledgeGraph.Core.Stores.Sql;
using KnowledgeGraph.Tests.Core.Exchange;
using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Api.Cli;

/// <summary>The verbs run in-process through <see cref="CommandLine.TryRunAsync(string[], TextWriter, TextWriter, CancellationToken)"/>, each test on its own database.</summary>
public sealed class CommandLineTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    private string Db => Path.Combine(_temp.Path, "graph.db");

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData]
    [InlineData("--environment=Development", "--contentRoot=/tmp")]
    [InlineData("serve")]
    [InlineData("Import")]
    public async Task Arguments_that_name_no_verb_leave_the_server_to_start(params string[] args) =>
        Assert.Null(await CommandLine.TryRunAsync(args, TextWriter.Null, TextWriter.Null));

    [Theory]
    [InlineData("export", "--out", "x")]
    [InlineData("export", "--format", "pdf", "--out", "x")]
    [InlineData("import")]
    [InlineData("import", "seed-data", "--format", "graphml")]
    [InlineData("stats", "--bogus")]
    [InlineData("validate", "a.csv", "--db")]
    public async Task Usage_errors_exit_with_2_and_say_what_is_wrong(params string[] args)
    {
        var (code, _, error) = await RunAsync(args);
        Assert.Equal(CommandLine.UsageError, code);
        Assert.StartsWith("error: ", error);
    }

    [Fact]
    public async Task Help_prints_every_verb()
    {
        var (code, output, _) = await RunAsync("help");
        Assert.Equal(0, code);
        Assert.All(new[] { "import", "export", "validate", "stats", "migrate", "neo4j-csv", "--db" }, verb => Assert.Contains(verb, output));
    }

    [Fact]
    public async Task Help_lists_every_registered_format_with_its_description_and_every_exit_code()
    {
        var (_, output, _) = await RunAsync("--help");
        Assert.All(ExchangeFormats.All, f => Assert.Contains($"  {f.Name,-12}{f.Description}", output));
        Assert.Contains($"--format {string.Join('|', ExchangeFormats.Export.Select(f => f.Name))} --out", output);
        Assert.Contains($"[--format {string.Join('|', ExchangeFormats.Import.Select(f => f.Name))}]", output);
        Assert.All(new[] { CommandLine.Ok, CommandLine.InvalidInput, CommandLine.UsageError, CommandLine.Failure, CommandLine.Cancelled },
            code => Assert.Contains($" {code} ", output));
    }

    [Fact]
    public async Task A_store_that_cannot_be_reached_is_a_failure_not_invalid_input()
    {
        var (code, _, error) = await RunAsync("stats", "--Store:Provider=Postgres", "--Store:Postgres=Host=127.0.0.1;Port=1;Timeout=1");

        Assert.Equal(CommandLine.Failure, code);
        Assert.StartsWith("stats failed: ", error);
    }

    [Theory]
    [InlineData("export", "--format", "json")]
    [InlineData("import", "seed-data")]
    public async Task A_cancelled_verb_stops_with_the_cancelled_exit_code(params string[] args)
    {
        await RunAsync("import", RepoPaths.SeedData, "--db", Db);
        var (output, error) = (new StringWriter(), new StringWriter());

        string[] target = args[0] == "export" ? ["--out", Path.Combine(_temp.Path, "out")] : [];
        var code = await CommandLine.TryRunAsync([.. args, .. target, "--db", Db], output, error, new CancellationToken(canceled: true));

        Assert.Equal(CommandLine.Cancelled, code);
        Assert.Equal($"{args[0]} cancelled.\n", error.ToString().ReplaceLineEndings("\n"));
        Assert.Empty(output.ToString());
        Assert.Equal(1, await Store().GetGraphVersionAsync());
    }

    [Fact]
    public async Task Importing_twice_writes_nothing_the_second_time_and_keeps_the_graph_version()
    {
        var first = await RunAsync("import", RepoPaths.SeedData, "--db", Db);
        Assert.Equal(0, first.Code);
        Assert.Contains($"{SeedCounts.Nodes} nodes and {SeedCounts.Relationships} relationships created or changed", first.Output);

        var second = await RunAsync("import", RepoPaths.SeedData, "--db", Db);
        Assert.Equal(0, second.Code);
        Assert.Contains("0 nodes and 0 relationships created or changed", second.Output);
        Assert.Equal(1, await Store().GetGraphVersionAsync());
    }

    [Fact]
    public async Task One_bad_csv_row_among_good_ones_writes_nothing_and_the_report_names_its_file_and_line()
    {
        var organizations = Write("Organization.csv", """
            id,name,kind,founded
            org:good_one,Good One,UNION,1990
            org:good_two,"Good, Two",ADVOCACY,
            org:bad_kind,Bad Kind,NOT_A_KIND,2001
            org:good_three,Good Three,FUNDER,2010
            """);

        var (code, _, error) = await RunAsync("import", organizations, "--db", Db);

        Assert.Equal(CommandLine.InvalidInput, code);
        Assert.Contains($"{organizations}:4: org:bad_kind: property 'kind' must be one of", error);
        Assert.Contains("1 problem(s) in 4 row(s); nothing was written.", error);
        Assert.Empty((await Store().CountAsync()).NodesByLabel);
    }

    [Fact]
    public async Task Bad_rows_in_two_files_are_all_reported_with_their_lines_parse_errors_included()
    {
        var organizations = Write("csv/Organization.csv", "id,name,kind\norg:a,A,UNION\norg:b,\"B, unclosed,UNION\n");
        Write("csv/Industry.csv", "id,name\nindustry:hotels,Hotels\nindustry:farms,Farms,extra\n");
        var relationships = Write("csv/relationships.csv", "type,from,to\nOPERATES_IN,org:a,industry:hotels\nOPERATES_IN,org:a,industry:nowhere\nUSES,org:a,industry:hotels\n");

        var (code, _, error) = await RunAsync("import", Path.Combine(_temp.Path, "csv"), "--db", Db);

        Assert.Equal(CommandLine.InvalidInput, code);
        Assert.Contains($"{Path.Combine(_temp.Path, "csv", "Industry.csv")}:3: the row has 3 fields; the header has 2", error);
        Assert.Contains($"{organizations}:3: a quoted field opened on line 3 is never closed", error);
        Assert.Contains($"{relationships}:3: org:a|OPERATES_IN|industry:nowhere: the 'to' node 'industry:nowhere' does not exist", error);
        Assert.Contains($"{relationships}:4: org:a|USES|industry:hotels: USES cannot go to a Industry", error);
        Assert.Equal(0, await Store().GetGraphVersionAsync());
    }

    [Fact]
    public async Task Hostile_strings_are_stored_exactly_and_a_value_over_the_limit_is_refused_without_touching_the_graph()
    {
        await RunAsync("import", RepoPaths.SeedData, "--db", Db);
        var hostile = ExchangeTestBase.Hostile;
        var good = Write("hostile/Person.csv", "id,name,description\n" + string.Join("\n", hostile.Select((text, i) => $"person:hostile_{i},Person {i},{CsvEncoder.Field(text)}")) + "\n");

        var (code, output, error) = await RunAsync("import", good, "--db", Db);
        Assert.True(code == 0, error);
        Assert.Contains($"{hostile.Length} nodes and 0 relationships created or changed", output);
        var stored = await Store().GetNodesAsync(hostile.Select((_, i) => $"person:hostile_{i}").ToList());
        Assert.Equal(hostile, stored.OrderBy(n => n.Id.Length).ThenBy(n => n.Id).Select(n => n.GetString("description")));

        var tooLong = Write("refused/Person.csv", $"id,name,description\nperson:ok,Fine,fine\nperson:too_long,Too long,{new string('x', 4001)}\n");
        var refused = await RunAsync("import", tooLong, "--db", Db);
        Assert.Equal(CommandLine.InvalidInput, refused.Code);
        Assert.Contains($"{tooLong}:3: person:too_long: property 'description' is 4001 characters long; at most 4000 are allowed", refused.Error);
        Assert.Equal(2, await Store().GetGraphVersionAsync());
        Assert.Equal(SeedCounts.Of("people.json") + hostile.Length, (await Store().CountAsync()).NodesByLabel["Person"]);
    }

    [Fact]
    public async Task Validate_resolves_references_in_the_store_and_writes_nothing()
    {
        var edges = Write("edges/relationships.csv", "type,from,to,since,context\nPARTNERS_WITH,org:unite_here,org:national_womens_law_center,2019,\"a \"\"test\"\"\"\n");

        var onEmpty = await RunAsync("validate", edges, "--db", Db);
        Assert.Equal(CommandLine.InvalidInput, onEmpty.Code);
        Assert.Contains($"{edges}:2: org:unite_here|PARTNERS_WITH|org:national_womens_law_center: the 'from' node 'org:unite_here' does not exist", onEmpty.Error);

        await RunAsync("import", RepoPaths.SeedData, "--db", Db);
        var onSeeded = await RunAsync("validate", edges, "--db", Db);
        Assert.True(onSeeded.Code == 0, onSeeded.Error);
        Assert.StartsWith("valid: 0 nodes and 1 relationships", onSeeded.Output);
        Assert.Equal(1, await Store().GetGraphVersionAsync());
    }

    [Fact]
    public async Task Relative_input_paths_are_also_found_from_the_install_root_as_under_dotnet_run()
    {
        var (code, output, error) = await RunAsync("validate", "seed-data", "--db", Db);
        Assert.True(code == 0, error);
        Assert.StartsWith($"valid: {SeedCounts.Nodes} nodes and {SeedCounts.Relationships} relationships", output);
    }

    [Fact]
    public async Task Long_reads_report_progress_on_stderr()
    {
        var rows = Enumerable.Range(0, 10_500).Select(i => $"person:p{i},Person {i}");
        var people = Write("many/Person.csv", "id,name\n" + string.Join("\n", rows) + "\n");

        var (code, _, error) = await RunAsync("validate", people, "--db", Db);

        Assert.True(code == 0, error);
        Assert.Contains("read 10,000 rows (now in", error);
    }

    [Fact]
    public async Task Exported_json_and_csv_import_into_a_fresh_database_with_the_same_counts()
    {
        await RunAsync("import", RepoPaths.SeedData, "--db", Db);
        foreach (var format in new[] { "json", "csv" })
        {
            var output = Path.Combine(_temp.Path, format);
            Assert.Equal(0, (await RunAsync("export", "--format", format, "--out", output, "--db", Db)).Code);
            var copy = Path.Combine(_temp.Path, format + ".db");
            var imported = await RunAsync("import", output, $"--Store:SqlitePath={copy}");
            Assert.True(imported.Code == 0, imported.Error);
            var (original, copied) = (await Store().CountAsync(), await Store(copy).CountAsync());
            Assert.Equal(original.NodesByLabel, copied.NodesByLabel);
            Assert.Equal(original.EdgesByType, copied.EdgesByType);
        }
    }

    [Fact]
    public async Task Export_writes_graphml_and_cypher_files_and_neo4j_csv_with_its_import_script()
    {
        await RunAsync("import", RepoPaths.SeedData, "--db", Db);
        Assert.Equal(0, (await RunAsync("export", "--format", "graphml", "--out", Path.Combine(_temp.Path, "g.graphml"), "--db", Db)).Code);
        Assert.Equal(0, (await RunAsync("export", "--format", "cypher", "--out", _temp.Path, "--db", Db)).Code);
        var neo4j = await RunAsync("export", "--format", "neo4j-csv", "--out", Path.Combine(_temp.Path, "neo4j"), "--db", Db);

        Assert.True(File.Exists(Path.Combine(_temp.Path, "g.graphml")));
        Assert.True(File.Exists(Path.Combine(_temp.Path, "graph.cypher")));
        Assert.Contains("import.sh", neo4j.Output);
        Assert.True(File.Exists(Path.Combine(_temp.Path, "neo4j", "import.sh")));
    }

    [Fact]
    public async Task Stats_prints_counts_by_label_and_type_and_migrate_reports_the_store()
    {
        await RunAsync("import", RepoPaths.SeedData, "--db", Db);

        var (code, output, _) = await RunAsync("stats", "--db", Db);
        Assert.Equal(0, code);
        Assert.Matches($@"(?m)^Industry\s+{SeedCounts.Of("industries.json")}$", output);
        Assert.Matches($@"(?m)^CITES\s+{SeedCounts.RelationshipsOfType("CITES")}$", output);
        Assert.Matches($@"(?m)^total\s+{SeedCounts.Relationships}$", output);

        var migrate = await RunAsync("migrate", "--db", Db);
        Assert.Equal(0, migrate.Code);
        Assert.Contains("migrations applied", migrate.Output);
        Assert.Contains(Db, migrate.Output);
    }

    private IGraphStore Store(string? path = null) => SqlGraphStore.ForSqliteFile(path ?? Db);

    private string Write(string relative, string text)
    {
        var path = Path.Combine(_temp.Path, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    private static async Task<(int? Code, string Output, string Error)> RunAsync(params string[] args)
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        var code = await CommandLine.TryRunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
