using System.Diagnostics;

namespace KnowledgeGraph.Tests.Api.Hosting;

/// <summary>The server process itself: a start that fails says why and exits with code 1, never a crash dump.</summary>
public sealed class StartFailureTests
{
    [Theory]
    [InlineData("--GraphQL:MaxDepth=0", "MaxDepth")]
    [InlineData("--Store:Provider=Oracle", "Store:Provider")]
    public async Task A_bad_setting_ends_the_process_with_code_1_and_the_reason(string setting, string reason)
    {
        var server = Path.Combine(AppContext.BaseDirectory, "KnowledgeGraph.Api.dll");
        var start = new ProcessStartInfo("dotnet", [server, "--urls", "http://127.0.0.1:0", setting])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await process.WaitForExitAsync(timeout.Token);

        Assert.Equal(1, process.ExitCode);
        var log = await output + await error;
        Assert.Contains("The server did not start", log);
        Assert.Contains(reason, log);
        Assert.DoesNotContain("Unhandled exception", log);
    }
}
