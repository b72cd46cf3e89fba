using KnowledgeGraph.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;

namespace KnowledgeGraph.Tests.Api.Hosting;

/// <summary>
/// The server's PostgreSQL connections get the store's defaults (statements prepared on reuse, no reset per returned
/// connection), as the store built by the command-line verbs does: without them each statement is parsed and planned
/// again and follows a DISCARD ALL.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresConnectionDefaultsTests(PostgresServer postgres) : IAsyncLifetime
{
    private readonly LogSink _sink = new();
    private CuratedApp _app = null!;

    public async Task InitializeAsync()
    {
        _app = new CuratedApp { Environment = "Production", ExtraServices = services => services.AddSingleton<ILogEventSink>(_sink) };
        _app.Settings["Store:Provider"] = "Postgres";
        _app.Settings["Store:Postgres"] = await postgres.CreateDatabaseAsync();
        _app.Settings["Cache:Enabled"] = "false";
        _app.Settings["Serilog:MinimumLevel:Override:Npgsql"] = "Debug";
        await _app.DataAsync("{ __typename }", null);
    }

    [Fact]
    public async Task The_servers_repeated_statements_are_prepared()
    {
        const string query = "{ industries(first: 2) { nodes { id organizations(first: 1) { nodes { id } } } } }";
        var first = await _app.DataAsync(query, null);
        for (var i = 0; i < 6; i++)
        {
            Assert.Equal(first.ToJsonString(), (await _app.DataAsync(query, null)).ToJsonString());
        }
        Assert.Equal(2, first["industries"]!["nodes"]!.AsArray().Count);
        Assert.Contains(_sink.Events, e => EventName(e) == "AutoPreparingStatement");
    }

    private static string? EventName(LogEvent logEvent) =>
        logEvent.Properties.TryGetValue("EventId", out var id) && id is StructureValue s
            ? s.Properties.FirstOrDefault(p => p.Name == "Name")?.Value is ScalarValue { Value: string name } ? name : null
            : null;

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }
}
