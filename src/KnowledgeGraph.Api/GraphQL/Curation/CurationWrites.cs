using GraphQL;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Stores;
using KnowledgeGraph.Core.Writes;

namespace KnowledgeGraph.Api.GraphQL.Curation;

/// <summary>Store writes from mutations: refusals turned into coded errors, and the written node read back.</summary>
public static class CurationWrites
{
    /// <summary>Runs a store write, turning refusals into BAD_USER_INPUT (with every violation) or CONFLICT.</summary>
    public static async Task<WriteResult> ApplyAsync(IResolveFieldContext context, GraphChange change, string actor)
    {
        var store = context.RequestServices!.GetRequiredService<IGraphStore>();
        try
        {
            return await store.ApplyAsync(change, actor, context.CancellationToken);
        }
        catch (GraphValidationException e)
        {
            throw new GraphError(ErrorCodes.BadUserInput, e.Message, new Dictionary<string, object?>
            {
                ["violations"] = e.Violations.Select(v => new Dictionary<string, object?> { ["id"] = v.ElementId, ["rule"] = v.Rule, ["message"] = v.Message }).ToList(),
            });
        }
        catch (VersionConflictException e)
        {
            throw new GraphError(ErrorCodes.Conflict, e.Message, new Dictionary<string, object?>
            {
                ["id"] = e.Id,
                ["expectedVersion"] = e.Expected,
                ["actualVersion"] = e.Actual,
            });
        }
    }

    public static async Task<Node> ReloadAsync(IResolveFieldContext context, string id) =>
        (await context.RequestServices!.GetRequiredService<IGraphStore>().GetNodesAsync([id], context.CancellationToken)).Single();
}
