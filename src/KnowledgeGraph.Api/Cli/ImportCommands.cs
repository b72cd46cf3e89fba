using KnowledgeGraph.Core.Exchange;
using KnowledgeGraph.Core.Exchange.Import;

namespace KnowledgeGraph.Api.Cli;

/// <summary><c>import</c> and <c>validate</c>: the same reading and checks; only import writes.</summary>
internal static class ImportCommands
{
    public const string Actor = "cli-import";

    public static Task<int> ImportAsync(CliArguments args, TextWriter output, TextWriter error, CancellationToken cancellationToken) =>
        RunAsync("import", write: true, args, output, error, cancellationToken);

    public static Task<int> ValidateAsync(CliArguments args, TextWriter output, TextWriter error, CancellationToken cancellationToken) =>
        RunAsync("validate", write: false, args, output, error, cancellationToken);

    private static async Task<int> RunAsync(string verb, bool write, CliArguments args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        IGraphImportFormat? format = null;
        if (args.Format is { } name && (format = ExchangeFormats.FindImport(name)) is null)
        {
            return await CommandLine.FailUsageAsync(error, $"{verb} reads --format {CliUsage.Names(ExchangeFormats.Import, " or ")}, not '{name}'");
        }
        if (args.Paths.Count == 0)
        {
            return await CommandLine.FailUsageAsync(error, $"{verb} needs at least one file or directory");
        }
        if (args.Out is not null)
        {
            return await CommandLine.FailUsageAsync(error, "--out belongs to export");
        }

        await using var opened = await VerbEnvironment.OpenAsync(args, cancellationToken);
        var read = GraphImport.Read(args.Paths.Select(opened.Input), format, error.WriteLine, cancellationToken);
        if (read.Rows >= ImportSet.ProgressEvery)
        {
            await error.WriteLineAsync($"read all {read.Rows} rows; checking them against the schema and {opened.Description}");
        }
        var outcome = await GraphImport.RunAsync(opened.Store, read, Actor, write, cancellationToken);
        if (outcome.Problems.Count > 0)
        {
            foreach (var problem in outcome.Problems)
            {
                await error.WriteLineAsync(problem.ToString());
            }
            await error.WriteLineAsync($"{outcome.Problems.Count} problem(s) in {read.Rows} row(s); nothing was written.");
            return CommandLine.InvalidInput;
        }

        var summary = $"{read.Nodes.Count} nodes and {read.Edges.Count} relationships";
        if (outcome.Written is not { } written)
        {
            await output.WriteLineAsync($"valid: {summary}, checked against {opened.Description}; nothing was written.");
            return CommandLine.Ok;
        }
        await output.WriteLineAsync(
            $"imported {summary} into {opened.Description}: {written.NodesWritten} nodes and {written.EdgesWritten} relationships " +
            $"created or changed, the rest already equal; graph version {written.GraphVersion}.");
        return CommandLine.Ok;
    }
}
