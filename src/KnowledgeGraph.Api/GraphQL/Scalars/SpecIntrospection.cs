using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using GraphQL.Utilities;

namespace KnowledgeGraph.Api.GraphQL.Scalars;

/// <summary>
/// The parts of the October 2021 introspection that GraphQL.NET 8 lacks, added to its introspection types while the
/// schema initializes: <c>__Type.specifiedByURL</c> and <c>__Directive.args(includeDeprecated:)</c>. (isRepeatable and
/// deprecated arguments and input fields come from the schema's Features.)
/// </summary>
public sealed class SpecIntrospection : BaseSchemaNodeVisitor
{
    public override void VisitObject(IObjectGraphType type, ISchema schema)
    {
        if (type.Name == "__Type" && !type.HasField("specifiedByURL"))
        {
            type.AddField(new FieldType
            {
                Name = "specifiedByURL",
                Description = "For a custom scalar, the URL of the specification it follows; null otherwise.",
                ResolvedType = schema.AllTypes["String"],
                Resolver = new FuncFieldResolver<IGraphType, string?>(c => SpecifiedByDirective.UrlOf(c.Source)),
            });
        }
        else if (type.Name == "__Directive" && type.GetField("args") is { } args && args.Arguments?.Find("includeDeprecated") is null)
        {
            args.Arguments ??= new QueryArguments();
            args.Arguments.Add(new QueryArgument(schema.AllTypes["Boolean"]!)
            {
                Name = "includeDeprecated",
                Description = "Also list deprecated arguments.",
                DefaultValue = false,
            });
            args.Resolver = new FuncFieldResolver<Directive, IEnumerable<QueryArgument>>(c =>
                ((IEnumerable<QueryArgument>?)c.Source.Arguments ?? []).Where(a => a.DeprecationReason is null || c.GetArgument("includeDeprecated", false)));
        }
    }
}
