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
    public static string CacheBucket(ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated != true)
        {
            return "anonymous";   // asked on every request the response cache answers: no role lookup for the common case
        }
        for (var i = Order.Length - 1; i >= 0; i--)
        {
            if (Has(user, Order[i]))
            {
                return Order[i];
            }
        }
        return "anonymous";
    }
}
