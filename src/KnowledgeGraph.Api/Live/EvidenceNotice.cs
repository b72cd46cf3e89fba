using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Stores;

namespace KnowledgeGraph.Api.Live;

/// <summary>Whether a finding is new or was changed (its properties, or the intervention it is linked to).</summary>
public enum EvidenceChangeKind
{
    /// <summary>The finding was created by this write.</summary>
    Added,

    /// <summary>An existing finding was updated or linked to an intervention.</summary>
    Changed,
}

/// <summary>
/// A finding a write added or changed, with the intervention it is about and where that intervention took place: the
/// industries, and the jurisdictions together with every jurisdiction they lie inside (PART_OF, at any depth), so a
/// subscription to a country hears of findings from its cities.
/// </summary>
public sealed record EvidenceNotice(
    long GraphVersion, EvidenceChangeKind Change, Node Finding, Node? Intervention, IReadOnlySet<string> Industries, IReadOnlySet<string> JurisdictionScope)
{
    /// <summary>Deepest PART_OF chain followed upwards (city, region, country, union, ...).</summary>
    public const int MaxJurisdictionNesting = 10;

    public bool Matches(string? industry, string? jurisdiction) =>
        (industry is null || Industries.Contains(industry)) && (jurisdiction is null || JurisdictionScope.Contains(jurisdiction));

    /// <summary>The findings a change names (written findings, and findings newly linked with HAS_FINDING), read from the store.</summary>
    public static async Task<IReadOnlyList<EvidenceNotice>> ReadAsync(GraphChangeNotice change, IGraphStore store, CancellationToken cancellationToken)
    {
        var ids = change.Nodes.Where(n => n.Label == GraphSchema.Finding && !n.Removed).Select(n => n.Id)
            .Concat(change.Relationships.Where(r => r.Type == RelationshipTypes.HasFinding).Select(r => r.TargetId))
            .Distinct().ToList();
        if (ids.Count == 0)
        {
            return [];
        }
        var findings = (await store.GetNodesAsync(ids, cancellationToken)).Where(n => n.Label == GraphSchema.Finding).ToList();
        var interventions = await store.GetNeighborsAsync(
            findings.Select(f => new NeighborKey(f.Id, RelationshipTypes.HasFinding, Direction.In)).ToList(), cancellationToken);
        var places = interventions.Count == 0 ? [] : await store.GetNeighborsAsync(interventions.Select(i => i.Node.Id).Distinct()
            .SelectMany(id => new[] { new NeighborKey(id, RelationshipTypes.InIndustry, Direction.Out), new NeighborKey(id, RelationshipTypes.InJurisdiction, Direction.Out) })
            .ToList(), cancellationToken);
        var enclosing = await EnclosingAsync(places.Where(p => p.Edge.Type == RelationshipTypes.InJurisdiction).Select(p => p.Node.Id), store, cancellationToken);
        var notices = new List<EvidenceNotice>();
        foreach (var finding in findings)
        {
            var kind = finding.Version <= 1 ? EvidenceChangeKind.Added : EvidenceChangeKind.Changed;
            var about = interventions.Where(i => i.AnchorId == finding.Id).Select(i => i.Node).ToList();
            if (about.Count == 0)
            {
                notices.Add(new EvidenceNotice(change.GraphVersion, kind, finding, null, new HashSet<string>(), new HashSet<string>()));
            }
            foreach (var intervention in about)
            {
                var of = places.Where(p => p.AnchorId == intervention.Id).ToList();
                var industries = of.Where(p => p.Edge.Type == RelationshipTypes.InIndustry).Select(p => p.Node.Id).ToHashSet();
                var scope = of.Where(p => p.Edge.Type == RelationshipTypes.InJurisdiction).SelectMany(p => enclosing[p.Node.Id]).ToHashSet();
                notices.Add(new EvidenceNotice(change.GraphVersion, kind, finding, intervention, industries, scope));
            }
        }
        return notices;
    }

    /// <summary>Each jurisdiction with itself and every jurisdiction it lies inside, one store call per level.</summary>
    private static async Task<Dictionary<string, HashSet<string>>> EnclosingAsync(IEnumerable<string> jurisdictions, IGraphStore store, CancellationToken cancellationToken)
    {
        var parents = new Dictionary<string, List<string>>();
        var frontier = jurisdictions.Distinct().ToList();
        var start = frontier.ToList();
        for (var level = 0; level < MaxJurisdictionNesting && frontier.Count > 0; level++)
        {
            var up = await store.GetNeighborsAsync(frontier.Select(j => new NeighborKey(j, RelationshipTypes.PartOf, Direction.Out)).ToList(), cancellationToken);
            foreach (var id in frontier)
            {
                parents[id] = up.Where(u => u.AnchorId == id).Select(u => u.Node.Id).ToList();
            }
            frontier = up.Select(u => u.Node.Id).Distinct().Where(id => !parents.ContainsKey(id)).ToList();
        }
        return start.ToDictionary(id => id, id =>
        {
            var seen = new HashSet<string> { id };
            var stack = new Stack<string>([id]);
            while (stack.TryPop(out var next))
            {
                foreach (var parent in parents.GetValueOrDefault(next) ?? [])
                {
                    if (seen.Add(parent))
                    {
                        stack.Push(parent);
                    }
                }
            }
            return seen;
        });
    }
}
