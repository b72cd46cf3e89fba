using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Stores;
using KnowledgeGraph.Core.Writes;

namespace KnowledgeGraph.Core.Exchange;

/// <summary>What an import or a validation found, and what it wrote (null when nothing was written).</summary>
public sealed record ImportOutcome(ImportSet Read, IReadOnlyList<ImportProblem> Problems, WriteResult? Written);

/// <summary>
/// Import in three steps: read every file (collecting every bad row), check the whole batch against the schema with
/// references resolved in the store, then write it in one atomic upsert. One bad row anywhere and nothing is written.
/// </summary>
public static class GraphImport
{
    /// <summary>
    /// Reads files and directories. A directory is read in the given format, or JSON when it holds any <c>.json</c>
    /// file and CSV otherwise; a file's format is the given one or its extension's.
    /// </summary>
    public static ImportSet Read(IEnumerable<string> paths, ExchangeFormat? format = null, Action<string>? progress = null)
    {
        var set = new ImportSet(progress);
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var chosen = format ?? (Directory.EnumerateFiles(path, "*.json").Any() ? ExchangeFormat.Json : ExchangeFormat.Csv);
                var files = Directory.GetFiles(path, chosen == ExchangeFormat.Json ? "*.json" : "*.csv").Order(StringComparer.Ordinal).ToList();
                if (files.Count == 0)
                {
                    set.AddProblem(new(path, 0), $"the directory holds no .{chosen.ToString().ToLowerInvariant()} file");
                }
                files.ForEach(file => ReadFile(file, chosen, set));
            }
            else if (File.Exists(path))
            {
                var byExtension = Path.GetExtension(path).ToLowerInvariant() switch
                {
                    ".json" => ExchangeFormat.Json,
                    ".csv" => ExchangeFormat.Csv,
                    _ => (ExchangeFormat?)null,
                };
                if ((format ?? byExtension) is { } chosen)
                {
                    ReadFile(path, chosen, set);
                }
                else
                {
                    set.AddProblem(new(path, 0), "unknown file type: name it .json or .csv, or give --format");
                }
            }
            else
            {
                set.AddProblem(new(path, 0), "no such file or directory");
            }
        }
        return set;
    }

    /// <summary>
    /// Every rule the store would enforce on this batch: a dry run of the store's own write plan, with edge ends and
    /// finding citations resolved against the batch and the store, and no stored node changing its label.
    /// </summary>
    public static async Task<IReadOnlyList<Violation>> CheckAsync(IGraphStore store, GraphBatch batch, CancellationToken cancellationToken = default)
    {
        try
        {
            await WritePlan.DecideAsync(GraphChange.Of(batch), new StoreWriteReader(store, cancellationToken));
            return [];
        }
        catch (GraphValidationException e)
        {
            return e.Violations;
        }
    }

    /// <summary>Checks what was read and, unless <paramref name="write"/> is false or anything is wrong, writes it in one upsert.</summary>
    public static async Task<ImportOutcome> RunAsync(IGraphStore store, ImportSet read, string actor, bool write, CancellationToken cancellationToken = default)
    {
        var batch = read.ToBatch();
        var problems = read.Report(await CheckAsync(store, batch, cancellationToken));
        if (problems.Count > 0 || !write)
        {
            return new ImportOutcome(read, problems, null);
        }
        try
        {
            return new ImportOutcome(read, [], await store.UpsertAsync(batch, actor, cancellationToken));
        }
        catch (GraphValidationException e)
        {
            // The store changed between the check and the write; its verdict is the one that counts.
            return new ImportOutcome(read, read.Report(e.Violations), null);
        }
    }

    private static void ReadFile(string path, ExchangeFormat format, ImportSet set)
    {
        try
        {
            switch (format)
            {
                case ExchangeFormat.Json:
                    JsonGraphReader.Read(path, set);
                    break;
                case ExchangeFormat.Csv:
                    CsvGraphReader.Read(path, set);
                    break;
                default:
                    set.AddProblem(new(path, 0), $"{format} files cannot be imported; use json or csv");
                    break;
            }
        }
        catch (IOException e)
        {
            set.AddProblem(new(path, 0), $"cannot read the file: {e.Message}");
        }
        catch (UnauthorizedAccessException e)
        {
            set.AddProblem(new(path, 0), $"cannot read the file: {e.Message}");
        }
    }
}
