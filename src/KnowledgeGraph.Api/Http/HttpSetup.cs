using KnowledgeGraph.Api.Auth;
using KnowledgeGraph.Api.GraphQL.Schema;
using KnowledgeGraph.Api.Http.Batching;
using KnowledgeGraph.Api.Http.PersistedOperations;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Http;

/// <summary>The HTTP surface: the GraphQL endpoint (with GraphiQL for browsers), the printed schema and the CSV download.</summary>
public static class HttpSetup
{
    public static IHostApplicationBuilder AddKnowledgeGraphHttp(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<GraphQLHttpOptions>().BindConfiguration(GraphQLHttpOptions.Section).ValidateDataAnnotations().ValidateOnStart()
            .PostConfigure(options => options.GraphiQL ??= builder.Environment.IsDevelopment());
        builder.AddKnowledgeGraphSecurityHeaders();
        builder.Services.AddOptions<BatchOptions>().BindConfiguration(BatchOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.AddKnowledgeGraphPersistedOperations();
        builder.AddKnowledgeGraphCors();
        builder.AddKnowledgeGraphCompression();
        builder.Services.AddSingleton<GraphQLRequestReader>();
        builder.Services.AddSingleton<GraphQLRequestRunner>();
        builder.Services.AddSingleton<GraphQLBatch>();
        builder.Services.AddSingleton<GraphQLHttpEndpoint>();
        builder.AddKnowledgeGraphLiveTransports();
        return builder;
    }

    public static IEndpointRouteBuilder MapKnowledgeGraphApi(this IEndpointRouteBuilder app, string path)
    {
        var graphiQL = app.ServiceProvider.GetRequiredService<IOptions<GraphQLHttpOptions>>().Value.GraphiQL == true;
        if (graphiQL)
        {
            app.MapGraphiQL();
        }
        if (app.ServiceProvider.GetRequiredService<IOptions<GraphQLHttpOptions>>().Value.Explorer)
        {
            app.MapExplorer();
        }
        app.MapGet($"{path}/schema.graphql", (KnowledgeGraphSchema schema) => Results.Text(SchemaPrinter.Print(schema), "text/plain; charset=utf-8")).RequireReadPolicy();
        app.Map(path, (HttpContext http, GraphQLHttpEndpoint endpoint) =>
            LiveRoutes.TryHandle(http) ?? (graphiQL && GraphiQLAssets.WantsPage(http.Request) ? GraphiQLAssets.WriteAsync(http, "index.html") : endpoint.HandleAsync(http)))
            .AddEndpointFilter<HttpCaching>();
        app.MapKnowledgeGraphLive(path);
        app.MapEvidenceMapCsv();
        return app;
    }
}
