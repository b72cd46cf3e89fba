using Microsoft.AspNetCore.Authorization;

namespace KnowledgeGraph.Api.Auth;

/// <summary>
/// The one rule for reading the graph, over GraphQL or as a download: open by default, the reader role when
/// <see cref="AuthOptions.RequireReaderForReads"/> is set.
/// </summary>
public static class ReadPolicy
{
    public const string Name = "read";

    public static void Add(AuthorizationOptions authorization, AuthOptions auth) =>
        authorization.AddPolicy(Name, policy => policy.RequireAssertion(context => !auth.RequireReaderForReads || Roles.Has(context.User, Roles.Reader)));
}
