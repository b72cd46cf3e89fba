namespace KnowledgeGraph.Benchmarks.Load;

/// <summary>The API's Release build, which the load run starts as a child process; built first when missing or older than the sources.</summary>
public static class ApiBuild
{
    public static async Task<string> EnsureAsync()
    {
        var repository = RepoPaths.Root;
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
}
