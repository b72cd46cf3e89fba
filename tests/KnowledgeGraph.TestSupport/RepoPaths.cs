namespace KnowledgeGraph.TestSupport;

/// <summary>Paths inside the repository, found from the program's folder.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string SeedData => Path.Combine(Root, "seed-data");

    public static string SchemaFile => Path.Combine(Root, "schema", "knowledge-graph.graphql");

    /// <summary>The folder holding KnowledgeGraph.sln, above the program's folder or else above the working directory.</summary>
    private static string FindRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "KnowledgeGraph.sln")))
                {
                    return dir.FullName;
                }
            }
        }
        throw new InvalidOperationException($"KnowledgeGraph.sln was not found above {AppContext.BaseDirectory} or the working directory.");
    }
}
