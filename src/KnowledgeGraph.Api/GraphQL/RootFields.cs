using GraphQL.Types;

namespace KnowledgeGraph.Api.GraphQL;

/// <summary>Marks a class whose static <c>AddTo(ObjectGraphType)</c> adds fields to the Query root.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class QueryFieldsAttribute : Attribute;

/// <summary>Marks a class whose static <c>AddTo(ObjectGraphType)</c> adds fields to the Mutation root.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class MutationFieldsAttribute : Attribute;

/// <summary>
/// Finds the classes that add root fields, so a new capability's fields need no line in the root types. They are
/// applied in the order of their full names, which keeps the schema the same from one start to the next.
/// </summary>
public static class RootFields
{
    public static void AddMarked<TAttribute>(ObjectGraphType root) where TAttribute : Attribute
    {
        var marked = typeof(RootFields).Assembly.GetTypes()
            .Where(type => type.IsDefined(typeof(TAttribute), inherit: false))
            .OrderBy(type => type.FullName, StringComparer.Ordinal);
        foreach (var type in marked)
        {
            var addTo = type.GetMethod("AddTo", [typeof(ObjectGraphType)])
                ?? throw new InvalidOperationException($"{type.Name} is marked to add root fields but has no public static AddTo(ObjectGraphType).");
            addTo.Invoke(null, [root]);
        }
    }
}
