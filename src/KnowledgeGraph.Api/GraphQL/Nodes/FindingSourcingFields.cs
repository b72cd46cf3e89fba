using GraphQL.DataLoader;
using GraphQL.Types;
using KnowledgeGraph.Api.GraphQL.Nodes.Loaders;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Stores;

namespace KnowledgeGraph.Api.GraphQL.Nodes;

/// <summary>
/// A finding's <c>sourcing</c> and <c>sourcingNote</c>: computed by <see cref="Sourcing.Of"/> from the sources it cites,
/// read through the request's relationship loader, so every analysis that lists findings shows them in one batched call.
/// </summary>
public static class FindingSourcingFields
{
    public static void AddTo(ObjectGraphType<Node> finding)
    {
        finding.Field<NonNullGraphType<SourcingLevelGraphType>>("sourcing")
            .Description("How well it is sourced, from the type and primary flag of the sources it cites: PRIMARY_INDEPENDENT, or weakly sourced (SECONDARY_ONLY, SELF_PUBLISHED_ONLY), or UNRATED. Never changes a score.")
            .Resolve(c => Of(c.Loaders(), c.Source).Then(s => s.Level));
        finding.Field<StringGraphType>("sourcingNote")
            .Description("Why it is not backed by an independent primary source, in words; null when it is.")
            .Resolve(c => Of(c.Loaders(), c.Source).Then(s => s.Note));
    }

    private static IDataLoaderResult<FindingSourcing> Of(GraphLoaders loaders, Node finding) =>
        loaders.Neighbors(new NeighborKey(finding.Id, RelationshipTypes.Cites, Direction.Out))
            .Then(list => Sourcing.Of(list.Where(n => n.Node.Label == GraphSchema.Source).Select(n => SourceRating.Of(n.Node.Props)).ToList()));
}

public sealed class SourcingLevelGraphType : EnumerationGraphType
{
    public SourcingLevelGraphType()
    {
        Name = "SourcingLevel";
        Description = "How well a finding is sourced, from the sources it cites (docs/scoring.md). SECONDARY_ONLY and SELF_PUBLISHED_ONLY findings are weakly sourced.";
        foreach (var level in SourcingLevels.All)
        {
            Add(level, level, EnumDescriptions.Of("SourcingLevel", level));
        }
    }
}
