using System.Runtime.CompilerServices;
using GraphQL.Types;
using GraphQLParser.AST;
using KnowledgeGraph.Api.GraphQL.Schema;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.GraphQL.Limits;

/// <summary>
/// Bounds a parsed document before GraphQL.NET validates it. Validation and the cost analysis walk a fragment once per
/// spread, so ten spreads nested eight deep cost 10⁸ steps; here each fragment is counted once (memoised) and the
/// count saturates, so the check is linear in the document's size and refuses such a document in microseconds.
/// It also caps root fields, analysis fields, schema walks and introspection nesting (as graphql-js's
/// MaxIntrospectionDepthRule does), and refuses introspection when it is switched off. The verdict depends only on the
/// document and these options, so a parsed document that passed once (parsed documents are shared, see
/// <see cref="Execution.DocumentParser"/>) is not walked again.
/// </summary>
public sealed class DocumentLimits
{
    /// <summary>Deepest chain of fragments spreading fragments; deeper chains would only exhaust the validator's stack.</summary>
    public const int MaxFragmentNesting = 50;

    /// <summary>Deepest field nesting the walk follows (through fragments too); the depth limits proper come later, in validation.</summary>
    public const int MaxWalkDepth = 128;

    /// <summary>Nesting of introspection lists (fields, interfaces, possibleTypes, inputFields) at which a schema walk is refused.</summary>
    public const int MaxIntrospectionListNesting = 3;

    private static readonly HashSet<string> IntrospectionLists = ["fields", "interfaces", "possibleTypes", "inputFields"];

    private readonly GraphQLOptions _options;
    private readonly ISchema _schema;
    private readonly Lazy<HashSet<string>> _analysisFields;
    private readonly ConditionalWeakTable<GraphQLDocument, object> _passed = [];
    private static readonly object Passed = new();

    public DocumentLimits(IOptions<GraphQLOptions> options, ISchema schema)
    {
        _options = options.Value;
        _schema = schema;
        _analysisFields = new(() => schema.Query.Fields.Where(AnalysisCost.IsAnalysis).Select(f => f.Name).ToHashSet());
    }

    /// <summary>Null when every operation of the document is within the limits; otherwise the error to answer.</summary>
    public GraphError? Check(GraphQLDocument document)
    {
        if (_passed.TryGetValue(document, out _))
        {
            return null;
        }
        if (FindProblem(document) is { } error)
        {
            return error;   // not remembered: a refused document is rare, and each refusal is a new error to answer
        }
        _passed.AddOrUpdate(document, Passed);
        return null;
    }

    private GraphError? FindProblem(GraphQLDocument document)
    {
        var fragments = document.Definitions.OfType<GraphQLFragmentDefinition>()
            .GroupBy(f => f.FragmentName.Name.StringValue).ToDictionary(g => g.Key, g => g.First());
        var walk = new Walk(fragments, _analysisFields.Value);
        foreach (var operation in document.Definitions.OfType<GraphQLOperationDefinition>())
        {
            if (operation.Operation == OperationType.Subscription && _schema.Subscription is null)
            {
                // GraphQL.NET would fail on it as an internal error; every operation of a document must be valid.
                return new GraphError(ErrorCodes.ValidationFailed, "This API has no subscriptions; send queries and mutations.");
            }
            var tally = walk.Root(operation.SelectionSet);
            if (walk.TooDeep || tally.Depth > MaxWalkDepth)
            {
                return TooComplex($"The operation nests fields more than {MaxWalkDepth} levels deep.");
            }
            if (Judge(tally) is { } error)
            {
                return error;
            }
        }
        return null;
    }

    private GraphError? Judge(Tally tally)
    {
        if (tally.FragmentNesting > MaxFragmentNesting)
        {
            return TooComplex($"Fragments spread fragments more than {MaxFragmentNesting} deep.");
        }
        if (tally.Fields > _options.MaxFieldSelections)
        {
            return TooComplex($"The operation selects more than {_options.MaxFieldSelections} fields once its fragments are expanded.");
        }
        if (tally.RootFields > _options.MaxRootFields)
        {
            return TooComplex($"The operation has {Show(tally.RootFields)} root fields; at most {_options.MaxRootFields} are allowed.");
        }
        if (tally.AnalysisFields > _options.MaxAnalysisFields)
        {
            return TooComplex($"The operation runs {Show(tally.AnalysisFields)} analyses; at most {_options.MaxAnalysisFields} are allowed per request.");
        }
        if (!_options.Introspection && tally.IntrospectionFields > 0)
        {
            return new GraphError(ErrorCodes.ValidationFailed, "Introspection (__schema, __type) is switched off on this server.");
        }
        if (tally.SchemaFields > 1)
        {
            return TooComplex("An operation may walk the schema (__schema) once.");
        }
        if (tally.IntrospectionListNesting >= MaxIntrospectionListNesting)
        {
            return TooComplex($"Introspection lists (fields, interfaces, possibleTypes, inputFields) nest {MaxIntrospectionListNesting} or more deep.");
        }
        return null;
    }

