using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Stores;

namespace KnowledgeGraph.Benchmarks.Synthetic;

/// <summary>What a load wrote and how long it took.</summary>
public sealed record SyntheticLoad(long Nodes, long Edges, int Batches, TimeSpan Elapsed);

/// <summary>
/// A deterministic synthetic knowledge graph with the seed graph's label mix and degree shape, scaled to a target
/// edge count. Entity labels (organizations, people, interventions, findings, sources) grow with the edge count;
/// vocabulary labels (tactics, levers, jurisdictions, outcomes) grow more slowly and industries stay at 10–50, as
/// a real graph's taxonomies would. Each relationship type keeps its share of the seed's edges; targets are drawn
/// power-law (index 0 of a label is its biggest hub), out-degrees from a heavy-tailed per-entity activity.
/// The same seed gives the same graph, batch for batch.
/// </summary>
public sealed class SyntheticGraph
{
    /// <summary>Bump when the output changes, so cached databases built by an older generator are not reused.</summary>
    public const int GeneratorVersion = 1;
    public const int DefaultSeed = 20171015;
    public const int DefaultChunkSize = 20_000;

    private const double SeedEdges = 1140;

    private static readonly Dictionary<string, int> SeedNodes = new()
    {
        [GraphSchema.Industry] = 10,
        [GraphSchema.Organization] = 61,
        [GraphSchema.Person] = 20,
        [GraphSchema.Tactic] = 27,
        [GraphSchema.PolicyLever] = 31,
        [GraphSchema.Jurisdiction] = 16,
        [GraphSchema.Intervention] = 63,
        [GraphSchema.Finding] = 83,
        [GraphSchema.Outcome] = 13,
        [GraphSchema.Source] = 149,
    };

    // How concentrated the links into each label are; fitted loosely to the seed (jurisdiction:us, outcome:policy_adoption
    // and industry:cross_industry hold a third or more of their links).
    private static readonly Dictionary<string, double> HubExponents = new()
    {
        [GraphSchema.Industry] = 1.0,
        [GraphSchema.Jurisdiction] = 1.1,
        [GraphSchema.Outcome] = 1.1,
        [GraphSchema.Tactic] = 0.8,
        [GraphSchema.PolicyLever] = 0.8,
        [GraphSchema.Organization] = 0.8,
        [GraphSchema.Source] = 0.7,
    };

    /// <summary>One relationship type leaving a label, with its edge count in the seed and the minimum per node.</summary>
    private sealed record Link(string Type, string To, int SeedCount, int Min = 0);

    // Edge counts by (type, from label, to label) in seed-data/relationships.json.
    private static readonly Dictionary<string, Link[]> LinksFrom = new()
    {
        [GraphSchema.Tactic] = [new("CITES", GraphSchema.Source, 10)],
        [GraphSchema.PolicyLever] = [new("ENACTED_IN", GraphSchema.Jurisdiction, 40), new("CITES", GraphSchema.Source, 31)],
        [GraphSchema.Organization] =
        [
            new("OPERATES_IN", GraphSchema.Industry, 64, 1), new("USES", GraphSchema.Tactic, 53), new("ADVOCATES_FOR", GraphSchema.PolicyLever, 34),
            new("PARTNERS_WITH", GraphSchema.Organization, 23), new("CITES", GraphSchema.Source, 66),
        ],
        [GraphSchema.Person] = [new("FOUNDED", GraphSchema.Organization, 11), new("LEADS", GraphSchema.Organization, 10), new("CITES", GraphSchema.Source, 24)],
        [GraphSchema.Intervention] =
        [
            new("APPLIES", GraphSchema.PolicyLever, 66), new("APPLIES", GraphSchema.Tactic, 50), new("IN_INDUSTRY", GraphSchema.Industry, 74, 1),
            new("IN_JURISDICTION", GraphSchema.Jurisdiction, 70), new("LED_BY", GraphSchema.Organization, 83, 1), new("CITES", GraphSchema.Source, 119),
        ],
        [GraphSchema.Finding] = [new("CITES", GraphSchema.Source, 139, 1), new("ON_OUTCOME", GraphSchema.Outcome, 90, 1)],
    };

    private const int HasFindingSeedCount = 83;

    private readonly int _seed;
    private readonly int _chunkSize;
    private readonly double _scale;
    private readonly Dictionary<string, int> _counts;

    public SyntheticGraph(int targetEdges, int seed = DefaultSeed, int chunkSize = DefaultChunkSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(targetEdges, 100);
        ArgumentOutOfRangeException.ThrowIfLessThan(chunkSize, 100);
        TargetEdges = targetEdges;
        _seed = seed;
        _chunkSize = chunkSize;
        _scale = targetEdges / SeedEdges;
        var vocabulary = Math.Pow(_scale, 0.4);
        _counts = SeedNodes.ToDictionary(p => p.Key, p => Math.Max(3, (int)Math.Round(p.Value * _scale)));
        foreach (var label in new[] { GraphSchema.Tactic, GraphSchema.PolicyLever, GraphSchema.Jurisdiction, GraphSchema.Outcome })
        {
            _counts[label] = Math.Max(SeedNodes[label] / 2, (int)Math.Round(SeedNodes[label] * vocabulary));
        }
        _counts[GraphSchema.Industry] = Math.Clamp((int)Math.Round(12 * Math.Pow(targetEdges / 10_000.0, 0.3)), 10, 50);
    }

