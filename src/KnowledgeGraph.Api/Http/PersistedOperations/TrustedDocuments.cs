using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQL.Validation.Errors;
using GraphQLParser.AST;
using KnowledgeGraph.Api.GraphQL.Execution;
using KnowledgeGraph.Api.GraphQL.Limits;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Http.PersistedOperations;

/// <summary>
/// The trusted manifest of this server (<see cref="PersistedOperationsOptions.TrustedManifest"/>), read and checked when the
/// host starts: an unreadable file, or a document that does not parse, exceeds the limits or does not validate against
/// the schema, stops the start with a message naming the document, rather than refusing clients later.
/// </summary>
public sealed class TrustedDocuments(IOptions<PersistedOperationsOptions> options, ISchema schema, DocumentLimits limits, IServiceProvider services) : IHostedService
{
    public TrustedManifest Manifest { get; private set; } = TrustedManifest.Empty;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.TrustedManifest is not { Length: > 0 } path)
        {
            return;
        }
        TrustedManifest manifest;
        try
        {
            manifest = TrustedManifest.Parse(await File.ReadAllTextAsync(path, cancellationToken));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Text.Json.JsonException or InvalidDataException)
        {
            throw new InvalidOperationException($"PersistedOperations:TrustedManifest '{path}' cannot be used: {e.Message}", e);
        }
        schema.Initialize();
        foreach (var document in manifest.Documents)
        {
            if (await ProblemAsync(document.Key, cancellationToken) is { } problem)
            {
                throw new InvalidOperationException(
                    $"PersistedOperations:TrustedManifest '{path}': the document '{document.First()}' is refused: {problem}");
            }
        }
        Manifest = manifest;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task<string?> ProblemAsync(string text, CancellationToken cancellationToken)
    {
        if (text.Length > GraphQLHttpEndpoint.MaxQueryLength)
        {
            return $"it is {text.Length} characters long; at most {GraphQLHttpEndpoint.MaxQueryLength} are allowed.";
        }
        var (document, parseError) = DocumentParser.Parse(text);
        if ((parseError ?? limits.Check(document!)) is { } refusal)
        {
            return refusal.Message;
        }
        foreach (var operation in document!.Definitions.OfType<GraphQLOperationDefinition>())
        {
            var result = await new DocumentValidator().ValidateAsync(new ValidationOptions
            {
                Schema = schema,
                Document = document,
                Operation = operation,
                Rules = DocumentValidator.CoreRules,
                UserContext = new Dictionary<string, object?>(),
                Variables = Inputs.Empty,
                Extensions = Inputs.Empty,
                RequestServices = services,
                CancellationToken = cancellationToken,
            });
            // The manifest holds no variable values: only the document itself is judged here.
            if (result.Errors.FirstOrDefault(e => e is not InvalidVariableError) is { } error)
            {
                return error.Message;
            }
        }
        return null;
    }
}
