using GraphQL;
using GraphQL.Types;
using KnowledgeGraph.Api.GraphQL.Nodes.Loaders;

namespace KnowledgeGraph.Api.GraphQL.Nodes;

/// <summary>Relay's <c>node</c> and <c>nodes</c>: any node by its global id; unknown ids are null, not errors.</summary>
[QueryFields]
public static class NodeQueries
{
    public const int MaxIds = 100;

    public static void AddTo(ObjectGraphType query)
    {
        query.Field<NodeInterface>("node")
            .Description("The node with this id, or null when there is none.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "A global id such as 'industry:hospitality_hotels_casinos'.")
            .Resolve(c => c.RequestServices!.GetRequiredService<GraphLoaders>().Node(c.GetArgument<string>("id")));

        query.Field<NonNullGraphType<ListGraphType<NodeInterface>>>("nodes")
            .Description($"The nodes with these ids, in the same order; null where an id is unknown. At most {MaxIds} ids.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids", "Global ids.")
            .Resolve(c =>
            {
                var ids = c.GetArgument<List<string>>("ids");
                if (ids.Count > MaxIds)
                {
                    throw new GraphError(ErrorCodes.BadUserInput, $"'ids' holds {ids.Count} ids; at most {MaxIds} are allowed.");
                }
                var loaders = c.RequestServices!.GetRequiredService<GraphLoaders>();
                return ids.Select(loaders.Node).ToList().WhenAll();
            });
    }
}
