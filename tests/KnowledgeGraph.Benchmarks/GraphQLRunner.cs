using GraphQL;
using GraphQL.Types;
using KnowledgeGraph.Api;
using KnowledgeGraph.Api.GraphQL.Schema;
using KnowledgeGraph.Core.Stores;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace KnowledgeGraph.Benchmarks;

/// <summary>
/// The API's real GraphQL executor in process: the services <c>AddKnowledgeGraphApi</c> registers, over a given store,
/// one DI scope per request (so loaders batch as they do behind HTTP). Only the HTTP transport is left out.
/// </summary>
public sealed class GraphQLRunner : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly IDocumentExecuter _executer;
    private readonly ISchema _schema;
    private readonly IGraphQLTextSerializer _serializer;

    public GraphQLRunner(IGraphStore store)
        : this(store, (IGraphAnalyses)store)
    {
    }

    public GraphQLRunner(IGraphStore store, IGraphAnalyses analyses)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = Environments.Production, Args = [] });
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(store);
        builder.Services.AddSingleton(analyses);
        builder.AddKnowledgeGraphApi();
        _app = builder.Build();
        _executer = _app.Services.GetRequiredService<IDocumentExecuter>();
        _schema = _app.Services.GetRequiredService<ISchema>();
        _serializer = _app.Services.GetRequiredService<IGraphQLTextSerializer>();
    }

    /// <summary>Executes a query and serializes the response, as the endpoint does; a response with errors throws.</summary>
    public Task<string> ExecuteAsync(string query) => ExecuteAsync(query, null, null);

    /// <summary>Executes a query with its operation name and variables (JSON), as a POST body carries them.</summary>
    public async Task<string> ExecuteAsync(string query, string? operationName, string? variablesJson)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var result = await _executer.ExecuteAsync(options =>
        {
            options.Schema = _schema;
            options.Query = query;
            options.Document = KnowledgeGraph.Api.GraphQL.Execution.DocumentParser.Parse(query).Document;   // the endpoint's parsed-document cache
            options.OperationName = operationName;
            options.Variables = variablesJson is null ? null : _serializer.Deserialize<Inputs>(variablesJson);
            options.RequestServices = scope.ServiceProvider;
            options.UserContext = new Dictionary<string, object?> { [KnowledgeGraph.Api.GraphQL.Execution.GraphQLExecution.CorrelationIdKey] = "benchmark" };
        });
        if (result.Errors is { Count: > 0 } errors)
        {
            throw new InvalidOperationException(errors[0].Message, errors[0].InnerException);
        }
        return _serializer.Serialize(result);
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
