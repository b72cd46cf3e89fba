using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Stores;
using KnowledgeGraph.Core.Writes;

namespace KnowledgeGraph.Core.Exchange.Import;

/// <summary>
/// Import in three steps: read every file (collecting every bad row), check the whole batch against the schema with
/// references resolved in the store, then write it in one atomic upsert (the check and the write are one step when
/// every row was read). One bad row anywhere and nothing is written.
/// </summary>
public static class GraphImport
{
    /// <summary>
    /// Reads files and directories. A directory is read in the given format, or else in the first format of
    /// <see cref="ExchangeFormats.Import"/> it holds files of; a file's format is the given one or its extension's.
    /// </summary>
    public static ImportSet Read(IEnumerable<string> paths, IGraphImportFormat? format = null, Action<string>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var set = new ImportSet(progress, cancellationToken);
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var files = Directory.GetFiles(path).Order(StringComparer.Ordinal).ToList();
                var chosen = format ?? ExchangeFormats.Import.FirstOrDefault(f => files.Any(file => ExchangeFormats.Reads(f, file)));
                var read = chosen is null ? [] : files.Where(file => ExchangeFormats.Reads(chosen, file)).ToList();
                if (read.Count == 0)
                {
                    set.AddProblem(new(path, 0), $"the directory holds no {Endings(chosen is null ? ExchangeFormats.Import : [chosen])} file");
                }
                read.ForEach(file => ReadFile(file, chosen!, set));
            }
            else if (File.Exists(path))
            {
                if ((format ?? ExchangeFormats.ImportOf(path)) is { } chosen)
                {
                    ReadFile(path, chosen, set);
                }
                else
                {
                    set.AddProblem(new(path, 0), $"unknown file type: name it {Endings(ExchangeFormats.Import)}, or give --format");
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
    /// <remarks>
    /// A read without problems goes straight to the upsert: the store decides the same write plan inside its
    /// transaction and refuses the whole batch with every violation, so a separate dry run first would only check
    /// everything twice (at a million relationships, half the import). The dry run is for validating, and for
    /// reporting schema violations next to rows that could not be read.
    /// </remarks>
    public static async Task<ImportOutcome> RunAsync(IGraphStore store, ImportSet read, string actor, bool write, CancellationToken cancellationToken = default)
    {
        var batch = read.ToBatch();
        if (read.Problems.Count > 0 || !write)
        {
            return new ImportOutcome(read, read.Report(await CheckAsync(store, batch, cancellationToken)), null);
        }
        try
        {
            return new ImportOutcome(read, [], await store.UpsertAsync(batch, actor, cancellationToken));
        }
        catch (GraphValidationException e)
        {
            return new ImportOutcome(read, read.Report(e.Violations), null);
        }
    }

    private static string Endings(IEnumerable<IGraphImportFormat> formats) => string.Join(" or ", formats.SelectMany(f => f.Extensions));

    private static void ReadFile(string path, IGraphImportFormat format, ImportSet set)
    {
        try
        {
            format.Read(path, set);
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
