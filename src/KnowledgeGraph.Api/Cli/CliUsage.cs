using System.Text;
using KnowledgeGraph.Core.Exchange;

namespace KnowledgeGraph.Api.Cli;

/// <summary>The help text, made from the verb table and the exchange format registry so that it cannot fall behind them.</summary>
internal static class CliUsage
{
    public static string Text(IEnumerable<CliVerb> verbs)
    {
        var text = new StringBuilder("""
            Usage: dotnet run --project src/KnowledgeGraph.Api -- <verb> [arguments] [options]
            Without a verb the GraphQL server starts.

            Verbs:

            """);
        foreach (var verb in verbs)
        {
            var head = $"  {verb.Name} {verb.Synopsis}".TrimEnd();
            var lines = verb.Description.Split('\n');
            if (head.Length < 14 && lines.Length == 1)
            {
                text.Append(head.PadRight(14)).Append(lines[0]).Append('\n');
                continue;
            }
            text.Append(head).Append('\n');
            foreach (var line in lines)
            {
                text.Append("      ").Append(line).Append('\n');
            }
        }
        text.Append($"""

            Options:
              --db <path>                  The SQLite file to use (shortcut for --Store:SqlitePath=<path>).
              --Section:Key=value          Any configuration override, as for the server (--Store:SqlitePath=...).

            Relative paths: files to read are found from the working directory, else from the install root (the folder
            holding seed-data/, the repository root: dotnet run --project runs in the project folder); --out and --db
            start at the install root, as Store:SqlitePath does. Every verb migrates the store first; none seeds it.

            Formats (--format; import and validate read {Names(ExchangeFormats.Import, " and ")}, a directory in the first of them it holds files of):

            """);
        foreach (var format in ExchangeFormats.All)
        {
            text.Append($"  {format.Name,-12}{format.Description}\n");
        }
        text.Append($"""

            Exit codes: {CommandLine.Ok} done, {CommandLine.InvalidInput} invalid input (the report is on stderr), {CommandLine.UsageError} usage error, {CommandLine.Failure} failure (the store or a file could not be used, or a bug), {CommandLine.Cancelled} cancelled (Ctrl+C).

            """);
        return text.ToString();
    }

    /// <summary>Format names for a synopsis or a message: <c>json|csv</c>, <c>json or csv</c>.</summary>
    public static string Names(IEnumerable<IGraphFormat> formats, string separator) => string.Join(separator, formats.Select(f => f.Name));
}
