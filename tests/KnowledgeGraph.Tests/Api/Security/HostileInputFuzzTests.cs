using System.Diagnostics;
using System.Text.RegularExpressions;
using KnowledgeGraph.Core.Writes;
using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Api.Security;

/// <summary>
/// 1,200 generated hostile requests (fixed seed) against the real host in its production configuration: none may
/// answer 5xx, exceed the response cap or the time bound, show internals, or change the graph.
/// </summary>
public sealed partial class HostileInputFuzzTests : IDisposable
{
    private const int Requests = 1_200;
    private const int ResponseCap = 1024 * 1024;
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);   // the query timeout is 5 s; generous on a shared machine

    private readonly KnowledgeGraphApp _app = new() { Environment = "Production" };

    [GeneratedRegex(@"System\.[A-Z]|Microsoft\.[A-Z]|KnowledgeGraph\.(Api|Core)|GraphQL\.(Transport|Execution)|\bat [\w.<>]+\(|\.cs:line|/(work|home|root|tmp)/|Exception\b")]
    private static partial Regex Leak();

    [Fact]
    public async Task Hostile_requests_get_coded_errors_and_change_nothing()
    {
        var client = _app.CreateClient();
        await client.GetAsync("/health/live");
        var store = _app.Store;
        var versionBefore = await store.GetGraphVersionAsync();
        var auditBefore = (await store.AuditAsync(new AuditQuery { First = 1_000 })).Count;
        var generator = new HostileRequests(seed: 20261204);
        var slowest = TimeSpan.Zero;
        var failures = new List<string>();
        for (var i = 0; i < Requests; i++)
        {
            using var request = generator.Next();
            var description = $"#{i} {request.Method} {request.RequestUri}";
            var clock = Stopwatch.StartNew();
            using var response = await client.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            slowest = clock.Elapsed > slowest ? clock.Elapsed : slowest;
            if ((int)response.StatusCode >= 500)
            {
                failures.Add($"{description} answered {(int)response.StatusCode}: {Cut(body)}");
            }
            if (clock.Elapsed >= Bound)
            {
                failures.Add($"{description} took {clock.Elapsed}");
            }
            if (body.Length > ResponseCap)
            {
                failures.Add($"{description} answered {body.Length} characters");
            }
            if (Leak().IsMatch(body))
            {
                failures.Add($"{description} leaks internals: {Cut(body)}");
            }
            if ((!response.IsSuccessStatusCode || body.Contains("\"errors\"")) && !body.Contains("\"code\"")
                && response.StatusCode is not (System.Net.HttpStatusCode.MethodNotAllowed or System.Net.HttpStatusCode.NotFound))
            {
                failures.Add($"{description} failed without a code: {(int)response.StatusCode} {Cut(body)}");
            }
        }
        Assert.True(failures.Count == 0, $"{failures.Count} failures, first ones:\n" + string.Join('\n', failures.OrderBy(f => f.Contains("GraphQL.Transport")).Take(15)));
        Assert.Equal(versionBefore, await store.GetGraphVersionAsync());
        Assert.Equal(auditBefore, (await store.AuditAsync(new AuditQuery { First = 1_000 })).Count);
        Assert.True(slowest < Bound, $"slowest {slowest}");
    }

    private static string Cut(string body) => body.Length > 400 ? body[..400] + "…" : body;

    public void Dispose() => _app.Dispose();
}
