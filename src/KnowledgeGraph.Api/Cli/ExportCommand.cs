using KnowledgeGraph.Core.Exchange;

namespace KnowledgeGraph.Api.Cli;

/// <summary><c>export --format F --out PATH</c>: the stored graph in an exchange format.</summary>
internal static class ExportCommand
{
    public static async Task<int> RunAsync(CliArguments args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (args.Format is null || ExchangeFormats.FindExport(args.Format) is not { } format)
        {
            return await CommandLine.FailUsageAsync(error, $"export needs --format {CliUsage.Names(ExchangeFormats.Export, "|")}");
        }
        if (args.Out is not { } outPath)
        {
            return await CommandLine.FailUsageAsync(error, "export needs --out <directory or file>");
        }
        if (args.Paths.Count > 0)
        {
            return await CommandLine.FailUsageAsync(error, $"export takes no paths ('{args.Paths[0]}'); the output goes to --out");
        }

        await using var opened = await VerbEnvironment.OpenAsync(args, cancellationToken);
        var target = GraphExport.PathFor(format, opened.Output(outPath));
        if (format.Target == ExportTarget.Directory && File.Exists(target))
        {
            return await CommandLine.FailUsageAsync(error, $"--format {format.Name} writes a directory, and '{target}' is a file");
        }
        var summary = await GraphExport.WriteAsync(opened.Store, format, target, cancellationToken);
        await output.WriteLineAsync(
            $"exported {summary.Nodes} nodes and {summary.Edges} relationships from {opened.Description} " +
            $"as {format.Name} to {target} ({summary.Files.Count} file(s))");
        if (format.NextStep(target) is { } next)
        {
            await output.WriteLineAsync(next);
        }
        return CommandLine.Ok;
    }
}
