namespace KnowledgeGraph.Api.Cli;

/// <summary>The command-line verbs of the API's executable (import, export, validate, stats, migrate).</summary>
public static class CommandLine
{
    /// <summary>Runs a verb and returns its exit code, or null when the arguments name no verb (then the server starts).</summary>
    public static Task<int?> TryRunAsync(string[] args) => Task.FromResult<int?>(null);
}
