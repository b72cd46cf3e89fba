using System.Runtime.CompilerServices;
using GraphQL.Types;
using GraphQL.Validation.Complexity;

namespace KnowledgeGraph.Api.GraphQL.Limits;

/// <summary>
/// Introspection lists counted by what this schema really holds (its number of types, its average fields per type,
/// arguments per field, ...) instead of the default guess of 20 items per list, so a schema walk costs about as many
/// points as its response has fields, and nesting or repeating one multiplies like any other list.
/// </summary>
public static class IntrospectionCost
{
    private static readonly ConditionalWeakTable<ISchema, Dictionary<string, double>> Sizes = [];

    /// <summary>The impact of <paramref name="context"/>'s field when it is an introspection list; null for every other field.</summary>
    public static FieldComplexityResult? Of(FieldImpactContext context)
    {
        if (!context.ParentType.Name.StartsWith("__", StringComparison.Ordinal) || !IsList(context.FieldDefinition.ResolvedType))
        {
            return null;
        }
        var sizes = Sizes.GetValue(context.ValidationContext.Schema, Measure);
        return new FieldComplexityResult(context.Configuration.DefaultObjectImpact,
            sizes.TryGetValue(context.FieldDefinition.Name, out var size) ? size : 1);
    }

    private static bool IsList(IGraphType? type) => (type is NonNullGraphType nonNull ? nonNull.ResolvedType : type) is ListGraphType;

    private static Dictionary<string, double> Measure(ISchema schema)
    {
        var types = schema.AllTypes.ToList();
        var withFields = types.OfType<IComplexGraphType>().Where(t => t is not IInputObjectGraphType).ToList();
        var fields = withFields.SelectMany(t => t.Fields).ToList();
        var inputs = types.OfType<IInputObjectGraphType>().ToList();
        var enums = types.OfType<EnumerationGraphType>().ToList();
        var directives = schema.Directives.ToList();
        return new Dictionary<string, double>
        {
            ["types"] = types.Count,
            ["directives"] = Math.Max(1, directives.Count),
            ["fields"] = Average(withFields.Select(t => t.Fields.Count)),
            ["args"] = Average(fields.Select(f => f.Arguments?.Count ?? 0).Concat(directives.Select(d => d.Arguments?.Count ?? 0))),
            ["inputFields"] = Average(inputs.Select(t => t.Fields.Count)),
            ["enumValues"] = Average(enums.Select(t => t.Values.Count)),
            ["interfaces"] = Average(types.OfType<IImplementInterfaces>().Select(t => t.ResolvedInterfaces.Count)),
            ["possibleTypes"] = Average(types.OfType<IAbstractGraphType>().Select(t => t.PossibleTypes.Count)),
            ["locations"] = Average(directives.Select(d => d.Locations.Count)),
        };
    }

    private static double Average(IEnumerable<int> counts) => counts.DefaultIfEmpty(1).Average() is var average and > 1 ? average : 1;
}
