using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace KnowledgeGraph.Api.Auth;

public sealed class AuthOptions
{
    public const string Section = "Auth";

    /// <summary>When true, reads need at least the reader role too; by default the graph is open to read.</summary>
    public bool RequireReaderForReads { get; set; }

    /// <summary>API keys, stored only as SHA-256 hashes (hex) of the key, each with a name (the actor in the audit) and a role.</summary>
    public List<ApiKeyOptions> ApiKeys { get; set; } = [];

    public JwtOptions Jwt { get; set; } = new();
}

public sealed class ApiKeyOptions
{
    public string Name { get; set; } = "";
    public string Sha256 { get; set; } = "";
    public string Role { get; set; } = Roles.Reader;
}

public sealed class JwtOptions
{
    public string? Issuer { get; set; }
    public string? Audience { get; set; }

    /// <summary>Symmetric signing key (at least 32 bytes of UTF-8); JWTs are refused while it is unset.</summary>
    public string? SigningKey { get; set; }
}

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
}

/// <summary>
/// <c>Authorization: Bearer …</c> carries either an API key or a JWT: tokens shaped like a JWT (three dot-separated
/// parts) go to the JWT handler, anything else is looked up as an API key.
/// </summary>
public static class AuthSetup
{
    public const string Scheme = "KnowledgeGraph";
    public const string ApiKeyScheme = "ApiKey";

    public static IHostApplicationBuilder AddKnowledgeGraphAuth(this IHostApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(AuthOptions.Section).Get<AuthOptions>() ?? new AuthOptions();
        foreach (var key in options.ApiKeys.Where(k => !Roles.IsKnown(k.Role)))
        {
            throw new InvalidOperationException($"API key '{key.Name}' has unknown role '{key.Role}' (use reader, curator or admin).");
        }
        builder.Services.AddSingleton(options);
        builder.Services.AddAuthorization(authorization => ReadPolicy.Add(authorization, options));
        builder.Services.AddAuthentication(Scheme)
            .AddPolicyScheme(Scheme, "API key or JWT", policy => policy.ForwardDefaultSelector = http =>
                BearerToken(http.Request)?.Count(c => c == '.') == 2 ? JwtBearerDefaults.AuthenticationScheme : ApiKeyScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyHandler>(ApiKeyScheme, null)
            .AddJwtBearer(jwt =>
            {
                jwt.MapInboundClaims = false;
                jwt.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidateIssuer = options.Jwt.Issuer is not null,
                    ValidIssuer = options.Jwt.Issuer,
                    ValidateAudience = options.Jwt.Audience is not null,
                    ValidAudience = options.Jwt.Audience,
                    ValidateIssuerSigningKey = true,
                    IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(options.Jwt.SigningKey ?? RandomNumberGenerator.GetHexString(64))),
                    NameClaimType = "sub",
                    RoleClaimType = "role",
                };
                jwt.Events = new JwtBearerEvents
                {
                    OnTokenValidated = context =>
                    {
                        // Roles arrive as "role" claims; keep them under the standard type the role checks read.
                        var identity = (ClaimsIdentity)context.Principal!.Identity!;
                        foreach (var role in identity.FindAll("role").Select(c => c.Value).ToList())
                        {
                            identity.AddClaim(new Claim(ClaimTypes.Role, role));
                        }
                        return Task.CompletedTask;
                    },
                };
            });
        return builder;
    }

    public static string? BearerToken(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header[7..].Trim() : null;
    }

    /// <summary>The hex SHA-256 of an API key, as stored in configuration.</summary>
    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}

public sealed class ApiKeyHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, AuthOptions auth)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (AuthSetup.BearerToken(Request) is not { Length: > 0 } token)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }
        var hash = Encoding.ASCII.GetBytes(AuthSetup.Hash(token));
        var key = auth.ApiKeys.FirstOrDefault(k => CryptographicOperations.FixedTimeEquals(hash, Encoding.ASCII.GetBytes(k.Sha256.ToLowerInvariant())));
        if (key is null)
        {
            return Task.FromResult(AuthenticateResult.Fail("The API key is not valid."));
        }
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, key.Name), new Claim(ClaimTypes.Role, key.Role)], Scheme.Name);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name)));
    }
}
