using System.Text.Json.Nodes;
using GraphQL;
using KnowledgeGraph.Api.Auth;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Stores;
using KnowledgeGraph.Core.Writes;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Api.GraphQL.Mutations;

/// <summary>What every write shares: the role check, the actor's name, and store refusals turned into coded errors.</summary>
public static class Curation
{
    /// <summary>UNAUTHENTICATED without credentials, FORBIDDEN when the role is too low.</summary>
    public static string RequireRole(IResolveFieldContext context, string role)
    {
        var user = context.User;
        if (user?.Identity?.IsAuthenticated != true)
        {
            throw new GraphError(ErrorCodes.Unauthenticated, $"'{context.FieldDefinition.Name}' needs the {role} role: send an API key or token as 'Authorization: Bearer ...'.");
        }
        if (!Roles.Has(user, role))
        {
            throw new GraphError(ErrorCodes.Forbidden, $"'{context.FieldDefinition.Name}' needs the {role} role, which '{user.Identity.Name}' does not have.");
        }
        return user.Identity.Name ?? "unknown";
    }

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

    /// <summary>GraphQL input values as JSON properties; nulls are left out (absent means unset).</summary>
    public static JsonObject ToProps(IReadOnlyDictionary<string, object?> input, IEnumerable<string> skip)
    {
        var props = new JsonObject();
        foreach (var (key, value) in input.Where(p => !skip.Contains(p.Key)))
        {
            if (ToJson(value) is { } json)
            {
                props[key] = json;
            }
        }
        return props;
    }

    public static JsonNode? ToJson(object? value) => value switch
    {
        null => null,
        string s => JsonValue.Create(s),
        int i => JsonValue.Create(i),
        long l => JsonValue.Create(l),
        bool b => JsonValue.Create(b),
        IEnumerable<object?> list => new JsonArray(list.Select(ToJson).ToArray()),
        _ => JsonValue.Create(value.ToString()),
    };
}
