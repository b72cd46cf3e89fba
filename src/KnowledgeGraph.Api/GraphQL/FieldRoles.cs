using GraphQL;
using KnowledgeGraph.Api.Auth;

namespace KnowledgeGraph.Api.GraphQL;

/// <summary>The role check of fields that need more than anonymous access.</summary>
public static class FieldRoles
{
    /// <summary>UNAUTHENTICATED without credentials, FORBIDDEN when the role is too low; returns the actor's name.</summary>
    public static string Require(IResolveFieldContext context, string role)
    {
        var user = context.User;
        if (user?.Identity?.IsAuthenticated != true)
        {
            throw new GraphError(ErrorCodes.Unauthenticated, $"'{context.FieldDefinition.Name}' needs the {role} role: send an API key or token as 'Authorization: Bearer ...'.");
        }
        if (!Roles.Has(user, role))
        {
            throw new GraphError(ErrorCodes.Forbidden, $"'{context.FieldDefinition.Name}' needs the {role} role, which '{user.Identity.Name}' does not have.");
        }
        return user.Identity.Name ?? "unknown";
    }
}
