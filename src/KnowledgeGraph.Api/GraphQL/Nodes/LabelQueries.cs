using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Stores;

namespace KnowledgeGraph.Api.GraphQL.Nodes;

/// <summary>One root connection per label (<c>industries</c>, <c>organizations</c>, ...) with <c>where</c>, <c>orderBy</c> and cursor paging.</summary>
[QueryFields]
public static class LabelQueries
{
    public const int MaxTextLength = 200;
    public const int MaxRelatedIds = 10;

    public static readonly IReadOnlyDictionary<string, string> RootFields = GraphSchema.Labels.ToDictionary(l => l.Label, l => l.PluralField);

    public static void AddTo(ObjectGraphType query)
    {
        foreach (var rule in GraphSchema.Labels)
        {
            var arguments = PagingArguments.Definitions();
            arguments.Add(new QueryArgument(WhereType(rule)) { Name = "where", Description = "Filters; all given conditions must hold." });
            arguments.Add(new QueryArgument(OrderType(rule)) { Name = "orderBy", Description = "Sort order (default: by name, ascending)." });
            query.AddField(new FieldType
            {
                Name = RootFields[rule.Label],
                Description = $"All {rule.Label} nodes, filtered, ordered and paged.",
                ResolvedType = new NonNullGraphType(GraphTypeFactory.Connection(rule.Label, GraphTypeFactory.Named(rule.Label), $"A page of {rule.Label} nodes.", null)),
                Arguments = arguments,
                Resolver = new FuncFieldResolver<object>(c => new ValueTask<object?>(ResolveAsync(c, rule))),
            });
        }
    }

    private static async Task<object?> ResolveAsync(IResolveFieldContext context, LabelRule rule)
    {
        var paging = PagingArguments.From(context);
        var query = ReadWhere(context.GetArgument<Dictionary<string, object?>?>("where"), rule) with
        {
            First = paging.Last is null ? paging.First ?? PagingArguments.DefaultPageSize : null,
            Last = paging.Last,
            After = DecodeCursor(paging.After, "after"),
            Before = DecodeCursor(paging.Before, "before"),
            IncludeTotalCount = context.SubFields?.ContainsKey("totalCount") ?? true,
        };
        if (context.GetArgument<Dictionary<string, object?>?>("orderBy") is { } order)
        {
            query = query with
            {
                OrderBy = order.GetValueOrDefault("field") is NodeOrderField field ? field : NodeOrderField.Name,
                Descending = order.GetValueOrDefault("direction") is true,
            };
        }
        var page = await context.RequestServices!.GetRequiredService<IGraphStore>().ListNodesAsync(query, context.CancellationToken);
        var edges = page.Edges.Select(e => new EdgeModel(e.Cursor.Encode(), e.Node, null)).ToList();
        return new ConnectionModel(edges,
            new PageInfoModel(page.HasNextPage, page.HasPreviousPage, edges.FirstOrDefault()?.Cursor, edges.LastOrDefault()?.Cursor),
            page.TotalCount);
    }

    private static NodeQuery ReadWhere(Dictionary<string, object?>? where, LabelRule rule)
    {
        var query = new NodeQuery(rule.Label);
        if (where is null)
        {
            return query;
        }
        if (where.GetValueOrDefault("text") is string text)
        {
            if (text.Length > MaxTextLength)
            {
                throw new GraphError(ErrorCodes.BadUserInput, $"'where.text' is {text.Length} characters long; at most {MaxTextLength} are allowed.");
            }
            query = query with { Text = text };
        }
        var enums = new Dictionary<string, IReadOnlyList<string>>();
        foreach (var property in rule.Properties.Where(p => p.Kind is PropertyKind.Enum or PropertyKind.EnumList))
        {
            if (where.GetValueOrDefault(property.Name) is IEnumerable<object?> values)
            {
                enums[property.Name] = values.OfType<string>().ToList();
            }
        }
        var related = where.GetValueOrDefault("relatedTo") is IEnumerable<object?> ids ? ids.OfType<string>().ToList() : [];
        if (related.Count > MaxRelatedIds)
        {
            throw new GraphError(ErrorCodes.BadUserInput, $"'where.relatedTo' holds {related.Count} ids; at most {MaxRelatedIds} are allowed.");
        }
        return query with
        {
            EnumFilters = enums,
            YearFrom = where.GetValueOrDefault("yearFrom") as int?,
            YearTo = where.GetValueOrDefault("yearTo") as int?,
            RelatedTo = related,
        };
    }

    private static Cursor? DecodeCursor(string? text, string argument) => text is null
        ? null
        : Cursor.TryDecode(text) ?? throw new GraphError(ErrorCodes.BadUserInput, $"'{argument}' is not a cursor of this connection.");

    private static InputObjectGraphType WhereType(LabelRule rule)
    {
        var type = new InputObjectGraphType { Name = $"{rule.Label}Where", Description = $"Filters for {rule.Label} nodes." };
        type.AddField(new FieldType
        {
            Name = "text",
            ResolvedType = new StringGraphType(),
            Description = $"Case-insensitive text contained in the {rule.NameProperty} or description (at most {MaxTextLength} characters).",
        });
        foreach (var property in rule.Properties.Where(p => p.Kind is PropertyKind.Enum or PropertyKind.EnumList))
        {
            type.AddField(new FieldType
            {
                Name = property.Name,
                ResolvedType = new ListGraphType(new NonNullGraphType(GraphTypeFactory.Named(property.EnumName!))),
                Description = $"Only nodes whose {property.Name} is {(property.Kind == PropertyKind.EnumList ? "or includes " : "")}one of these values.",
            });
        }
        if (rule.YearProperty is { } year)
        {
            type.AddField(new FieldType { Name = "yearFrom", ResolvedType = new IntGraphType(), Description = $"Only nodes whose {year} is this year or later." });
            type.AddField(new FieldType { Name = "yearTo", ResolvedType = new IntGraphType(), Description = $"Only nodes whose {year} is this year or earlier." });
        }
        type.AddField(new FieldType
        {
            Name = "relatedTo",
            ResolvedType = new ListGraphType(new NonNullGraphType(new IdGraphType())),
            Description = $"Only nodes with a relationship, in either direction, to every one of these ids (at most {MaxRelatedIds}).",
        });
        return type;
    }

    private static InputObjectGraphType OrderType(LabelRule rule)
    {
        var fields = new EnumerationGraphType { Name = $"{rule.Label}OrderField", Description = $"Fields {rule.Label} nodes can be sorted by." };
        fields.Add("NAME", NodeOrderField.Name, $"By {rule.NameProperty}, case-insensitive.");
        fields.Add("ID", NodeOrderField.Id, "By id.");
        if (rule.YearProperty is { } year)
        {
            fields.Add("YEAR", NodeOrderField.Year, $"By {year}; nodes without one come first in ascending order.");
        }
        fields.Add("CREATED_AT", NodeOrderField.CreatedAt, "By creation time.");
        fields.Add("UPDATED_AT", NodeOrderField.UpdatedAt, "By last change.");
        var type = new InputObjectGraphType { Name = $"{rule.Label}Order", Description = $"How to sort {rule.Label} nodes; ties are broken by id." };
        type.AddField(new FieldType { Name = "field", ResolvedType = new NonNullGraphType(fields), DefaultValue = NodeOrderField.Name, Description = "What to sort by (default NAME)." });
        type.AddField(new FieldType { Name = "direction", ResolvedType = new NonNullGraphType(GraphTypeFactory.Named("OrderDirection")), DefaultValue = false, Description = "ASC (the default) or DESC." });
        return type;
    }
}
