using GraphQL;
using KnowledgeGraph.Api.Auth;

namespace KnowledgeGraph.Api.GraphQL.Audit;

/// <summary>
/// Who may read the audit trail. It names the actors and holds every value before and after a change, so it is for
/// admins, whether it is read as the whole <c>auditLog</c> or as one node's <c>history</c>.
/// </summary>
public static class AuditPolicy
{
    public const string Role = Roles.Admin;

    /// <summary>UNAUTHENTICATED without credentials, FORBIDDEN below admin.</summary>
    public static void Require(IResolveFieldContext context) => FieldRoles.Require(context, Role);
}
