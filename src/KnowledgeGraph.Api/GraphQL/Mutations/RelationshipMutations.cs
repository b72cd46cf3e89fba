using System.Text.Json;
using System.Text.Json.Nodes;
using GraphQL;
using GraphQL.Types;
using KnowledgeGraph.Api.Auth;
using KnowledgeGraph.Api.GraphQL.Types;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Stores;
using KnowledgeGraph.Core.Writes;

namespace KnowledgeGraph.Api.GraphQL.Mutations;

/// <summary><c>link</c> and <c>unlink</c> for relationships, and <c>importGraph</c> for many nodes and relationships at once.</summary>
public static class RelationshipMutations
{
    public const int MaxImportItems = 10_000;

    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<LinkPayloadGraphType>>("link")
            .Description("Adds a relationship, or changes its properties if it exists (curator). Endpoints and properties are checked against the graph schema.")
            .Argument<NonNullGraphType<RelationshipTypeGraphType>>("type")
            .Argument<NonNullGraphType<IdGraphType>>("from")
            .Argument<NonNullGraphType<IdGraphType>>("to")
            .Argument<RelationshipPropertiesInputGraphType>("properties", "Only the properties its type allows.")
            .ResolveAsync(async c =>
            {
                var actor = Curation.RequireRole(c, Roles.Curator);
                var edge = new EdgeInput(c.GetArgument<string>("type"), c.GetArgument<string>("from"), c.GetArgument<string>("to"),
                    Curation.ToProps(c.GetArgument<Dictionary<string, object?>?>("properties") ?? [], []));
                var result = await Curation.ApplyAsync(c, new GraphChange { UpsertEdges = [edge] }, actor);
                return new LinkPayload(new Edge(edge.Id, edge.Type, edge.SourceId, edge.TargetId, edge.Props), result.GraphVersion);
            });

        mutation.Field<NonNullGraphType<LinkPayloadGraphType>>("unlink")
            .Description("Removes a relationship (curator). A finding's last source cannot be unlinked.")
            .Argument<NonNullGraphType<RelationshipTypeGraphType>>("type")
            .Argument<NonNullGraphType<IdGraphType>>("from")
            .Argument<NonNullGraphType<IdGraphType>>("to")
            .ResolveAsync(async c =>
            {
                var actor = Curation.RequireRole(c, Roles.Curator);
                var id = Edge.IdFor(c.GetArgument<string>("type"), c.GetArgument<string>("from"), c.GetArgument<string>("to"));
                var result = await Curation.ApplyAsync(c, new GraphChange { DeleteEdges = [id] }, actor);
                return new LinkPayload(null, result.GraphVersion);
            });

        mutation.Field<NonNullGraphType<ImportPayloadGraphType>>("importGraph")
            .Description($"Upserts many nodes and relationships in one atomic write (admin): one invalid item and nothing is written; every violation is listed. At most {MaxImportItems} items.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<GraphNodeInputGraphType>>>>("nodes")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<GraphRelationshipInputGraphType>>>>("relationships")
            .ResolveAsync(async c =>
            {
                var actor = Curation.RequireRole(c, Roles.Admin);
                var nodes = c.GetArgument<List<Dictionary<string, object?>>>("nodes");
                var relationships = c.GetArgument<List<Dictionary<string, object?>>>("relationships");
                if (nodes.Count + relationships.Count > MaxImportItems)
                {
                    throw new GraphError(ErrorCodes.BadUserInput, $"At most {MaxImportItems} nodes and relationships per import; send several.");
                }
                var change = new GraphChange
                {
                    UpsertNodes = nodes.Select((n, i) => new NodeInput((string)n["id"]!, (string)n["label"]!, ParseProps(n.GetValueOrDefault("properties") as string, $"nodes[{i}]"))).ToList(),
                    UpsertEdges = relationships.Select((r, i) => new EdgeInput((string)r["type"]!, (string)r["from"]!, (string)r["to"]!,
                        ParseProps(r.GetValueOrDefault("properties") as string, $"relationships[{i}]"))).ToList(),
                };
                var result = await Curation.ApplyAsync(c, change, actor);
                return result;
            });
    }

    private static JsonObject ParseProps(string? json, string where)
    {
        if (json is null)
        {
            return [];
        }
        try
        {
            return JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { MaxDepth = 8 }) as JsonObject
                ?? throw new GraphError(ErrorCodes.BadUserInput, $"{where}.properties must be a JSON object.");
        }
        catch (JsonException e)
        {
            throw new GraphError(ErrorCodes.BadUserInput, $"{where}.properties is not valid JSON: {e.Message}");
        }
    }
}

public sealed record LinkPayload(Edge? Relationship, long GraphVersion);

public sealed class LinkPayloadGraphType : ObjectGraphType<LinkPayload>
{
    public LinkPayloadGraphType()
    {
        Name = "LinkPayload";
        Description = "The relationship as written (null after unlink) and the graph version after the write.";
        Field<SubgraphEdgeGraphType>("relationship").Resolve(c => c.Source.Relationship);
        Field<NonNullGraphType<IntGraphType>>("graphVersion").Resolve(c => (int)c.Source.GraphVersion);
    }
}

public sealed class ImportPayloadGraphType : ObjectGraphType<WriteResult>
{
    public ImportPayloadGraphType()
    {
        Name = "ImportPayload";
        Description = "How many nodes and relationships changed (equal ones are skipped), and the graph version after.";
        Field<NonNullGraphType<IntGraphType>>("nodesWritten").Resolve(c => c.Source.NodesWritten);
        Field<NonNullGraphType<IntGraphType>>("relationshipsWritten").Resolve(c => c.Source.EdgesWritten);
        Field<NonNullGraphType<IntGraphType>>("graphVersion").Resolve(c => (int)c.Source.GraphVersion);
    }
}

public sealed class RelationshipPropertiesInputGraphType : InputObjectGraphType
{
    public RelationshipPropertiesInputGraphType()
    {
        Name = "RelationshipPropertiesInput";
        Description = "Properties of a relationship; each type allows only some of them (see the graph schema).";
        foreach (var property in GraphSchema.Relationships.SelectMany(r => r.Properties).DistinctBy(p => p.Name))
        {
            var type = GraphTypeFactory.PropertyType(property with { Required = false });
            AddField(new FieldType { Name = property.Name, ResolvedType = type is NonNullGraphType nn ? nn.ResolvedType : type });
        }
    }
}

public sealed class GraphNodeInputGraphType : InputObjectGraphType
{
    public GraphNodeInputGraphType()
    {
        Name = "GraphNodeInput";
        Description = "A node to import: id, label and its properties as a JSON object text (as in the seed files).";
        Field<NonNullGraphType<IdGraphType>>("id");
        Field<NonNullGraphType<NodeLabelGraphType>>("label");
        Field<StringGraphType>("properties").Description("""A JSON object, e.g. {"name": "UNITE HERE", "kind": "UNION"}.""");
    }
}

public sealed class GraphRelationshipInputGraphType : InputObjectGraphType
{
    public GraphRelationshipInputGraphType()
    {
        Name = "GraphRelationshipInput";
        Description = "A relationship to import; its properties as a JSON object text.";
        Field<NonNullGraphType<RelationshipTypeGraphType>>("type");
        Field<NonNullGraphType<IdGraphType>>("from");
        Field<NonNullGraphType<IdGraphType>>("to");
        Field<StringGraphType>("properties");
    }
}
