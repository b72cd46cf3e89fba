using System.ComponentModel;
using System.Text.Json.Serialization;
using KnowledgeGraph.Api.GraphQL.Limits;

namespace KnowledgeGraph.Api.GraphQL.Execution;

/// <summary>
/// A serialized GraphQL result, with what the HTTP status, the cache and the cost report need to know about it. The
/// response cache keeps it as it is (immutable, so its memory level shares one instance), its cost included, so a
/// cached answer reports the same cost as the execution that produced it.
/// </summary>
/// <param name="Executed">False when the document was refused before execution (parse, validation, variables).</param>
/// <param name="Status">An HTTP status the result demands whatever the media type (503 after a timeout, 429 over budget).</param>
/// <param name="RetryAfter">When to try again, sent as <c>Retry-After</c> with such a status.</param>
/// <param name="Cost">The operation's cost, when validation got as far as judging it; <see cref="CostReport"/> adds it to the body.</param>
[ImmutableObject(true)]
public sealed record ExecutedResponse(string Body, bool Executed, bool HasErrors, int? Status = null, TimeSpan? RetryAfter = null, QueryCost? Cost = null)
{
    /// <summary>
    /// What this request adds to <see cref="Body"/> in place of its closing brace (the cost report); never cached, and
    /// kept apart so that a cached body is not copied on every hit.
    /// </summary>
    [JsonIgnore]
    public string? Ending { get; init; }

    /// <summary>The response as it is sent: <see cref="Body"/> with <see cref="Ending"/>.</summary>
    [JsonIgnore]
    public ResponseText Text => new(Body, Ending);

    /// <summary>Only complete, error-free results are worth sharing with later callers.</summary>
    [JsonIgnore]
    public bool Cacheable => Executed && !HasErrors && Status is null;
}
