using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace KnowledgeGraph.Api.Auth;

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
