using KnowledgeGraph.Benchmarks.Synthetic;
using KnowledgeGraph.Core.Analyses.EvidenceGapMap;
using KnowledgeGraph.Core.Analyses.Search;
using KnowledgeGraph.Core.Analyses.Stats;
using KnowledgeGraph.Core.Analyses.WhatWorked;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Stores;
using KnowledgeGraph.Core.Traversals;

namespace KnowledgeGraph.Benchmarks;

/// <summary>One timed operation: <see cref="Run"/> takes an input index below <see cref="Inputs"/>.</summary>
public sealed record Operation(string Name, int Inputs, Func<int, Task> Run);

/// <summary>The operations timed at every scale, with inputs sampled from the synthetic graph (hubs and ordinary nodes).</summary>
public static class Workload
{
    public const string Neighborhood = "neighborhood depth 2";
    public const string Paths = "paths <=4 hops (first 5)";
    public const string WhatWorked = "whatWorked (EvidenceAsync)";
    public const string EvidenceMap = "evidenceMap Tactic x Industry";
    public const string Transfer = "transferCandidates";
    public const string Search = "search";
    public const string Stats = "stats";
    public const string NestedStore = "nested 20 orgs (store)";
    public const string NestedGraphQL = "nested 20 orgs (GraphQL)";

    public const string NestedQuery = """
        { organizations(first: 20) { nodes { id name
            industries { nodes { id name } }
            tactics { nodes { id name } } } } }
        """;

    public static async Task<IReadOnlyList<Operation>> CreateAsync(IGraphStore store, GraphQLRunner? graphQL)
    {
        var counts = (await store.CountAsync()).NodesByLabel;
        var random = new Random(7);
        string Hub(string label, int rank = 0) => SyntheticGraph.IdOf(label, rank);
        // Ordinary nodes come from beyond the first tenth of a label, where the hubs are.
        string Ordinary(string label)
        {
            var count = (int)counts.GetValueOrDefault(label);
            return SyntheticGraph.IdOf(label, random.Next(count / 10, Math.Max(count, 1)));
        }

        string[] neighborhoodFrom =
        [
            Hub(GraphSchema.Organization), Hub(GraphSchema.Industry), Hub(GraphSchema.Jurisdiction),
            Ordinary(GraphSchema.Organization), Ordinary(GraphSchema.Organization), Ordinary(GraphSchema.Intervention),
            Ordinary(GraphSchema.Intervention), Ordinary(GraphSchema.Finding), Ordinary(GraphSchema.Finding), Ordinary(GraphSchema.Person),
        ];
        (string From, string To)[] pairs =
        [
            (Ordinary(GraphSchema.Organization), Ordinary(GraphSchema.Organization)),
            (Ordinary(GraphSchema.Intervention), Ordinary(GraphSchema.Industry)),
            (Ordinary(GraphSchema.Finding), Ordinary(GraphSchema.Jurisdiction)),
            (Ordinary(GraphSchema.Person), Ordinary(GraphSchema.Tactic)),
            (Ordinary(GraphSchema.Intervention), Ordinary(GraphSchema.Intervention)),
            (Hub(GraphSchema.Organization), Ordinary(GraphSchema.Finding)),
        ];
        string[] industries = [Hub(GraphSchema.Industry), Hub(GraphSchema.Industry, 1), Ordinary(GraphSchema.Industry), Ordinary(GraphSchema.Industry)];
        string[] words = ["harassment", "workers", "safety"];
        StatsFilter[] statsFilters = [new(), new() { IndustryId = industries[0] }, new() { IndustryId = industries[2], Since = 2017 }];

        var operations = new List<Operation>
        {
            new(Neighborhood, neighborhoodFrom.Length, i => ((IGraphAnalyses)store).NeighborhoodAsync(new NeighborhoodQuery(neighborhoodFrom[i], 2, [], 500))),
            new(Paths, pairs.Length, i => ((IGraphAnalyses)store).PathsAsync(new PathQuery(pairs[i].From, pairs[i].To, 4, [], 5))),
            new(WhatWorked, industries.Length, i => ((IGraphAnalyses)store).EvidenceAsync(new EvidenceFilter { IndustryIds = [industries[i]] })),
            new(EvidenceMap, 1, _ => ((IGraphAnalyses)store).EvidenceMapAsync(new EvidenceMapQuery(MapAxis.Tactic, MapAxis.Industry, new EvidenceFilter()))),
            new(Transfer, industries.Length, i => ((IGraphAnalyses)store).TransferCandidatesAsync(industries[i], 10)),
            new(Search, words.Length, i => ((IGraphAnalyses)store).SearchAsync(new SearchQuery(words[i], [], 20))),
            new(Stats, statsFilters.Length, i => ((IGraphAnalyses)store).StatsAsync(statsFilters[i])),
            new(NestedStore, 1, _ => NestedReadAsync(store)),
        };
        if (graphQL is not null)
        {
            operations.Add(new(NestedGraphQL, 1, _ => graphQL.ExecuteAsync(NestedQuery)));
        }
        return operations;
    }

    /// <summary>What the GraphQL layer does for the nested query: one page of parents, then one batched neighbor call.</summary>
    private static async Task NestedReadAsync(IGraphStore store)
    {
        var page = await store.ListNodesAsync(new NodeQuery(GraphSchema.Organization) { First = 20, IncludeTotalCount = false });
        if (page.Edges.Count == 0)
        {
            throw new InvalidOperationException("the organization page is empty");
        }
        var keys = page.Edges.SelectMany(e => new[]
        {
            new NeighborKey(e.Node.Id, "OPERATES_IN", Direction.Out),
            new NeighborKey(e.Node.Id, "USES", Direction.Out),
        }).ToList();
        await store.GetNeighborsAsync(keys);
    }
}
