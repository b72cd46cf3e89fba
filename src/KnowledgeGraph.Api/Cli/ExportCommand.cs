using KnowledgeGraph.Core.Exchange;

namespace KnowledgeGraph.Api.Cli;

/// <summary><c>export --format F --out PATH</c>: the stored graph in an exchange format.</summary>
internal static class ExportCommand
{
    public static async Task<int> RunAsync(CliArguments args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var formats = string.Join("|", ExchangeFormats.ByName.Keys);
        if (args.Format is null || !ExchangeFormats.ByName.TryGetValue(args.Format, out var format))
        {
            return await CommandLine.FailUsageAsync(error, $"export needs --format {formats}");
        }
        if (args.Out is not { } outPath)
        {
            return await CommandLine.FailUsageAsync(error, "export needs --out <directory or file>");
        }
        if (args.Paths.Count > 0)
        {
            return await CommandLine.FailUsageAsync(error, $"export takes no paths ('{args.Paths[0]}'); the output goes to --out");
        }

        await using var opened = await CliStore.OpenAsync(args, cancellationToken);
        var target = opened.Output(outPath);
        if (GraphExport.WritesDirectory(format) && File.Exists(target))
        {
            return await CommandLine.FailUsageAsync(error, $"--format {args.Format} writes a directory, and '{target}' is a file");
        }
        var summary = await GraphExport.WriteAsync(opened.Store, format, target, cancellationToken);
        await output.WriteLineAsync(
            $"exported {summary.Nodes} nodes and {summary.Edges} relationships from {opened.Description} " +
            $"as {args.Format.ToLowerInvariant()} to {(GraphExport.WritesDirectory(format) ? target : summary.Files[0])} ({summary.Files.Count} file(s))");
        if (format == ExchangeFormat.Neo4jCsv)
        {
            await output.WriteLineAsync($"load them with {Path.Combine(target, Neo4jCsvWriter.ImportScript)}, then run {Neo4jCsvWriter.ConstraintsFile} (see the script's comments)");
        }
        return CommandLine.Ok;
    }
}
