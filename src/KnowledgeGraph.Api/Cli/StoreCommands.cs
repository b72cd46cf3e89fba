using System.Globalization;
using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Api.Cli;

/// <summary><c>stats</c> and <c>migrate</c>: what the store holds, and bringing its schema up to date.</summary>
internal static class StoreCommands
{
    public static async Task<int> StatsAsync(CliArguments args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (args.Paths.Count > 0 || args.Format is not null || args.Out is not null)
        {
            return await CommandLine.FailUsageAsync(error, "stats takes no paths, --format or --out");
        }
        await using var opened = await VerbEnvironment.OpenAsync(args, cancellationToken);
        var counts = await opened.Store.CountAsync(cancellationToken);
        var version = await opened.Store.GetGraphVersionAsync(cancellationToken);
        await output.WriteLineAsync($"{opened.Description}, graph version {version}");
        await output.WriteLineAsync();
        await WriteTableAsync(output, "label", "nodes", GraphSchema.Labels.Select(l => l.Label), counts.NodesByLabel);
        await output.WriteLineAsync();
        await WriteTableAsync(output, "relationship", "count", GraphSchema.Relationships.Select(r => r.Type), counts.EdgesByType);
        return CommandLine.Ok;
    }

    public static async Task<int> MigrateAsync(CliArguments args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (args.Paths.Count > 0 || args.Format is not null || args.Out is not null)
        {
            return await CommandLine.FailUsageAsync(error, "migrate takes no paths, --format or --out");
        }
        // Opening the store applies the pending migrations; the store interface reports no schema version of its own.
        await using var opened = await VerbEnvironment.OpenAsync(args, cancellationToken);
        var version = await opened.Store.GetGraphVersionAsync(cancellationToken);
        await output.WriteLineAsync($"{opened.Description}: migrations applied, schema up to date; graph version {version}");
        return CommandLine.Ok;
    }

    /// <summary>A two-column table: every schema name (zero when absent), then any other name the store holds, then the total.</summary>
    private static async Task WriteTableAsync(TextWriter output, string keyTitle, string countTitle, IEnumerable<string> known, IReadOnlyDictionary<string, long> counts)
    {
        var keys = known.Concat(counts.Keys.Order(StringComparer.Ordinal)).Distinct().ToList();
        var rows = keys.Select(k => (Key: k, Count: counts.GetValueOrDefault(k))).Append((Key: "total", Count: counts.Values.Sum())).ToList();
        var width = Math.Max(keyTitle.Length, rows.Max(r => r.Key.Length)) + 2;
        var countWidth = Math.Max(countTitle.Length, rows.Max(r => r.Count.ToString(CultureInfo.InvariantCulture).Length));
        await output.WriteLineAsync($"{keyTitle.PadRight(width)}{countTitle.PadLeft(countWidth)}");
        foreach (var (key, count) in rows)
        {
            await output.WriteLineAsync($"{key.PadRight(width)}{count.ToString(CultureInfo.InvariantCulture).PadLeft(countWidth)}");
        }
    }
}
