using System.Security.Claims;
using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Api.Auth;

/// <summary>What a signed JWT must carry to be accepted, and the one claim its roles come from.</summary>
public static class JwtClaims
{
    public const string Subject = "sub";
    public const string Role = "role";
    public const int MaxSubjectLength = 256;

    /// <summary>Enough for clocks kept in sync, short enough that an expired token stops working at once.</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Why a validly signed token is still refused, or null: <c>sub</c> names the actor in the audit trail, so it must
    /// be there, once, visible, short and free of control characters (it is written to logs and the audit as is).
    /// </summary>
    public static string? Refusal(ClaimsPrincipal principal)
    {
        var subjects = principal.FindAll(Subject).Select(c => c.Value).ToList();
        return subjects switch
        {
            [] => "The token has no 'sub' claim.",
            [var subject] when subject.Length > MaxSubjectLength => $"The token's 'sub' is longer than {MaxSubjectLength} characters.",
            [var subject] when TextRules.FirstForbidden(subject) is not null || subject.Contains('\n') || subject.Contains('\t') => "The token's 'sub' holds control characters.",
            [var subject] when !TextRules.HasVisibleCharacter(subject) => "The token's 'sub' is empty.",
            [_] => null,
            _ => "The token has more than one 'sub' claim.",
        };
    }

    /// <summary>
    /// Roles come from <c>role</c> claims only: whatever the token sent under the type the role checks read
    /// (<see cref="ClaimTypes.Role"/>), or under any other role-like name, is dropped before <c>role</c> is copied there.
    /// </summary>
    public static void KeepOnlyRoleClaims(ClaimsIdentity identity)
    {
        foreach (var claim in identity.FindAll(ClaimTypes.Role).ToList())
        {
            identity.RemoveClaim(claim);
        }
        foreach (var role in identity.FindAll(Role).Select(c => c.Value).ToList())
        {
            identity.AddClaim(new Claim(ClaimTypes.Role, role));
        }
    }
}
