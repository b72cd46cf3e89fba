using KnowledgeGraph.Api;
using KnowledgeGraph.Api.Auth;
using KnowledgeGraph.Api.Caching;
using KnowledgeGraph.Api.Cli;
using KnowledgeGraph.Api.GraphQL;
using KnowledgeGraph.Api.Http;
using KnowledgeGraph.Api.Store;

if (await CommandLine.TryRunAsync(args) is { } exitCode)
{
    return exitCode;   // a command-line verb such as import or export ran instead of the server
}

var builder = WebApplication.CreateBuilder(args);
builder.AddKnowledgeGraphLogging();   // Serilog, one structured line per request
builder.AddKnowledgeGraphStore();     // SQLite, migrations, seed graph on first start
builder.AddKnowledgeGraphCache();     // HybridCache, Redis as the shared second level when configured
builder.AddKnowledgeGraphAuth();      // API keys and JWTs mapped to reader, curator, admin
builder.AddKnowledgeGraphApi();       // GraphQL.NET schema, loaders, limits, error codes
builder.AddKnowledgeGraphHealth();     // /health/live, /health/ready (store, Redis), /metrics
builder.AddKnowledgeGraphMetrics();

var app = builder.Build();
app.UseKnowledgeGraphRequestLogging();
app.UseAuthentication();
app.MapKnowledgeGraphApi("/graphql");
app.MapEvidenceMapCsv();
app.MapKnowledgeGraphHealth();
app.Run();
return 0;
