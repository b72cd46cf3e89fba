using System.ComponentModel.DataAnnotations;

namespace KnowledgeGraph.Api.GraphQL.Schema;

/// <summary>The limits every GraphQL request runs under; docs/security.md lists them with their defaults.</summary>
public sealed class GraphQLOptions
{
    public const string Section = "GraphQL";

    /// <summary>
    /// Whether an unexpected resolver error carries its exception in <c>extensions.details</c>: off in every environment
    /// unless set (the Development launch profile sets it), since the details name code paths and data.
    /// </summary>
    public bool ExceptionDetails { get; set; }

    /// <summary>Deepest field nesting a query may use; introspection-only documents use <see cref="MaxIntrospectionDepth"/>.</summary>
    [Range(1, 100)]
    public int MaxDepth { get; set; } = 15;

    /// <summary>Highest estimated cost: the fields the response could hold (list sizes multiply) plus the analyses' weight.</summary>
    [Range(1, int.MaxValue)]
    public int MaxComplexity { get; set; } = 50_000;

    /// <summary>Most field selections in the operation once every fragment spread is expanded.</summary>
    [Range(1, 1_000_000)]
    public int MaxFieldSelections { get; set; } = 2_000;

    /// <summary>Most root fields (aliases included) in one operation.</summary>
    [Range(1, 10_000)]
    public int MaxRootFields { get; set; } = 30;

    /// <summary>Most analysis fields (paths, neighborhood, whatWorked, evidenceMap, ...) in one operation.</summary>
    [Range(1, 1_000)]
    public int MaxAnalysisFields { get; set; } = 5;

    /// <summary>Whether <c>__schema</c> and <c>__type</c> are answered; <c>__typename</c> always is.</summary>
    public bool Introspection { get; set; } = true;

    /// <summary>Deepest nesting of an introspection-only document (type references nest deeply).</summary>
    [Range(1, 100)]
    public int MaxIntrospectionDepth { get; set; } = 25;

    /// <summary>Highest estimated cost of an introspection-only document: a few full schema walks.</summary>
    [Range(1, int.MaxValue)]
    public int MaxIntrospectionComplexity { get; set; } = 250_000;

    /// <summary>Longest a query may run before it is stopped, store work included.</summary>
    [Range(0.01, 3600)]
    public double QueryTimeoutSeconds { get; set; } = 5;

    /// <summary>Longest a mutation may run before it is stopped (its writes then roll back).</summary>
    [Range(0.01, 3600)]
    public double MutationTimeoutSeconds { get; set; } = 30;

    /// <summary>Largest serialized response; a bigger result is replaced by an error.</summary>
    [Range(1_024, int.MaxValue)]
    public int MaxResponseBytes { get; set; } = 8 * 1024 * 1024;
}