    public int TargetEdges { get; }

    /// <summary>Nodes per label; the Finding count is an expectation (interventions draw how many findings they have).</summary>
    public IReadOnlyDictionary<string, int> PlannedNodes => _counts;

    /// <summary>The id of the <paramref name="index"/>-th node of a label; index 0 is the label's biggest hub.</summary>
    public static string IdOf(string label, int index) =>
        GraphSchema.Label(label).IdPrefix + "syn_" + index.ToString("D6", CultureInfo.InvariantCulture);

    /// <summary>The graph in batches of about the chunk size; every batch only refers to nodes in it or before it.</summary>
    public IEnumerable<GraphBatch> Batches()
    {
        var random = new Random(_seed);
        var samplers = HubExponents.ToDictionary(p => p.Key, p => new ZipfSampler(_counts[p.Key], p.Value));
        var chunk = new Chunk(_chunkSize);
        var findings = 0;
        (string Label, Action<int> Emit)[] phases =
        [
            (GraphSchema.Source, i => chunk.Add(SyntheticNodes.Source(random, i))),
            (GraphSchema.Industry, i => chunk.Add(SyntheticNodes.Industry(random, i))),
            (GraphSchema.Jurisdiction, i => chunk.Add(SyntheticNodes.Jurisdiction(random, i))),
            (GraphSchema.Outcome, i => chunk.Add(SyntheticNodes.Outcome(random, i))),
            (GraphSchema.Tactic, i => EmitWithLinks(SyntheticNodes.Tactic(random, i), i)),
            (GraphSchema.PolicyLever, i => EmitWithLinks(SyntheticNodes.PolicyLever(random, i), i)),
            (GraphSchema.Organization, i => EmitWithLinks(SyntheticNodes.Organization(random, i), i)),
            (GraphSchema.Person, i => EmitWithLinks(SyntheticNodes.Person(random, i), i)),
            (GraphSchema.Intervention, EmitIntervention),
        ];
        foreach (var (label, emit) in phases)
        {
            for (var i = 0; i < _counts[label]; i++)
            {
                emit(i);
                // Only between entities: a finding and the CITES edge it must have always travel together.
                if (chunk.IsFull)
                {
                    yield return chunk.Take();
                }
            }
        }
        if (!chunk.IsEmpty)
        {
            yield return chunk.Take();
        }

        void EmitWithLinks(NodeInput node, int index, double? activity = null)
        {
            chunk.Add(node);
            var factor = activity ?? Draw.Activity(random);
            foreach (var link in LinksFrom[node.Label])
            {
                var mean = link.SeedCount * _scale / _counts[node.Label];
                var count = link.Min + Draw.Poisson(random, Math.Max(0, mean - link.Min) * factor);
                // Partnerships point back to earlier organizations only, so both ends are always written first.
                var limit = link.To == node.Label ? index : int.MaxValue;
                if (limit == 0)
                {
                    continue;
                }
                foreach (var target in samplers[link.To].Distinct(random, count, limit))
                {
                    chunk.Add(new EdgeInput(link.Type, node.Id, IdOf(link.To, target), SyntheticNodes.EdgeProps(random, link.Type)));
                }
            }
        }

        void EmitIntervention(int index)
        {
            var activity = Draw.Activity(random);
            var intervention = SyntheticNodes.Intervention(random, index);
            EmitWithLinks(intervention, index, activity);
            var startYear = intervention.Props["startYear"]?.GetValue<int>();
            var mean = HasFindingSeedCount * _scale / _counts[GraphSchema.Intervention];
            for (var f = Draw.Poisson(random, mean * activity); f > 0; f--)
            {
                var finding = SyntheticNodes.Finding(random, findings++, startYear);
                EmitWithLinks(finding, findings - 1);
                chunk.Add(new EdgeInput("HAS_FINDING", intervention.Id, finding.Id, new JsonObject()));
            }
        }
    }

    /// <summary>Writes the graph through <see cref="GraphStoreExtensions.UpsertAsync"/>, one transaction per batch.</summary>
    public async Task<SyntheticLoad> LoadAsync(IGraphStore store, string actor = "generator", Action<SyntheticLoad>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var started = Stopwatch.GetTimestamp();
        long nodes = 0, edges = 0;
        var batches = 0;
        foreach (var batch in Batches())
        {
            var result = await store.UpsertAsync(batch, actor, cancellationToken);
            nodes += result.NodesWritten;
            edges += result.EdgesWritten;
            batches++;
            progress?.Invoke(new SyntheticLoad(nodes, edges, batches, Stopwatch.GetElapsedTime(started)));
        }
        return new SyntheticLoad(nodes, edges, batches, Stopwatch.GetElapsedTime(started));
    }

    /// <summary>Collects nodes and edges until the chunk size is reached.</summary>
    private sealed class Chunk(int size)
    {
        private List<NodeInput> _nodes = [];
        private List<EdgeInput> _edges = [];

        public bool IsFull => _nodes.Count + _edges.Count >= size;
        public bool IsEmpty => _nodes.Count + _edges.Count == 0;

        public void Add(NodeInput node) => _nodes.Add(node);
        public void Add(EdgeInput edge) => _edges.Add(edge);

        public GraphBatch Take()
        {
            var batch = new GraphBatch(_nodes, _edges);
            _nodes = [];
            _edges = [];
            return batch;
        }
    }
}
