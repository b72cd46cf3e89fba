using GraphQL.Resolvers;
using GraphQL.Types;
using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Api.GraphQL.Nodes;

/// <summary>Builds the GraphQL shapes that follow mechanically from the graph schema: property fields, enums, connections.</summary>
public static class GraphTypeFactory
{
    public static IGraphType Named(string name) => new GraphQLTypeReference(name);

    public static IEnumerable<EnumerationGraphType> Enums()
    {
        foreach (var (name, values) in GraphSchema.Enums)
        {
            var type = new EnumerationGraphType { Name = name, Description = EnumTypeDescriptions.Of(name) };
            foreach (var value in values)
            {
                type.Add(value, value, EnumDescriptions.Of(name, value));
            }
            yield return type;
        }
        var direction = new EnumerationGraphType { Name = "OrderDirection", Description = "Ascending or descending order." };
        direction.Add("ASC", false, "Smallest first.");
        direction.Add("DESC", true, "Largest first.");
        yield return direction;
    }

    public static IGraphType PropertyType(PropertyRule rule)
    {
        IGraphType type = rule.Kind switch
        {
            PropertyKind.Year => new IntGraphType(),
            PropertyKind.Boolean => new BooleanGraphType(),
            PropertyKind.Number => new FloatGraphType(),
            PropertyKind.Url => Named("URL"),
            PropertyKind.PartialDate => Named("Date"),
            PropertyKind.Enum => Named(rule.EnumName!),
            PropertyKind.EnumList => new ListGraphType(new NonNullGraphType(Named(rule.EnumName!))),
            _ => new StringGraphType(),
        };
        return rule.Required || rule.Kind == PropertyKind.EnumList ? new NonNullGraphType(type) : type;
    }

    /// <summary>A field of one property; <paramref name="value"/> reads it from the source object (see <see cref="PropertyValues"/>).</summary>
    public static FieldType PropertyField(PropertyRule rule, string? description, Func<object?, PropertyRule, object?> value) => new()
    {
        Name = rule.Name,
        Description = description,
        ResolvedType = PropertyType(rule),
        Resolver = new FuncFieldResolver<object>(c => value(c.Source, rule)),
    };

    /// <summary>A connection type whose edges carry the relationship's properties next to the node.</summary>
    public static ObjectGraphType Connection(string name, IGraphType nodeType, string description, RelationshipRule? relationship)
    {
        var edge = new ObjectGraphType { Name = $"{name}Edge", Description = $"An edge of {name}Connection." };
        edge.AddField(new FieldType
        {
            Name = "cursor",
            Description = "Where this edge is: pass it as 'after' or 'before' to page from here.",
            ResolvedType = new NonNullGraphType(new StringGraphType()),
            Resolver = new FuncFieldResolver<EdgeModel, string>(c => c.Source.Cursor),
        });
        edge.AddField(new FieldType
        {
            Name = "node",
            Description = "The node at the other end.",
            ResolvedType = new NonNullGraphType(nodeType),
            Resolver = new FuncFieldResolver<EdgeModel, Node>(c => c.Source.Node),
        });
        foreach (var property in relationship?.Properties ?? [])
        {
            edge.AddField(PropertyField(property, $"The {relationship!.Type} relationship's {property.Name}: {PropertyDescriptions.OfRelationship(property.Name)}", (s, r) => ((EdgeModel)s!).Relationship!.PropertyValue(r)));
        }

        var connection = new ObjectGraphType { Name = $"{name}Connection", Description = description };
        connection.AddField(new FieldType
        {
            Name = "edges",
            Description = "The edges of this page, each with its cursor and node.",
            ResolvedType = new NonNullGraphType(new ListGraphType(new NonNullGraphType(edge))),
            Resolver = new FuncFieldResolver<ConnectionModel, IReadOnlyList<EdgeModel>>(c => c.Source.Edges),
        });
        connection.AddField(new FieldType
        {
            Name = "nodes",
            Description = "The nodes of this page, without their edges.",
            ResolvedType = new NonNullGraphType(new ListGraphType(new NonNullGraphType(nodeType))),
            Resolver = new FuncFieldResolver<ConnectionModel, IEnumerable<Node>>(c => c.Source.Edges.Select(e => e.Node)),
        });
        connection.AddField(new FieldType
        {
            Name = "pageInfo",
            Description = "Where this page is: cursors to page on, and whether there are more.",
            ResolvedType = new NonNullGraphType(Named("PageInfo")),
            Resolver = new FuncFieldResolver<ConnectionModel, PageInfoModel>(c => c.Source.PageInfo),
        });
        connection.AddField(new FieldType
        {
            Name = "totalCount",
            Description = "How many items the whole connection holds, across all pages.",
            ResolvedType = new NonNullGraphType(new IntGraphType()),
            Resolver = new FuncFieldResolver<ConnectionModel, long>(c => c.Source.TotalCount ?? 0),
        });
        return connection;
    }
}
