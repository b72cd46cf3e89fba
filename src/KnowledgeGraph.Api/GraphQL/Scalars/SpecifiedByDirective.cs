using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;

namespace KnowledgeGraph.Api.GraphQL.Scalars;

/// <summary>
/// The October 2021 spec's <c>@specifiedBy(url:)</c>, which GraphQL.NET 8 does not define: declared here, applied to
/// each custom scalar, printed in the SDL and answered as <c>__Type.specifiedByURL</c> (see SpecIntrospection).
/// </summary>
public sealed class SpecifiedByDirective : Directive
{
    public const string DirectiveName = "specifiedBy";

    /// <summary>Listed in <c>__schema.directives</c> like every directive the spec defines (GraphQL.NET hides type-system-only directives by default).</summary>
    public override bool? Introspectable => true;

    public SpecifiedByDirective() : base(DirectiveName, DirectiveLocation.Scalar)
    {
        Description = "Exposes a URL that specifies the behavior of this scalar.";
        Arguments = new QueryArguments(new QueryArgument<NonNullGraphType<StringGraphType>>
        {
            Name = "url",
            Description = "The URL that specifies the behavior of this scalar.",
        });
    }

    /// <summary>The scalar's specification URL, or null for a scalar without one (the spec's own scalars).</summary>
    public static string? UrlOf(IGraphType type) =>
        type is ScalarGraphType scalar ? scalar.GetAppliedDirectives()?.Find(DirectiveName)?.FindArgument("url")?.Value as string : null;
}

public static class SpecifiedByExtensions
{
    public static TScalar SpecifiedBy<TScalar>(this TScalar scalar, string url) where TScalar : ScalarGraphType
    {
        scalar.ApplyDirective(SpecifiedByDirective.DirectiveName, "url", url);
        return scalar;
    }
}
