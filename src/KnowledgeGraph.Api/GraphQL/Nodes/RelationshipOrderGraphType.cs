using GraphQL;
using GraphQL.Types;
using KnowledgeGraph.Core.Stores;

namespace KnowledgeGraph.Api.GraphQL.Nodes;

/// <summary>How a relationship connection is ordered: its <c>orderBy</c> argument, read.</summary>
public sealed record RelationshipOrder(NeighborOrderField Field, bool Descending)
{
    /// <summary>By the other end's name, ascending: the order relationship connections always had.</summary>
    public static readonly RelationshipOrder Default = new(NeighborOrderField.Name, false);

    /// <summary>The order as its cursors name it; the default order's cursors name none (they are the plain positions they always were).</summary>
    public string Name => $"{Field.ToString().ToUpperInvariant()}_{(Descending ? "DESC" : "ASC")}";

    public static RelationshipOrder From(IResolveFieldContext context) =>
        context.Arguments is { } arguments && arguments.TryGetValue("orderBy", out var given) && given.Value is not null
        && context.GetArgument<Dictionary<string, object?>?>("orderBy") is { } order
            ? new(order.GetValueOrDefault("field") is NeighborOrderField field ? field : NeighborOrderField.Name, order.GetValueOrDefault("direction") is true)
            : Default;
}

/// <summary>The order of a relationship connection whose other end has no year.</summary>
public sealed class RelationshipOrderGraphType : InputObjectGraphType
{
    public RelationshipOrderGraphType() => RelationshipOrderFields.Declare(this, "RelationshipOrder", dated: false);
}

/// <summary>The order of a relationship connection whose other end has a year (interventions, findings, organizations, sources).</summary>
public sealed class DatedRelationshipOrderGraphType : InputObjectGraphType
{
    public DatedRelationshipOrderGraphType() => RelationshipOrderFields.Declare(this, "DatedRelationshipOrder", dated: true);
}

internal static class RelationshipOrderFields
{
    public static void Declare(InputObjectGraphType type, string name, bool dated)
    {
        type.Name = name;
        type.Description = "How to order a node's relationships; ties are broken by the other end's id. DESC reverses the whole order.";
        var fields = new EnumerationGraphType { Name = $"{name}Field", Description = "What a node's relationships can be ordered by." };
        fields.Add("NAME", NeighborOrderField.Name, "By the other end's name (its title or summary where it has no name), byte-wise; the default.");
        fields.Add("ID", NeighborOrderField.Id, "By the other end's id.");
        if (dated)
        {
            fields.Add("YEAR", NeighborOrderField.Year,
                "By the other end's year (startYear of interventions, year of findings, founded of organizations, the year of a source's publishedOn); those without one come after every year in ascending order, before them in descending order.");
        }
        type.AddField(new FieldType { Name = "field", ResolvedType = new NonNullGraphType(fields), DefaultValue = NeighborOrderField.Name, Description = "What to order by (default NAME)." });
        type.AddField(new FieldType { Name = "direction", ResolvedType = new NonNullGraphType(GraphTypeFactory.Named("OrderDirection")), DefaultValue = false, Description = "ASC (the default) or DESC." });
    }
}
