using KnowledgeGraph.Core.Exchange;

namespace KnowledgeGraph.Api.Cli;

/// <summary>The command-line verbs of the API's executable (import, export, validate, stats, migrate, help).</summary>
public static class CommandLine
{
    public const int Ok = 0;
    public const int InvalidInput = 1;
    public const int UsageError = 2;

    private delegate Task<int> Verb(CliArguments args, TextWriter output, TextWriter error, CancellationToken cancellationToken);

    private static readonly Dictionary<string, Verb> Verbs = new(StringComparer.Ordinal)
    {
        ["import"] = ImportCommands.ImportAsync,
        ["validate"] = ImportCommands.ValidateAsync,
        ["export"] = ExportCommand.RunAsync,
        ["stats"] = StoreCommands.StatsAsync,
        ["migrate"] = StoreCommands.MigrateAsync,
        ["help"] = HelpAsync,
        ["--help"] = HelpAsync,
        ["-h"] = HelpAsync,
    };

    public static string Usage { get; } = $"""
        Usage: dotnet run --project src/KnowledgeGraph.Api -- <verb> [arguments] [options]
        Without a verb the GraphQL server starts.

        Verbs:
          import <dir-or-file>... [--format {ExchangeFormats.Names(ExchangeFormats.Import, "|")}]
              Reads every file, checks all rows against the graph schema and the store, then writes them in one
              transaction (upsert by id). One bad row anywhere: nothing is written, every bad row is reported.
          validate <dir-or-file>... [--format {ExchangeFormats.Names(ExchangeFormats.Import, "|")}]
              The same checks as import (references resolved in the store), without writing.
          export --format {ExchangeFormats.Names(ExchangeFormats.Export, "|")} --out <dir-or-file>
          stats       Node counts by label and relationship counts by type.
          migrate     Applies pending store migrations.
          help        This text.

        Options:
          --db <path>                  The SQLite file to use (shortcut for --Store:SqlitePath=<path>).
          --Section:Key=value          Any configuration override, as for the server (--Store:SqlitePath=...).

        Relative paths: files to read are found from the working directory, else from the install root (the folder
        holding seed-data/, the repository root: dotnet run --project runs in the project folder); --out and --db
        start at the install root, as Store:SqlitePath does. Every verb migrates the store first; none seeds it.

        Formats (import reads {ExchangeFormats.Names(ExchangeFormats.Import, ", ")}; a directory is read in the first of them it holds files of):
        {string.Join("\n", ExchangeFormats.All.Select(f => $"  {f.Name,-10} {f.Description}"))}

        Exit codes: 0 done, 1 invalid input (the report is on stderr) or failure, 2 usage error.

        """;

    /// <summary>Runs a verb and returns its exit code, or null when the arguments name no verb (then the server starts).</summary>
    public static Task<int?> TryRunAsync(string[] args) => TryRunAsync(args, Console.Out, Console.Error);

    /// <summary>Runs a verb writing to the given streams: results on <paramref name="output"/>, reports and progress on <paramref name="error"/>.</summary>
    public static async Task<int?> TryRunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        if (args.Length == 0 || !Verbs.TryGetValue(args[0], out var verb))
        {
            return null;
        }
        var parsed = CliArguments.Parse(args[1..]);
        if (parsed.Help)
        {
            await output.WriteAsync(Usage);
            return Ok;
        }
        if (parsed.Error is not null)
        {
            return await FailUsageAsync(error, parsed.Error);
        }
        try
        {
            return await verb(parsed, output, error, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await error.WriteLineAsync($"{args[0]} failed: {e.Message}");
            return InvalidInput;
        }
    }

    internal static async Task<int> FailUsageAsync(TextWriter error, string message)
    {
        await error.WriteLineAsync($"error: {message}");
        await error.WriteLineAsync("Run with 'help' for the verbs and their options.");
        return UsageError;
    }

    private static async Task<int> HelpAsync(CliArguments args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        await output.WriteAsync(Usage);
        return Ok;
    }
}
