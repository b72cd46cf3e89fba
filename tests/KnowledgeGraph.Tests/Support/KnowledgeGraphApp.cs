using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using KnowledgeGraph.Api.Caching;
using KnowledgeGraph.Core.Stores;
using KnowledgeGraph.Core.Stores.Sql;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace KnowledgeGraph.Tests.Support;

/// <summary>
/// The real API host on its own SQLite file (seeded from seed-data/ at start), with the store wrapped in a call
/// counter. Read-only test classes share one; a test that writes creates its own.
/// </summary>
public class KnowledgeGraphApp : WebApplicationFactory<Program>
{
    private readonly TempDirectory _directory = new();

    public string DatabasePath => Path.Combine(_directory.Path, "knowledge-graph.db");

    public string Environment { get; init; } = "Development";

    /// <summary>Configuration for this host; suites send hundreds of requests as one client, so the rate limits start out of reach (remove them to test the production budgets).</summary>
    public Dictionary<string, string?> Settings { get; } = new()
    {
        ["RateLimit:RequestsPerSecond"] = "1000000",
        ["RateLimit:RequestBurst"] = "1000000",
        ["RateLimit:CostPerSecond"] = "1000000000",
        ["RateLimit:CostBurst"] = "1000000000",
        ["Warmup:Enabled"] = "false",   // hundreds of hosts would each spend seconds warming up, and their reads would show in the call counts
    };

    /// <summary>Services a test adds to the host, such as a log sink.</summary>
    public Action<IServiceCollection>? ExtraServices { get; init; }

    public CountingGraphStore Store => Services.GetRequiredService<CountingGraphStore>();

    protected override IHost CreateHost(IHostBuilder builder)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Store:SqlitePath"] = DatabasePath,
            ["Store:SeedDirectory"] = RepoPaths.SeedData,
            ["Serilog:MinimumLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in Settings)
        {
            settings[key] = value;
        }
        builder.ConfigureHostConfiguration(config => config.AddInMemoryCollection(settings));
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<IGraphStore>();
            services.RemoveAll<IGraphAnalyses>();
            services.AddSingleton(sp => new CountingGraphStore(sp.GetRequiredService<SqlGraphStore>(), sp.GetRequiredService<SqlGraphStore>()));
            // Writes go through the version memory as in the server (the counter sits below it, so a cache hit shows no call).
            services.AddSingleton<IGraphStore>(sp => VersionedGraphStore.Over(sp.GetRequiredService<CountingGraphStore>(), sp));
            services.AddSingleton(sp => sp.GetRequiredService<CountingGraphStore>().Analyses);
            ExtraServices?.Invoke(services);
        });
        return base.CreateHost(builder);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder) => builder.UseEnvironment(Environment);

    /// <summary>POSTs a GraphQL request (with a bearer credential when given) and returns the raw response.</summary>
    public async Task<HttpResponseMessage> PostAsync(
        string query, object? variables = null, string? accept = "application/graphql-response+json", string? bearer = null,
        CancellationToken cancellationToken = default)
    {
        var client = CreateClient();
        var body = JsonSerializer.Serialize(new { query, variables });
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (accept is not null)
        {
            request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse(accept));
        }
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }
        return await client.SendAsync(request, cancellationToken);
    }

    /// <summary>Runs a query that must succeed and returns its <c>data</c>.</summary>
    public async Task<JsonNode> QueryAsync(string query, object? variables = null)
    {
        var response = await PostAsync(query, variables);
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.True(response.IsSuccessStatusCode && json["errors"] is null, $"Expected success, got {(int)response.StatusCode}: {json.ToJsonString()}");
        return json["data"]!;
    }

    /// <summary>Runs a request expected to fail and returns its <c>errors</c>.</summary>
    public async Task<(int Status, JsonArray Errors, JsonNode? Data)> QueryErrorsAsync(string query, object? variables = null)
    {
        var response = await PostAsync(query, variables);
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.True(json["errors"] is JsonArray { Count: > 0 }, $"Expected errors, got {json.ToJsonString()}");
        return ((int)response.StatusCode, json["errors"]!.AsArray(), json["data"]);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            _directory.Dispose();
        }
    }
}
