using GraphQL.Transport;
using KnowledgeGraph.Api.GraphQL;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Http.PersistedOperations;

/// <summary>
/// Turns a request that names its document (<c>documentId</c>, or Apollo's <c>extensions.persistedQuery.sha256Hash</c>)
/// into one that carries it, and decides whether a request that carries its document may run it: the protocol side of
/// trusted documents and automatic persisted queries. Storing an automatic document waits until it ran (<see cref="RememberAsync"/>).
/// </summary>
public sealed class PersistedDocuments(IOptions<PersistedOperationsOptions> options, TrustedDocuments trusted, AutomaticDocumentStore automatic)
{
    /// <summary>The message Apollo's persisted-query link recognises, besides the code.</summary>
    public const string NotFoundMessage = "PersistedQueryNotFound";

    public const string NotSupportedMessage = "PersistedQueryNotSupported";

    private PersistedOperationsOptions Options => options.Value;

    /// <summary>The request to run (with its document), the hash to store the document under once it ran, or the refusal.</summary>
    public async Task<(GraphQLRequest? Request, string? Register, RequestRefusal? Refusal)> ResolveAsync(GraphQLRequest request, CancellationToken cancellationToken)
    {
        var (hash, problem) = PersistedQueryExtension.Read(request.Extensions);
        if (problem is not null)
        {
            return (null, null, RequestRefusal.BadRequest(problem));
        }
        var manifest = trusted.Manifest;
        var hasQuery = !string.IsNullOrEmpty(request.Query);
        if (request.DocumentId is { } documentId)
        {
            if (hasQuery)
            {
                return (null, null, RequestRefusal.BadRequest("Send either 'documentId' or 'query', not both."));
            }
            return await FindAsync(request, documentId, apollo: false, cancellationToken);
        }
        if (hash is null)
        {
            return Options.TrustedOnly && hasQuery && !manifest.Contains(request.Query!)
                ? (null, null, NotTrusted)
                : (request, null, null);
        }
        if (!hasQuery)
        {
            return await FindAsync(request, hash, apollo: true, cancellationToken);
        }
        if (TrustedManifest.Sha256(request.Query!) != hash)
        {
            return (null, null, new RequestRefusal(StatusCodes.Status400BadRequest, ErrorCodes.PersistedQueryHashMismatch,
                "extensions.persistedQuery.sha256Hash is not the SHA-256 (lowercase hex) of the UTF-8 'query' text."));
        }
        if (manifest.Find(hash) is not null)
        {
            return (request, null, null);
        }
        if (Options.TrustedOnly)
        {
            return (null, null, NotTrusted);
        }
        return (request, Options.Automatic ? hash : null, null);
    }

    /// <summary>Keeps an automatic document that ran, for the hash-only requests that follow.</summary>
    public Task RememberAsync(string hash, string document, CancellationToken cancellationToken) =>
        automatic.StoreAsync(hash, document, cancellationToken);

    private async Task<(GraphQLRequest?, string?, RequestRefusal?)> FindAsync(
        GraphQLRequest request, string id, bool apollo, CancellationToken cancellationToken)
    {
        var document = trusted.Manifest.Find(id);
        var normalized = TrustedManifest.Normalize(id);
        if (document is null && Options.Automatic && !Options.TrustedOnly && normalized.Length == 64)
        {
            document = await automatic.FindAsync(normalized, cancellationToken);
        }
        if (document is not null)
        {
            return (new GraphQLRequest
            {
                Query = document,
                OperationName = request.OperationName,
                Variables = request.Variables,
                Extensions = request.Extensions,
            }, null, null);
        }
        if (apollo && !Options.Automatic && trusted.Manifest.IsEmpty)
        {
            // Apollo's link stops hashing for good on this answer and sends whole documents from then on.
            return (null, null, new RequestRefusal(StatusCodes.Status400BadRequest, ErrorCodes.PersistedQueryNotSupported, NotSupportedMessage));
        }
        return (null, null, new RequestRefusal(StatusCodes.Status404NotFound, ErrorCodes.PersistedQueryNotFound, NotFoundMessage, NoStore: true));
    }

    private static RequestRefusal NotTrusted => new(StatusCodes.Status403Forbidden, ErrorCodes.OperationNotTrusted,
        "This server runs only the trusted documents of its manifest; send the 'documentId' your client tooling generated.");
}
