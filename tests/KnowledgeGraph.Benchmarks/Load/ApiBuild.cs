namespace KnowledgeGraph.Benchmarks.Load;

/// <summary>The API's Release build, which the load run starts as a child process; built first when missing or older than the sources.</summary>
public static class ApiBuild
{
    public static async Task<string> EnsureAsync()
    {
        var repository = RepositoryRoot();
        var project = Path.Combine(repository, "src", "KnowledgeGraph.Api");
        var dll = Path.Combine(project, "bin", "Release", "net10.0", "KnowledgeGraph.Api.dll");
        var newestSource = new[] { project, Path.Combine(repository, "src", "KnowledgeGraph.Core") }
            .SelectMany(dir => Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories))
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Max(File.GetLastWriteTimeUtc);
        if (!File.Exists(dll) || File.GetLastWriteTimeUtc(dll) < newestSource)
        {
            Console.WriteLine($"    building the API: dotnet build -c Release {Path.GetRelativePath(repository, project)} ...");
            await Processes.RunAsync("dotnet", ["build", "-c", "Release", project, "-nologo", "-v", "q"], repository);
        }
        return dll;
    }

    /// <summary>The folder holding KnowledgeGraph.sln, found upwards from the working directory or from this program.</summary>
    public static string RepositoryRoot() =>
        new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory }
            .SelectMany(start => Ancestors(new DirectoryInfo(start)))
            .FirstOrDefault(dir => File.Exists(Path.Combine(dir.FullName, "KnowledgeGraph.sln")))?.FullName
        ?? throw new InvalidOperationException("KnowledgeGraph.sln was not found above the working directory or the benchmark program.");

    private static IEnumerable<DirectoryInfo> Ancestors(DirectoryInfo? dir)
    {
        for (; dir is not null; dir = dir.Parent)
        {
            yield return dir;
        }
    }
}
