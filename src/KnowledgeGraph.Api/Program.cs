using KnowledgeGraph.Api.Auth;
using KnowledgeGraph.Api.Caching;
using KnowledgeGraph.Api.Cli;
using KnowledgeGraph.Api.GraphQL.Schema;
using KnowledgeGraph.Api.Hosting;
using KnowledgeGraph.Api.Http;
using KnowledgeGraph.Api.RateLimiting;
using KnowledgeGraph.Api.Store;

if (await CommandLine.TryRunAsync(args) is { } exitCode)
{
    return exitCode;   // a command-line verb such as import or export ran instead of the server
}

var builder = WebApplication.CreateBuilder(args);
builder.AddKnowledgeGraphLogging();    // Serilog, one structured line per request
builder.AddKnowledgeGraphStore();      // SQLite, migrations, seed graph on first start
builder.AddKnowledgeGraphCache();      // HybridCache, Redis as the shared second level when configured
builder.AddKnowledgeGraphAuth();       // API keys and JWTs mapped to reader, curator, admin; the read policy
builder.AddKnowledgeGraphApi();        // GraphQL.NET schema, loaders, limits, error codes
builder.AddKnowledgeGraphRateLimits(); // per-client request and query-cost budgets
builder.AddKnowledgeGraphHttp();       // GraphQL over HTTP, GraphiQL, the CSV download
builder.AddKnowledgeGraphHealth();     // /health/live, /health/ready (store, Redis)
builder.AddKnowledgeGraphMetrics();    // /metrics
builder.AddKnowledgeGraphTracing();    // OpenTelemetry spans over OTLP when a collector is configured

var app = builder.Build();
app.UseKnowledgeGraphSecurityHeaders();
app.UseKnowledgeGraphRequestLogging();
app.UseKnowledgeGraphErrorHandling();   // an unhandled exception answers INTERNAL and a correlation id, never its detail
app.UseKnowledgeGraphCors();           // before auth and rate limits: a preflight is answered, never refused
app.UseKnowledgeGraphCompression();    // Brotli or gzip for JSON, CSV and text
app.UseKnowledgeGraphAuthentication();   // API keys and JWTs, for the requests that send an Authorization header
app.UseRateLimiter();
app.UseWebSockets();               // GraphQL over WebSocket (graphql-ws) at /graphql
app.MapKnowledgeGraphApi("/graphql");
app.MapKnowledgeGraphHealth();
app.MapKnowledgeGraphMetrics();
app.Run();
return 0;