    private static string Show(long count) => count >= Tally.Saturation ? "too many" : count.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static GraphError TooComplex(string message) => new(ErrorCodes.QueryTooComplex, message);

    /// <summary>What a selection set holds once expanded; counts saturate, so a bomb's true size is never computed.</summary>
    private readonly record struct Tally(
        long Fields, long RootFields, long AnalysisFields, long IntrospectionFields, long SchemaFields,
        int IntrospectionListNesting, int FragmentNesting, int Depth)
    {
        public const long Saturation = 1L << 40;

        public static Tally operator +(Tally a, Tally b) => new(
            Add(a.Fields, b.Fields), Add(a.RootFields, b.RootFields), Add(a.AnalysisFields, b.AnalysisFields),
            Add(a.IntrospectionFields, b.IntrospectionFields), Add(a.SchemaFields, b.SchemaFields),
            Math.Max(a.IntrospectionListNesting, b.IntrospectionListNesting), Math.Max(a.FragmentNesting, b.FragmentNesting), Math.Max(a.Depth, b.Depth));

        private static long Add(long a, long b) => Math.Min(a + b, Saturation);
    }

    private sealed class Walk(Dictionary<string, GraphQLFragmentDefinition> fragments, HashSet<string> analysisFields)
    {
        private readonly Dictionary<(string, bool), Tally> _done = [];
        private readonly HashSet<(string, bool)> _inProgress = [];
        private int _depth;

        public bool TooDeep { get; private set; }

        public Tally Root(GraphQLSelectionSet selections) => Selections(selections, atRoot: true, nesting: 0);

        private Tally Selections(GraphQLSelectionSet? set, bool atRoot, int nesting)
        {
            var tally = default(Tally);
            foreach (var selection in set?.Selections ?? [])
            {
                tally += selection switch
                {
                    GraphQLField field => Field(field, atRoot, nesting),
                    GraphQLInlineFragment inline => Selections(inline.SelectionSet, atRoot, nesting),
                    GraphQLFragmentSpread spread => Spread(spread.FragmentName.Name.StringValue, atRoot, nesting),
                    _ => default,
                };
            }
            return tally;
        }

        private Tally Field(GraphQLField field, bool atRoot, int nesting)
        {
            var name = field.Name.StringValue;
            var introspection = name is "__schema" or "__type";
            var own = new Tally(
                Fields: 1,
                RootFields: atRoot ? 1 : 0,
                AnalysisFields: atRoot && analysisFields.Contains(name) ? 1 : 0,
                IntrospectionFields: introspection ? 1 : 0,
                SchemaFields: name == "__schema" ? 1 : 0,
                IntrospectionListNesting: 0,
                FragmentNesting: 0,
                Depth: 1);
            if (field.SelectionSet is null || TooDeep)
            {
                return own;
            }
            if (++_depth > MaxWalkDepth)
            {
                TooDeep = true;
                _depth--;
                return own;
            }
            var children = Selections(field.SelectionSet, atRoot: false, nesting);
            _depth--;
            if (IntrospectionLists.Contains(name))
            {
                children = children with { IntrospectionListNesting = children.IntrospectionListNesting + 1 };
            }
            return own + (children with { Depth = children.Depth + 1 });
        }

        private Tally Spread(string name, bool atRoot, int nesting)
        {
            if (nesting > MaxFragmentNesting)
            {
                return new Tally(0, 0, 0, 0, 0, 0, nesting, 0);
            }
            var key = (name, atRoot);
            if (_done.TryGetValue(key, out var known))
            {
                return known with { FragmentNesting = known.FragmentNesting + nesting };
            }
            if (!fragments.TryGetValue(name, out var fragment) || !_inProgress.Add(key))
            {
                return default;   // an unknown fragment or a cycle: validation reports it
            }
            // Stored relative to this spread, so the same fragment reached at another nesting adds its own offset.
            var tally = Selections(fragment.SelectionSet, atRoot, nesting + 1);
            var relative = tally with { FragmentNesting = Math.Max(tally.FragmentNesting - nesting, 1) };
            _inProgress.Remove(key);
            _done[key] = relative;
            return relative with { FragmentNesting = relative.FragmentNesting + nesting };
        }
    }
}
