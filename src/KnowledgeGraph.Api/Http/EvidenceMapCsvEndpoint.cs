using System.Globalization;
using KnowledgeGraph.Api.Auth;
using KnowledgeGraph.Api.GraphQL;
using KnowledgeGraph.Api.GraphQL.Analyses;
using KnowledgeGraph.Api.GraphQL.Limits;
using KnowledgeGraph.Api.GraphQL.Schema;
using KnowledgeGraph.Api.RateLimiting;
using KnowledgeGraph.Core.Analyses.EvidenceGapMap;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Stores;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace KnowledgeGraph.Api.Http;

/// <summary>
/// <c>GET /export/evidence-map.csv?rows=TACTIC&amp;columns=INDUSTRY</c>: the evidence gap map for spreadsheets, one line
/// per cell (gaps included), ready to pivot. Optional filters: industries (comma-separated ids), jurisdiction (with
/// what lies inside it), outcomeCategory, minEvidence, since. Same read policy, filter checks and error shape as the <c>evidenceMap</c> field.
/// </summary>
public static class EvidenceMapCsvEndpoint
{
    public const string Path = "/export/evidence-map.csv";

    public static IEndpointRouteBuilder MapEvidenceMapCsv(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, HandleAsync).RequireReadPolicy();
        return app;
    }

    private static async Task HandleAsync(HttpContext http, IGraphStore store, IGraphAnalyses analyses, RateBudget budget, IOptions<GraphQLOptions> options)
    {
        // The same budget and time limit as the evidenceMap field, whose weight this download has.
        if (budget.TrySpend(ClientKey.Of(http), AnalysisWeights.EvidenceMap) is { } retryAfter)
        {
            http.Response.Headers.RetryAfter = RateLimitSetup.Seconds(retryAfter);
            await GraphQLErrorResponse.WriteAsync(http, StatusCodes.Status429TooManyRequests, MediaTypes.Json, ErrorCodes.RateLimited,
                budget.RefusalMessage(ClientKey.Of(http), AnalysisWeights.EvidenceMap, retryAfter));
            return;
        }
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        timeout.CancelAfter(TimeSpan.FromSeconds(options.Value.QueryTimeoutSeconds));
        EvidenceMap map;
        try
        {
            map = await store.WithSourcingAsync(await analyses.EvidenceMapAsync(await QueryAsync(http.Request.Query, store, timeout.Token), timeout.Token), timeout.Token);
        }
        catch (GraphError e)
        {
            var status = e.Code == ErrorCodes.NotFound ? StatusCodes.Status404NotFound : StatusCodes.Status400BadRequest;
            await GraphQLErrorResponse.WriteAsync(http, status, MediaTypes.Json, e.Code!, e.Message);
            return;
        }
        catch (Exception) when (timeout.IsCancellationRequested && !http.RequestAborted.IsCancellationRequested)
        {
            await GraphQLErrorResponse.WriteAsync(http, StatusCodes.Status503ServiceUnavailable, MediaTypes.Json, ErrorCodes.Timeout,
                $"The evidence map took longer than {options.Value.QueryTimeoutSeconds:0.###} s and was stopped; narrow the filters.");
            return;
        }
        var name = $"evidence-map-{http.Request.Query["rows"].ToString().ToLowerInvariant()}-by-{http.Request.Query["columns"].ToString().ToLowerInvariant()}.csv";
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"{name}\"";
        http.Response.ContentType = "text/csv; charset=utf-8";
        await http.Response.WriteAsync(EvidenceMapCsv.Write(map), http.RequestAborted);
    }

    private static async Task<EvidenceMapQuery> QueryAsync(IQueryCollection query, IGraphStore store, CancellationToken cancellationToken)
    {
        var rows = Axis(query["rows"], "rows", EvidenceMapAxes.Rows);
        var columns = Axis(query["columns"], "columns", EvidenceMapAxes.Columns);
        var input = new Dictionary<string, object?>
        {
            ["industries"] = Value(query["industries"])?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Cast<object?>().ToList(),
            ["jurisdiction"] = Value(query["jurisdiction"]),
            ["outcomeCategory"] = OneOf(Value(query["outcomeCategory"]), "outcomeCategory", GraphSchema.Enums["OutcomeCategory"]),
            ["minEvidence"] = OneOf(Value(query["minEvidence"]), "minEvidence", GraphSchema.Enums["EvidenceStrength"]),
            ["findingKinds"] = AllOf(Value(query["findingKinds"]), "findingKinds", GraphSchema.Enums["FindingKind"]),
            ["designs"] = AllOf(Value(query["designs"]), "designs", GraphSchema.Enums["EvidenceKind"]),
            ["since"] = Value(query["since"]) is { } since
                ? int.TryParse(since, NumberStyles.None, CultureInfo.InvariantCulture, out var year) ? year : throw BadInput("'since' must be a year.")
                : null,
        };
        return new EvidenceMapQuery(rows, columns, await EvidenceFilters.BuildAsync(input, store, cancellationToken));
    }

    private static MapAxis Axis(StringValues value, string name, IReadOnlyList<KeyValuePair<string, MapAxis>> allowed) =>
        allowed.FirstOrDefault(a => a.Key.Equals(value.ToString(), StringComparison.OrdinalIgnoreCase)) is { Key: not null } axis
            ? axis.Value
            : throw BadInput($"'{name}' must be one of {string.Join(", ", allowed.Select(a => a.Key))}.");

    private static List<object?>? AllOf(string? value, string name, IReadOnlyList<string> allowed) =>
        value?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(v => (object?)(OneOf(v, name, allowed) ?? v)).ToList();

    private static string? OneOf(string? value, string name, IEnumerable<string> allowed) =>
        value is null || allowed.Contains(value) ? value : throw BadInput($"'{name}' must be one of {string.Join(", ", allowed)}.");

    private static GraphError BadInput(string message) => new(ErrorCodes.BadUserInput, message);

    private static string? Value(StringValues value) => string.IsNullOrWhiteSpace(value) ? null : value.ToString();
}
