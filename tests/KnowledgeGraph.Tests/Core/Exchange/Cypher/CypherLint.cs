using System.Diagnostics;

namespace KnowledgeGraph.Tests.Core.Exchange.Cypher;

/// <summary>
/// Neo4j's own Cypher front end (npm @neo4j-cypher/language-support, see shared NEO4J-EXPORT.md), when installed:
/// the node_modules folder named by KG_CYPHER_LINT_MODULES, or tools/cypher-lint/node_modules in the repository.
/// </summary>
internal static class CypherLint
{
    private const string Script = """
        const { readFileSync } = require('node:fs');
        const { lintCypherQuery } = require('@neo4j-cypher/language-support');
        const text = readFileSync(process.argv[2], 'utf8').replace(/^[ \t]*:(begin|commit|rollback)\b[^\n]*$/gim, m => ' '.repeat(m.length));
        const { diagnostics } = lintCypherQuery(text, {}, { consoleCommandsEnabled: true });
        for (const d of diagnostics) console.log(`${d.severity === 1 ? 'ERROR' : 'WARN'} ${d.range.start.line + 1}: ${d.message}`);
        process.exitCode = diagnostics.some(d => d.severity === 1) ? 1 : 0;
        """;

    public static string? Find() =>
        new[] { Environment.GetEnvironmentVariable("KG_CYPHER_LINT_MODULES"), Path.Combine(RepoPaths.Root, "tools", "cypher-lint", "node_modules") }
            .FirstOrDefault(dir => dir is not null && File.Exists(Path.Combine(dir, "@neo4j-cypher", "language-support", "package.json")));

    public static async Task<(int ExitCode, string Report)> RunAsync(string modules, string file, string workDirectory)
    {
        var script = Path.Combine(workDirectory, "lint.cjs");
        await File.WriteAllTextAsync(script, Script);
        var start = new ProcessStartInfo("node", [script, file]) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["NODE_PATH"] = modules;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await error);
    }
}
