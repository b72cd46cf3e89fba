using KnowledgeGraph.Core.Analyses.WhatWorked;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Stores;

namespace KnowledgeGraph.Api.GraphQL.Analyses;

/// <summary>Which findings count: built and checked the same way for every analysis and for the CSV download.</summary>
public static class EvidenceFilters
{
    public const int MaxIndustries = 10;

    /// <summary>
    /// The filter from its input fields (industries, jurisdiction, outcomeCategory, minEvidence, since, findingKinds,
    /// designs), with at most
    /// <see cref="MaxIndustries"/> industries and every id checked to exist with the right label.
    /// </summary>
    public static async Task<EvidenceFilter> BuildAsync(IReadOnlyDictionary<string, object?> input, IGraphStore store, CancellationToken cancellationToken)
    {
        var filter = new EvidenceFilter
        {
            IndustryIds = (input.GetValueOrDefault("industries") as IEnumerable<object?>)?.OfType<string>().Distinct().ToList() ?? [],
            JurisdictionId = input.GetValueOrDefault("jurisdiction") as string,
            OutcomeCategory = input.GetValueOrDefault("outcomeCategory") as string,
            MinStrength = input.GetValueOrDefault("minEvidence") as string,
            Since = input.GetValueOrDefault("since") as int?,
            FindingKinds = Strings(input.GetValueOrDefault("findingKinds")),
            Designs = Strings(input.GetValueOrDefault("designs")),
        };
        if (filter.IndustryIds.Count > MaxIndustries)
        {
            throw new GraphError(ErrorCodes.BadUserInput, $"At most {MaxIndustries} industries can be given.");
        }
        await Args.RequireNodesAsync(store, filter.IndustryIds, GraphSchema.Industry, cancellationToken);
        await Args.RequireNodesAsync(store, [filter.JurisdictionId], GraphSchema.Jurisdiction, cancellationToken);
        return filter;
    }

    private static List<string> Strings(object? list) => (list as IEnumerable<object?>)?.OfType<string>().Distinct().ToList() ?? [];
}
