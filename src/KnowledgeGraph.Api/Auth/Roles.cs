using System.Security.Claims;

namespace KnowledgeGraph.Api.Auth;

/// <summary>The roles, each including the ones below it: admin ⊃ curator ⊃ reader.</summary>
public static class Roles
{
    public const string Reader = "reader";
    public const string Curator = "curator";
    public const string Admin = "admin";

    private static readonly string[] Order = [Reader, Curator, Admin];

    public static bool Has(ClaimsPrincipal user, string role)
    {
        var needed = Array.IndexOf(Order, role);
        return user.Identity?.IsAuthenticated == true && user.FindAll(ClaimTypes.Role).Any(c => Array.IndexOf(Order, c.Value) >= needed);
    }

    public static bool IsKnown(string role) => Order.Contains(role);

    /// <summary>
    /// The caller's highest role, or "anonymous": cached responses are shared only within one bucket, so a field
    /// readable by one role never reaches a caller of a lower one through the cache.
    /// </summary>
    public static string CacheBucket(ClaimsPrincipal user) =>
        Enumerable.Reverse(Order).FirstOrDefault(role => Has(user, role)) ?? "anonymous";
}
