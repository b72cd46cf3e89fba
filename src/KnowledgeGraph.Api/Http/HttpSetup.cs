using KnowledgeGraph.Api.Auth;
using KnowledgeGraph.Api.GraphQL.Schema;

namespace KnowledgeGraph.Api.Http;

/// <summary>The HTTP surface: the GraphQL endpoint (with GraphiQL for browsers), the printed schema and the CSV download.</summary>
public static class HttpSetup
{
    public static IHostApplicationBuilder AddKnowledgeGraphHttp(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<GraphQLRequestReader>();
        builder.Services.AddSingleton<GraphQLHttpEndpoint>();
        return builder;
    }

    public static IEndpointRouteBuilder MapKnowledgeGraphApi(this IEndpointRouteBuilder app, string path)
    {
        app.MapGraphiQL();
        app.MapGet($"{path}/schema.graphql", (KnowledgeGraphSchema schema) => Results.Text(SchemaPrinter.Print(schema), "text/plain; charset=utf-8")).RequireReadPolicy();
        app.Map(path, (HttpContext http, GraphQLHttpEndpoint endpoint) =>
            GraphiQLAssets.WantsPage(http.Request) ? GraphiQLAssets.WriteAsync(http, "index.html") : endpoint.HandleAsync(http));
        app.MapEvidenceMapCsv();
        return app;
    }
}
