using GraphQL;

namespace KnowledgeGraph.Api.GraphQL;

/// <summary>An error raised on purpose, with its code.</summary>
public sealed class GraphError : ExecutionError
{
    public GraphError(string code, string message, IReadOnlyDictionary<string, object?>? details = null) : base(message)
    {
        Code = code;
        Details = details;
    }

    /// <summary>Extra fields for <c>extensions</c>, such as the violations of a refused write.</summary>
    public IReadOnlyDictionary<string, object?>? Details { get; }
}
