using System.Security.Claims;

namespace KnowledgeGraph.Api.RateLimiting;

/// <summary>The rate-limit partition of a request: its authenticated actor when it has one, else the client address.</summary>
public static class ClientKey
{
    public static string Of(HttpContext http) => Of(http.User, http.Connection.RemoteIpAddress?.ToString());

    public static string Of(ClaimsPrincipal user, string? address) =>
        user.Identity is { IsAuthenticated: true, Name: { Length: > 0 } name } ? "actor:" + name : "address:" + (address ?? "unknown");
}
