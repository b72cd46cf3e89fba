using System.ComponentModel.DataAnnotations;

namespace KnowledgeGraph.Api.Http.Batching;

/// <summary>Batches: a POST body that is a JSON array of GraphQL requests, as Apollo's BatchHttpLink sends them.</summary>
public sealed class BatchOptions
{
    public const string Section = "Http";

    /// <summary>Most requests one array may hold; each still pays the request and cost budgets as if sent alone.</summary>
    [Range(1, 100)]
    public int MaxBatchSize { get; set; } = 10;
}
