using KnowledgeGraph.Core.Exchange.Import;
using KnowledgeGraph.Core.Exchange.Json;
using KnowledgeGraph.Core.Stores;
using KnowledgeGraph.Core.Writes;

namespace KnowledgeGraph.Core.Seed;

/// <summary>
/// The curated graph in <c>seed-data/</c>, kept in the JSON exchange layout. Seeding is an import of that directory
/// through the same reader and checks as <c>kg import</c>, except that every file of the layout must be there.
/// </summary>
public static class SeedFiles
{
    public const string Actor = "seed";

    /// <summary>Reads every file of the layout; a missing or malformed file is a problem with its file and line.</summary>
    public static ImportSet Read(string directory) =>
        GraphImport.Read(JsonLayout.Files.Select(file => Path.Combine(directory, file)), new JsonFormat());

    /// <summary>
    /// Loads the seed graph into a store, all or nothing. Loading it again changes nothing: equal nodes and edges are skipped.
    /// </summary>
    /// <exception cref="InvalidDataException">A file is missing or malformed, or the graph breaks a rule of the schema.</exception>
    public static async Task<WriteResult> LoadAsync(IGraphStore store, string directory, CancellationToken cancellationToken = default)
    {
        var outcome = await GraphImport.RunAsync(store, Read(directory), Actor, write: true, cancellationToken);
        return outcome.Written ?? throw new InvalidDataException(
            $"The seed graph in {directory} has {outcome.Problems.Count} problem(s):\n{string.Join("\n", outcome.Problems)}");
    }
}
