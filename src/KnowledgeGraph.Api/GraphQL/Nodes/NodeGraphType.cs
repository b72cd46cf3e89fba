using System.Runtime.CompilerServices;
using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using GraphQLParser.AST;
using KnowledgeGraph.Api.GraphQL.Audit;
using KnowledgeGraph.Api.GraphQL.Nodes.Loaders;
using KnowledgeGraph.Api.GraphQL.Scalars;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Stores;

namespace KnowledgeGraph.Api.GraphQL.Nodes;

/// <summary>
/// The shared shape of every label's type: the Node interface, timestamps, the sources it cites, and helpers that
/// declare a property or a relationship in one line. Relationships resolve through the request's batch loaders.
/// </summary>
public abstract class NodeGraphType : ObjectGraphType<Node>
{
    /// <summary>Every label's graph type: the concrete subclasses in this assembly, in declaration order.</summary>
    public static IReadOnlyList<Type> LabelTypes { get; } =
        [.. typeof(NodeGraphType).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(NodeGraphType)) && !t.IsAbstract)];

    private readonly LabelRule _rule;

    protected NodeGraphType(string label, string description)
    {
        _rule = GraphSchema.Label(label);
        Name = label;
        Description = description;
        Interface<NodeInterface>();
        IsTypeOf = o => o is Node n && n.Label == label;
        Field<NonNullGraphType<IdGraphType>>("id").Description("Global id: a readable slug prefixed by the label.").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<TimestampGraphType>>("createdAt").Description("When the node was first written.").Resolve(c => c.Source.CreatedAt);
        Field<NonNullGraphType<TimestampGraphType>>("updatedAt").Description("When the node last changed.").Resolve(c => c.Source.UpdatedAt);
        Field<NonNullGraphType<IntGraphType>>("version").Description("Moves on every change; send it back when updating.").Resolve(c => (int)c.Source.Version);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AuditEntryGraphType>>>>("history")
            .Description("Every change to this node, newest first.")
            .Argument<IntGraphType>("first", "How many (default 50).")
            .Argument<IdGraphType>("before", "Only entries older than this entry id.")
            .Resolve(c =>
            {
                var (first, before) = AuditLogField.Window(c);
                return c.Loaders().History(c.Source.Id, first, before);
            });
        if (label != GraphSchema.Source)
        {
            Relation("sources", RelationshipTypes.Cites, Direction.Out, GraphSchema.Source, "The sources this node's facts come from, with the quote cited.");
        }
    }

    protected void Property(string name)
    {
        var description = PropertyDescriptions.Of(_rule.Label, name);
        var rule = _rule.Property(name) ?? throw new InvalidOperationException($"{_rule.Label} has no property '{name}' in the graph schema.");
        AddField(GraphTypeFactory.PropertyField(rule, description, (s, r) => ((Node)s!).PropertyValue(r)));
    }

    /// <summary>A paged relationship field; <paramref name="targetLabel"/> null means any label (typed as Node).</summary>
    protected void Relation(string field, string type, Direction direction, string? targetLabel, string description)
    {
        var relationship = GraphSchema.FindRelationship(type) ?? throw new InvalidOperationException($"Unknown relationship {type}.");
        var connectionName = $"{Name}{char.ToUpperInvariant(field[0])}{field[1..]}";
        var connection = GraphTypeFactory.Connection(connectionName, GraphTypeFactory.Named(targetLabel ?? "Node"),
            $"{Name}.{field}: {description}", relationship);
        AddField(new FieldType
        {
            Name = field,
            Description = description,
            ResolvedType = new NonNullGraphType(connection),
            Arguments = Arguments(targetLabel),
            Resolver = new FuncFieldResolver<Node, object>(c =>
            {
                var paging = new RelationshipPaging(PagingArguments.From(c), RelationshipOrder.From(c));
                var loaders = c.Loaders();
                var window = paging.Window(new NeighborKey(c.Source.Id, type, direction), targetLabel, AsksForTotalCount(c));
                return loaders.Page(window).Then(page => paging.Page(page, loaders.Page));
            }),
        });
    }

    /// <summary>The paging arguments and the order: by year too where the other end's label has a year.</summary>
    private static QueryArguments Arguments(string? targetLabel)
    {
        var arguments = PagingArguments.Definitions();
        var dated = targetLabel is not null && GraphSchema.Label(targetLabel).YearProperty is not null;
        arguments.Add(new QueryArgument(dated ? typeof(DatedRelationshipOrderGraphType) : typeof(RelationshipOrderGraphType))
        {
            Name = "orderBy",
            Description = "Sort order (default: by the other end's name, ascending). Cursors belong to the order they were given in.",
        });
        return arguments;
    }

    /// <summary>A relationship that has at most one node at the other end, such as the intervention of a finding.</summary>
    protected void SingleRelation(string field, string type, Direction direction, string targetLabel, string description)
    {
        AddField(new FieldType
        {
            Name = field,
            Description = description,
            ResolvedType = GraphTypeFactory.Named(targetLabel),
            Resolver = new FuncFieldResolver<Node, object>(c => c.Loaders()
                .Page(new NeighborWindow(new NeighborKey(c.Source.Id, type, direction), targetLabel, 0, 1))
                .Then(page => page.Items.FirstOrDefault()?.Node)),
        });
    }

    /// <summary>
    /// True when the connection's selection names <c>totalCount</c>: directly, or in any fragment it holds, whatever the
    /// fragment's type condition or directives (counting when a directive turns the field off costs only the count). That
    /// depends on the document alone, so it is worked out once per field of a parsed document (the parsed documents are
    /// shared by requests), not collected into a new dictionary of sub-fields for every node of a list.
    /// </summary>
    private static bool AsksForTotalCount(IResolveFieldContext context)
    {
        if (context.FieldAst is not { } field || context.Document is not { } document)
        {
            return true;
        }
        return TotalCountAsked.GetValue(field, f => new StrongBox<bool>(Names(f.SelectionSet, "totalCount", document, spreads: 0))).Value;
    }

    private static readonly ConditionalWeakTable<GraphQLField, StrongBox<bool>> TotalCountAsked = [];

    /// <summary>The most fragment spreads followed into one another; deeper is answered yes, as cannot be told.</summary>
    private const int MaxSpreads = 16;

    private static bool Names(GraphQLSelectionSet? selections, string name, GraphQLDocument document, int spreads)
    {
        foreach (var selection in selections?.Selections ?? [])
        {
            var found = selection switch
            {
                GraphQLField field => field.Name.StringValue == name,
                GraphQLInlineFragment inline => Names(inline.SelectionSet, name, document, spreads),
                GraphQLFragmentSpread spread => spreads >= MaxSpreads || Names(Fragment(document, spread)?.SelectionSet, name, document, spreads + 1),
                _ => true,
            };
            if (found)
            {
                return true;
            }
        }
        return false;
    }

    private static GraphQLFragmentDefinition? Fragment(GraphQLDocument document, GraphQLFragmentSpread spread)
    {
        foreach (var definition in document.Definitions)
        {
            if (definition is GraphQLFragmentDefinition fragment && fragment.FragmentName.Name == spread.FragmentName.Name)
            {
                return fragment;
            }
        }
        return null;
    }
}
