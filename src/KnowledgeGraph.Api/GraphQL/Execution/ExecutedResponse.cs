namespace KnowledgeGraph.Api.GraphQL.Execution;

/// <summary>A serialized GraphQL result, with what the HTTP status and the cache need to know about it.</summary>
/// <param name="Executed">False when the document was refused before execution (parse, validation, variables).</param>
/// <param name="Status">An HTTP status the result demands whatever the media type (503 after a timeout, 429 over budget).</param>
/// <param name="RetryAfter">When to try again, sent as <c>Retry-After</c> with such a status.</param>
public sealed record ExecutedResponse(string Body, bool Executed, bool HasErrors, int? Status = null, TimeSpan? RetryAfter = null)
{
    /// <summary>Only complete, error-free results are worth sharing with later callers.</summary>
    public bool Cacheable => Executed && !HasErrors && Status is null;

    /// <summary>A body read back from the cache: it was cached, so it executed without errors.</summary>
    public static ExecutedResponse FromCache(string body) => new(body, Executed: true, HasErrors: false);
}
