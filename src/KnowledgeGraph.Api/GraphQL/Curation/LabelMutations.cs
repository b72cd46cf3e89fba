using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using KnowledgeGraph.Api.Auth;
using KnowledgeGraph.Api.GraphQL.Nodes;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Stores;
using KnowledgeGraph.Core.Writes;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Api.GraphQL.Curation;

/// <summary>
/// create / update / delete per label, with input types built from the graph schema. Updates and deletes take the
/// version the client read; a stale one is a CONFLICT and changes nothing.
/// </summary>
[MutationFields]
public static class LabelMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        foreach (var rule in GraphSchema.Labels)
        {
            var createInput = InputType($"{rule.Label}CreateInput", $"A new {rule.Label}: its id (prefixed '{rule.IdPrefix}') and properties.", rule, create: true);
            var patchInput = InputType($"{rule.Label}PatchInput", $"Changes to a {rule.Label}: only the fields given change; null removes an optional property.", rule, create: false);
            mutation.AddField(new FieldType
            {
                Name = $"create{rule.Label}",
                Description = $"Adds a {rule.Label} (curator). Refused with CONFLICT when the id exists.",
                ResolvedType = new NonNullGraphType(GraphTypeFactory.Named(rule.Label)),
                Arguments = new QueryArguments(new QueryArgument(new NonNullGraphType(createInput)) { Name = "input", Description = "Its id and properties." }),
                Resolver = new FuncFieldResolver<object>(c => new ValueTask<object?>(CreateAsync(c, rule))),
            });
            mutation.AddField(new FieldType
            {
                Name = $"update{rule.Label}",
                Description = $"Changes a {rule.Label} (curator), if it is still at the version read.",
                ResolvedType = new NonNullGraphType(GraphTypeFactory.Named(rule.Label)),
                Arguments = new QueryArguments(
                    new QueryArgument(new NonNullGraphType(new IdGraphType())) { Name = "id", Description = $"The {rule.Label}'s id." },
                    new QueryArgument(new NonNullGraphType(new IntGraphType())) { Name = "version", Description = "The version read; a different stored version is a CONFLICT." },
                    new QueryArgument(new NonNullGraphType(patchInput)) { Name = "patch", Description = "The properties to change; those not given stay as they are." }),
                Resolver = new FuncFieldResolver<object>(c => new ValueTask<object?>(UpdateAsync(c, rule))),
            });
            mutation.AddField(new FieldType
            {
                Name = $"delete{rule.Label}",
                Description = $"Removes a {rule.Label} (admin). Refused while relationships touch it, listing them, unless cascade is true.",
                ResolvedType = new NonNullGraphType(GraphTypeFactory.Named("DeletePayload")),
                Arguments = new QueryArguments(
                    new QueryArgument(new NonNullGraphType(new IdGraphType())) { Name = "id", Description = $"The {rule.Label}'s id." },
                    new QueryArgument(new NonNullGraphType(new IntGraphType())) { Name = "version", Description = "The version read; a different stored version is a CONFLICT." },
                    new QueryArgument(new BooleanGraphType()) { Name = "cascade", DefaultValue = false, Description = "Also remove the relationships that touch it." }),
                Resolver = new FuncFieldResolver<object>(c => new ValueTask<object?>(DeleteAsync(c, rule))),
            });
        }
    }

    private static async Task<object?> CreateAsync(IResolveFieldContext context, LabelRule rule)
    {
        var actor = FieldRoles.Require(context, Roles.Curator);
        var input = context.GetArgument<Dictionary<string, object?>>("input");
        var id = (string)input["id"]!;
        var node = new NodeInput(id, rule.Label, InputJson.ToProps(input, ["id"]));
        await CurationWrites.ApplyAsync(context, new GraphChange { UpsertNodes = [node], ExpectedVersions = new Dictionary<string, long> { [id] = 0 } }, actor);
        return await CurationWrites.ReloadAsync(context, id);
    }

    private static async Task<object?> UpdateAsync(IResolveFieldContext context, LabelRule rule)
    {
        var actor = FieldRoles.Require(context, Roles.Curator);
        var id = context.GetArgument<string>("id");
        var version = context.GetArgument<long>("version");
        var patch = new NodePatch(context.GetArgument<Dictionary<string, object?>>("patch").ToDictionary(p => p.Key, p => InputJson.ToJson(p.Value)));
        var store = context.RequestServices!.GetRequiredService<IGraphStore>();
        var current = (await store.GetNodesAsync([id], context.CancellationToken)).SingleOrDefault()
            ?? throw new GraphError(ErrorCodes.NotFound, $"There is no node '{id}'.");
        if (current.Label != rule.Label)
        {
            throw new GraphError(ErrorCodes.BadUserInput, $"'{id}' is a {current.Label}, not a {rule.Label}.");
        }
        await CurationWrites.ApplyAsync(context, patch.ChangeOf(current, version), actor);
        return await CurationWrites.ReloadAsync(context, id);
    }

    private static async Task<object?> DeleteAsync(IResolveFieldContext context, LabelRule rule)
    {
        var actor = FieldRoles.Require(context, Roles.Admin);
        var id = context.GetArgument<string>("id");
        var store = context.RequestServices!.GetRequiredService<IGraphStore>();
        var current = (await store.GetNodesAsync([id], context.CancellationToken)).SingleOrDefault()
            ?? throw new GraphError(ErrorCodes.NotFound, $"There is no node '{id}'.");
        if (current.Label != rule.Label)
        {
            throw new GraphError(ErrorCodes.BadUserInput, $"'{id}' is a {current.Label}, not a {rule.Label}.");
        }
        var result = await CurationWrites.ApplyAsync(context, new GraphChange
        {
            DeleteNodes = [id],
            ExpectedVersions = new Dictionary<string, long> { [id] = context.GetArgument<long>("version") },
            Cascade = context.GetArgument("cascade", false),
        }, actor);
        return new DeletePayload([.. result.RemovedNodeIds, .. result.RemovedEdgeIds], result.GraphVersion);
    }

    private static InputObjectGraphType InputType(string name, string description, LabelRule rule, bool create)
    {
        var type = new InputObjectGraphType { Name = name, Description = description };
        if (create)
        {
            type.AddField(new FieldType { Name = "id", ResolvedType = new NonNullGraphType(new IdGraphType()), Description = $"A slug such as '{rule.IdPrefix}example_name'." });
        }
        foreach (var property in rule.Properties)
        {
            var graphType = GraphTypeFactory.PropertyType(property);
            if (!(create && property.Required) && graphType is NonNullGraphType nonNull)
            {
                graphType = nonNull.ResolvedType!;
            }
            type.AddField(new FieldType { Name = property.Name, ResolvedType = graphType, Description = PropertyDescriptions.Of(rule.Label, property.Name) });
        }
        return type;
    }
}
