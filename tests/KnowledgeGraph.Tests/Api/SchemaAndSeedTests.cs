using System.Text.Json.Nodes;
using KnowledgeGraph.Api.Store;
using KnowledgeGraph.Core.Seed;
using KnowledgeGraph.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;

namespace KnowledgeGraph.Tests.Api;

public sealed class SchemaFileTests(KnowledgeGraphApp app) : IClassFixture<KnowledgeGraphApp>
{
    [Fact]
    public async Task The_published_sdl_equals_the_schema_file()
    {
        var response = await app.CreateClient().GetAsync("/graphql/schema.graphql");
        response.EnsureSuccessStatusCode();
        var served = await response.Content.ReadAsStringAsync();
        Assert.Contains("type Intervention implements Node", served);
        var published = File.ReadAllText(RepoPaths.SchemaFile).ReplaceLineEndings("\n");
        // To publish a deliberate change: curl http://localhost:5080/graphql/schema.graphql > schema/knowledge-graph.graphql
        Assert.True(published == served, "schema/knowledge-graph.graphql differs from the SDL the server prints; publish the change.");
    }
}

public sealed class SeedLoadingTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    [Fact]
    public async Task The_first_start_loads_the_seed_graph_and_later_starts_change_nothing()
    {
        var settings = new Dictionary<string, string?> { ["Store:SqlitePath"] = Path.Combine(_directory.Path, "kg.db") };
        long version;
        int interventions;
        using (var first = new KnowledgeGraphApp())
        {
            foreach (var (k, v) in settings)
            {
                first.Settings[k] = v;
            }
            var data = await first.QueryAsync("{ interventions { totalCount } findings { totalCount } }");
            interventions = (int)data["interventions"]!["totalCount"]!;
            Assert.True(interventions >= 25);
            version = await first.Store.GetGraphVersionAsync();
            Assert.Equal(1, version);

            // Loading the same files again, directly, writes nothing and keeps the version.
            var again = await SeedFiles.LoadAsync(first.Store, RepoPaths.SeedData);
            Assert.Equal((0, 0, 1L), (again.NodesWritten, again.EdgesWritten, again.GraphVersion));
        }
        using var second = new KnowledgeGraphApp();
        foreach (var (k, v) in settings)
        {
            second.Settings[k] = v;
        }
        var after = await second.QueryAsync("{ interventions { totalCount } }");
        Assert.Equal(interventions, (int)after["interventions"]!["totalCount"]!);
        Assert.Equal(version, await second.Store.GetGraphVersionAsync());
    }

    [Fact]
    public void A_relative_seed_directory_is_found_from_a_subfolder_and_data_lands_beside_it()
    {
        var api = Path.Combine(RepoPaths.Root, "src", "KnowledgeGraph.Api");
        Assert.Equal(RepoPaths.SeedData, StoreSetup.FindSeedDirectory(api, "seed-data"));
        Assert.Equal(RepoPaths.Root, StoreSetup.InstallRoot(api, "seed-data"));
        Assert.Null(StoreSetup.FindSeedDirectory(_directory.Path, "no-such-seed-folder"));
    }

    public void Dispose() => _directory.Dispose();
}

/// <summary>One structured log line per request, with the operation name, status, duration and correlation id.</summary>
public sealed class RequestLoggingTests : IDisposable
{
    private readonly CollectingSink _sink = new();
    private readonly KnowledgeGraphApp _app;

    public RequestLoggingTests()
    {
        _app = new KnowledgeGraphApp { ExtraServices = s => s.AddSingleton<ILogEventSink>(_sink) };
        _app.Settings["Serilog:MinimumLevel:Override:Serilog.AspNetCore.RequestLoggingMiddleware"] = "Information";
    }

    [Fact]
    public async Task Each_request_logs_one_line_with_operation_status_duration_and_correlation_id()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("""{"query":"query CountThem { industries { totalCount } }"}""", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Correlation-Id", "log-test-1");
        var response = await _app.CreateClient().SendAsync(request);
        response.EnsureSuccessStatusCode();

        var line = Assert.Single(_sink.Events, e => e.Properties.TryGetValue("CorrelationId", out var id) && id.ToString() == "\"log-test-1\""
            && e.Properties.ContainsKey("Elapsed"));
        Assert.Equal("\"CountThem\"", line.Properties["OperationName"].ToString());
        Assert.Equal("200", line.Properties["StatusCode"].ToString());
    }

    public void Dispose() => _app.Dispose();

    private sealed class CollectingSink : ILogEventSink
    {
        private readonly List<LogEvent> _events = [];

        public IReadOnlyList<LogEvent> Events
        {
            get
            {
                lock (_events)
                {
                    return _events.ToList();
                }
            }
        }

        public void Emit(LogEvent logEvent)
        {
            lock (_events)
            {
                _events.Add(logEvent);
            }
        }
    }
}
