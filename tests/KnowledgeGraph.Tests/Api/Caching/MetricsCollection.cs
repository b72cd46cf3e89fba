namespace KnowledgeGraph.Tests.Api.Caching;

/// <summary>
/// Metrics listeners are process-wide, so this runs alone: other hosts' requests would otherwise count too.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MetricsCollection
{
    public const string Name = "Metrics (alone)";
}
