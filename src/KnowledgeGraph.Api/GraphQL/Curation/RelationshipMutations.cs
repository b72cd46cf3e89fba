using System.Text.Json;
using System.Text.Json.Nodes;
using GraphQL;
using GraphQL.Types;
using KnowledgeGraph.Api.Auth;
using KnowledgeGraph.Api.GraphQL.Nodes;
using KnowledgeGraph.Api.Http;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Stores;
using KnowledgeGraph.Core.Writes;

namespace KnowledgeGraph.Api.GraphQL.Curation;

/// <summary><c>link</c> and <c>unlink</c> for relationships, and <c>importGraph</c> for many nodes and relationships at once.</summary>
[MutationFields]
public static class RelationshipMutations
{
    public const int MaxImportItems = 10_000;
    private const int MaxPropertiesDepth = 8;

    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<LinkPayloadGraphType>>("link")
            .Description("Adds a relationship, or changes its properties if it exists (curator). Endpoints and properties are checked against the graph schema.")
            .Argument<NonNullGraphType<RelationshipTypeGraphType>>("type", "The relationship's type.")
            .Argument<NonNullGraphType<IdGraphType>>("from", "The id of the node it starts from.")
            .Argument<NonNullGraphType<IdGraphType>>("to", "The id of the node it points to.")
            .Argument<RelationshipPropertiesInputGraphType>("properties", "Only the properties its type allows.")
            .ResolveAsync(async c =>
            {
                var actor = FieldRoles.Require(c, Roles.Curator);
                var edge = new EdgeInput(c.GetArgument<string>("type"), c.GetArgument<string>("from"), c.GetArgument<string>("to"),
                    InputJson.ToProps(c.GetArgument<Dictionary<string, object?>?>("properties") ?? [], []));
                var result = await CurationWrites.ApplyAsync(c, new GraphChange { UpsertEdges = [edge] }, actor);
                return new LinkPayload(new Edge(edge.Id, edge.Type, edge.SourceId, edge.TargetId, edge.Props), result.GraphVersion);
            });

        mutation.Field<NonNullGraphType<LinkPayloadGraphType>>("unlink")
            .Description("Removes a relationship (curator). A finding's last source cannot be unlinked.")
            .Argument<NonNullGraphType<RelationshipTypeGraphType>>("type", "The relationship's type.")
            .Argument<NonNullGraphType<IdGraphType>>("from", "The id of the node it starts from.")
            .Argument<NonNullGraphType<IdGraphType>>("to", "The id of the node it points to.")
            .ResolveAsync(async c =>
            {
                var actor = FieldRoles.Require(c, Roles.Curator);
                var id = Edge.IdFor(c.GetArgument<string>("type"), c.GetArgument<string>("from"), c.GetArgument<string>("to"));
                var result = await CurationWrites.ApplyAsync(c, new GraphChange { DeleteEdges = [id] }, actor);
                return new LinkPayload(null, result.GraphVersion);
            });

        mutation.Field<NonNullGraphType<ImportPayloadGraphType>>("importGraph")
            .Description($"Upserts many nodes and relationships in one atomic write (admin): one invalid item and nothing is written; every violation is listed. At most {MaxImportItems} items.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<GraphNodeInputGraphType>>>>("nodes", "Nodes to create or update, by id.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<GraphRelationshipInputGraphType>>>>("relationships", "Relationships to create or update, by type and ends.")
            .ResolveAsync(async c =>
            {
                var actor = FieldRoles.Require(c, Roles.Admin);
                var nodes = c.GetArgument<List<Dictionary<string, object?>>>("nodes");
                var relationships = c.GetArgument<List<Dictionary<string, object?>>>("relationships");
                if (nodes.Count + relationships.Count > MaxImportItems)
                {
                    throw new GraphError(ErrorCodes.BadUserInput, $"At most {MaxImportItems} nodes and relationships per import; send several.");
                }
                var change = new GraphChange
                {
                    UpsertNodes = nodes.Select((n, i) => new NodeInput((string)n["id"]!, (string)n["label"]!, ParseProps(n.GetValueOrDefault("properties"), $"nodes[{i}]"))).ToList(),
                    UpsertEdges = relationships.Select((r, i) => new EdgeInput((string)r["type"]!, (string)r["from"]!, (string)r["to"]!,
                        ParseProps(r.GetValueOrDefault("properties"), $"relationships[{i}]"))).ToList(),
                };
                var result = await CurationWrites.ApplyAsync(c, change, actor);
                return result;
            });
    }

    /// <summary>Properties given as a JSON value, or (as before the JSON scalar) as a string holding JSON text: both go through the same checks.</summary>
    private static JsonObject ParseProps(object? value, string where)
    {
        if (value is null)
        {
            return [];
        }
        var json = value switch
        {
            string text => text,
            JsonValue node when node.TryGetValue<string>(out var text) => text,
            _ => ((JsonNode)value).ToJsonString(),
        };
        if (StrictJson.FindProblem(json, MaxPropertiesDepth) is { } problem)
        {
            throw new GraphError(ErrorCodes.BadUserInput, $"{where}.properties is refused: {problem}.");
        }
        try
        {
            return JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { MaxDepth = MaxPropertiesDepth }) as JsonObject
                ?? throw new GraphError(ErrorCodes.BadUserInput, $"{where}.properties must be a JSON object.");
        }
        catch (JsonException e)
        {
            throw new GraphError(ErrorCodes.BadUserInput, $"{where}.properties is not valid JSON: {e.Message}");
        }
    }
}
