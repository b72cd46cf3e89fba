using KnowledgeGraph.Core.Exchange;

namespace KnowledgeGraph.Api.Cli;

/// <summary>The command-line verbs of the API's executable (import, export, validate, stats, migrate, help).</summary>
public static class CommandLine
{
    public const int Ok = 0;
    public const int InvalidInput = 1;
    public const int UsageError = 2;
    public const int Failure = 3;

    /// <summary>The shell's convention for a program ended by SIGINT (128 + 2).</summary>
    public const int Cancelled = 130;

    private static readonly string ImportFormats = CliUsage.Names(ExchangeFormats.Import, "|");

    private static readonly IReadOnlyList<CliVerb> Verbs =
    [
        new("import", $"<dir-or-file>... [--format {ImportFormats}]", """
            Reads every file, checks all rows against the graph schema and the store, then writes them in one
            transaction (upsert by id). One bad row anywhere: nothing is written, every bad row is reported.
            """, ImportCommands.ImportAsync),
        new("validate", $"<dir-or-file>... [--format {ImportFormats}]",
            "The same checks as import (references resolved in the store), without writing.", ImportCommands.ValidateAsync),
        new("export", $"--format {CliUsage.Names(ExchangeFormats.Export, "|")} --out <dir-or-file>",
            "The stored graph in an exchange format (below): a directory, or a file (its default name in a directory).", ExportCommand.RunAsync),
        new("stats", "", "Node counts by label and relationship counts by type.", StoreCommands.StatsAsync),
        new("migrate", "", "Applies pending store migrations.", StoreCommands.MigrateAsync),
        new("help", "", "This text.", HelpAsync),
    ];

    private static readonly Dictionary<string, CliVerb> ByName =
        Verbs.Append(Verbs[^1] with { Name = "--help" }).Append(Verbs[^1] with { Name = "-h" }).ToDictionary(v => v.Name, StringComparer.Ordinal);

    public static string Usage { get; } = CliUsage.Text(Verbs);

    /// <summary>
    /// Runs a verb and returns its exit code, or null when the arguments name no verb (then the server starts).
    /// Ctrl+C cancels the verb; a second Ctrl+C ends the process at once.
    /// </summary>
    public static async Task<int?> TryRunAsync(string[] args)
    {
        using var cancel = new CancellationTokenSource();
        void OnCancel(object? sender, ConsoleCancelEventArgs e)
        {
            e.Cancel = !cancel.IsCancellationRequested;
            cancel.Cancel();
        }
        Console.CancelKeyPress += OnCancel;
        try
        {
            return await TryRunAsync(args, Console.Out, Console.Error, cancel.Token);
        }
        finally
        {
            Console.CancelKeyPress -= OnCancel;
        }
    }

    /// <summary>Runs a verb writing to the given streams: results on <paramref name="output"/>, reports and progress on <paramref name="error"/>.</summary>
    public static async Task<int?> TryRunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        if (args.Length == 0 || !ByName.TryGetValue(args[0], out var verb))
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
            return await verb.Run(parsed, output, error, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await error.WriteLineAsync($"{args[0]} cancelled.");
            return Cancelled;
        }
        catch (Exception e)
        {
            // Bad input is reported by the verbs themselves; what escapes them is the store, the file system or a bug.
            await error.WriteLineAsync($"{args[0]} failed: {e.Message}");
            return Failure;
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
