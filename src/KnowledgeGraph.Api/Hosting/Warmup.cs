using System.Diagnostics;
using System.Security.Claims;
using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using GraphQLParser.AST;
using KnowledgeGraph.Api.GraphQL.Execution;
using KnowledgeGraph.Api.GraphQL.Limits;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Hosting;

/// <summary>
/// Runs a few representative GraphQL reads in-process against the real store right after start (a nested list, a node
/// by id, an analysis), so the JIT, the parsed-document cache and the connection pool are warm before
/// <c>/health/ready</c> reports ready. Bounded by <c>Warmup:Seconds</c> and <c>Warmup:Rounds</c>; never fails the
/// start (an empty store or a failing read is logged and ends the warm-up). It bypasses HTTP, so it is neither a client
/// request in the request log nor in any client's rate limit.
/// </summary>
public sealed class Warmup(
    GraphQLExecution execution, DocumentLimits limits, IServiceScopeFactory scopes, IOptions<WarmupOptions> options, ILogger<Warmup> logger)
    : BackgroundService
{
    private const string List = "query WarmupList { industries(first: 10) { nodes { id name organizations(first: 5) { nodes { id name } } } } }";
    private const string Node = "query WarmupNode($id: ID!) { node(id: $id) { id __typename } }";
    private const string Analysis = "query WarmupAnalysis($industry: ID) { whatWorked(industry: $industry, first: 3) { score verdict strategy { id } } }";

    private static readonly Caller WarmupCaller = new(new ClaimsPrincipal(new ClaimsIdentity()), "warm-up", "warm-up");

    private readonly TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>True once the warm-up has ended (or was switched off).</summary>
    public bool Done => _done.Task.IsCompleted;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            _done.TrySetResult();
            return;
        }
        await Task.Yield();   // the start goes on; readiness waits
        var clock = Stopwatch.StartNew();
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        budget.CancelAfter(TimeSpan.FromSeconds(settings.Seconds));
        var rounds = 0;
        try
        {
            var ids = await IdsAsync(budget.Token);
            var node = new Inputs(new Dictionary<string, object?> { ["id"] = ids.Node ?? "warm-up:none" });
            var industry = new Inputs(new Dictionary<string, object?> { ["industry"] = ids.Industry });
            while (rounds < settings.Rounds && !budget.IsCancellationRequested)
            {
                await RunAsync(List, null, budget.Token);
                await RunAsync(Node, node, budget.Token);
                await RunAsync(Analysis, industry, budget.Token);
                rounds++;
            }
        }
        catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
        {
            // the time budget ran out
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "The warm-up stopped early; the server starts cold");
        }
        finally
        {
            logger.LogInformation("Warm-up done: {Rounds} round(s) of reads in {Milliseconds} ms", rounds, clock.ElapsedMilliseconds);
            _done.TrySetResult();
        }
    }

    /// <summary>An industry and a node to read, from the first page of industries; null when the store has none.</summary>
    private async Task<(string? Industry, string? Node)> IdsAsync(CancellationToken cancellationToken)
    {
        using var json = JsonDocument.Parse(await RunAsync(List, null, cancellationToken));
        var industries = json.RootElement.GetProperty("data").GetProperty("industries").GetProperty("nodes");
        if (industries.GetArrayLength() == 0)
        {
            return (null, null);
        }
        var first = industries[0];
        var organizations = first.GetProperty("organizations").GetProperty("nodes");
        var industry = first.GetProperty("id").GetString();
        return (industry, organizations.GetArrayLength() > 0 ? organizations[0].GetProperty("id").GetString() : industry);
    }

    /// <summary>Runs one read as a request would (parse, limits, execution in its own scope); an error ends the warm-up.</summary>
    private async Task<string> RunAsync(string query, Inputs? variables, CancellationToken cancellationToken)
    {
        var (document, error) = DocumentParser.Parse(query);
        if ((error ?? limits.Check(document!)) is { } refused)
        {
            throw new InvalidOperationException($"The warm-up query was refused: {refused.Message}");
        }
        await using var scope = scopes.CreateAsyncScope();
        var response = await execution.ExecuteAsync(new GraphQLRequest { Query = query, Variables = variables }, document, OperationType.Query,
            WarmupCaller, scope.ServiceProvider, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        return response.HasErrors ? throw new InvalidOperationException($"A warm-up read answered with errors: {response.Body}") : response.Body;
    }
}
