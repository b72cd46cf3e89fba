using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;
using KnowledgeGraph.Api.Auth;

namespace KnowledgeGraph.Api.GraphQL.Audit;

/// <summary>
/// A mutation that selects a node's <c>history</c> for a caller who may not read the audit trail is refused before it
/// runs. Left to the field, the write would be applied while its answer is lost to the refused, non-null history.
/// </summary>
public sealed class AuditInMutationsRule : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        if (context.Operation.Operation != OperationType.Mutation || context.User is { } user && Roles.Has(user, AuditPolicy.Role))
        {
            return default;
        }
        return new(new MatchingNodeVisitor<GraphQLField>((field, validation) =>
        {
            if (field.Name == "history" && validation.TypeInfo.GetParentType()?.GetNamedType() is IImplementInterfaces { ResolvedInterfaces: var interfaces }
                && interfaces.Any(i => i.Name == "Node"))
            {
                var signedIn = validation.User?.Identity?.IsAuthenticated == true;
                validation.ReportError(new ValidationError(validation.Document.Source, null,
                    $"'history' needs the {AuditPolicy.Role} role; the mutation was not run.", field)
                {
                    Code = signedIn ? ErrorCodes.Forbidden : ErrorCodes.Unauthenticated,
                });
            }
        }));
    }
}
