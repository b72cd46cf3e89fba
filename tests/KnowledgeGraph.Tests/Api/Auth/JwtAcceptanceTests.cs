using System.Security.Claims;
using System.Text;
using KnowledgeGraph.Tests.Support;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace KnowledgeGraph.Tests.Api.Auth;

/// <summary>JWTs are accepted exactly as documented: HS256 only, 30 s of clock skew, roles from <c>role</c>, a clean <c>sub</c>.</summary>
public sealed class JwtAcceptanceTests(CuratedApp app) : IClassFixture<CuratedApp>
{
    private const string AdminOnly = "{ auditLog(first: 1) { id } }";

    private static string Token(IDictionary<string, object> claims, DateTime? expires = null, string algorithm = SecurityAlgorithms.HmacSha256, string signingKey = CuratedApp.SigningKey)
    {
        var until = expires ?? DateTime.UtcNow.AddHours(1);
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Claims = claims,
            Issuer = CuratedApp.Issuer,
            Audience = CuratedApp.Audience,
            NotBefore = until.AddHours(-2),
            IssuedAt = until.AddHours(-2),
            Expires = until,
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(signingKey)), algorithm),
        });
    }

    [Fact]
    public async Task A_well_formed_admin_token_is_accepted()
    {
        Assert.NotNull((await app.DataAsync(AdminOnly, Token(new Dictionary<string, object> { ["sub"] = "root", ["role"] = "admin" })))["auditLog"]);
        Assert.NotNull((await app.DataAsync(AdminOnly, Token(new Dictionary<string, object> { ["sub"] = "root", ["role"] = "admin" }, DateTime.UtcNow.AddSeconds(-10))))["auditLog"]);
    }

    [Fact]
    public async Task A_token_expired_two_minutes_ago_is_refused()
    {
        var (status, _) = await app.SendAsync(AdminOnly, Token(new Dictionary<string, object> { ["sub"] = "root", ["role"] = "admin" }, DateTime.UtcNow.AddMinutes(-2)));
        Assert.Equal(401, status);
    }

    [Theory]
    [InlineData(SecurityAlgorithms.HmacSha384)]
    [InlineData(SecurityAlgorithms.HmacSha512)]
    public async Task A_token_signed_with_the_right_key_but_another_algorithm_is_refused(string algorithm)
    {
        // HS512 needs a key of 64 bytes or more; with one that long every HMAC algorithm could verify.
        var longKey = new string('k', 64);
        using var own = new CuratedApp();
        own.Settings["Auth:Jwt:SigningKey"] = longKey;
        var claims = new Dictionary<string, object> { ["sub"] = "root", ["role"] = "admin" };

        Assert.NotNull((await own.DataAsync(AdminOnly, Token(claims, signingKey: longKey)))["auditLog"]);
        var (status, _) = await own.SendAsync(AdminOnly, Token(claims, algorithm: algorithm, signingKey: longKey));
        Assert.Equal(401, status);
    }

    [Theory]
    [InlineData(ClaimTypes.Role)]
    [InlineData("roles")]
    [InlineData("http://schemas.xmlsoap.org/ws/2005/05/identity/claims/role")]
    public async Task Only_the_role_claim_gives_a_role(string otherRoleClaim)
    {
        var token = Token(new Dictionary<string, object> { ["sub"] = "mallory", ["role"] = "reader", [otherRoleClaim] = "admin" });
        await app.ErrorAsync(AdminOnly, token, "FORBIDDEN");
        await app.ErrorAsync("""mutation { link(type: USES, from: "org:unite_here", to: "tactic:hashtag_campaign") { graphVersion } }""", token, "FORBIDDEN");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("alice\n[00:00:00 ERR] forged")]
    [InlineData("nul\u0000")]
    public async Task A_token_without_a_clean_subject_is_refused(string? subject)
    {
        var claims = new Dictionary<string, object> { ["role"] = "admin" };
        if (subject is not null)
        {
            claims["sub"] = subject;
        }
        var (status, body) = await app.SendAsync(AdminOnly, Token(claims));
        Assert.Equal(401, status);
        Assert.Equal("UNAUTHENTICATED", (string?)body["errors"]![0]!["extensions"]!["code"]);
    }
}
