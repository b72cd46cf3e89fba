using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using Microsoft.Net.Http.Headers;

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
        builder.Services.AddOptions<AuthOptions>().BindConfiguration(AuthOptions.Section)
            .Validate(options => options.HasKnownRoles(), "Every API key in Auth:ApiKeys needs the role reader, curator or admin.")
            .ValidateOnStart();
        builder.Services.AddAuthorization();
        builder.Services.AddOptions<AuthorizationOptions>().Configure<IOptions<AuthOptions>>((authorization, auth) => ReadPolicy.Add(authorization, auth.Value));
        builder.Services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme).Configure<IOptions<AuthOptions>>((jwt, auth) => ConfigureJwt(jwt, auth.Value.Jwt));
        builder.Services.AddAuthentication(Scheme)
            .AddPolicyScheme(Scheme, "API key or JWT", policy => policy.ForwardDefaultSelector = http =>
                BearerToken(http.Request)?.Count(c => c == '.') == 2 ? JwtBearerDefaults.AuthenticationScheme : ApiKeyScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyHandler>(ApiKeyScheme, null)
            .AddJwtBearer();
        return builder;
    }

    private static void ConfigureJwt(JwtBearerOptions jwt, JwtOptions jwtOptions)
    {
        jwt.MapInboundClaims = false;
        jwt.TokenValidationParameters = new TokenValidationParameters
        {
            ValidateIssuer = jwtOptions.Issuer is not null,
            ValidIssuer = jwtOptions.Issuer,
            ValidateAudience = jwtOptions.Audience is not null,
            ValidAudience = jwtOptions.Audience,
            ValidateIssuerSigningKey = true,
            IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(jwtOptions.SigningKey ?? RandomNumberGenerator.GetHexString(64))),
            ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
            ClockSkew = JwtClaims.ClockSkew,
            NameClaimType = JwtClaims.Subject,
            RoleClaimType = JwtClaims.Role,
        };
        jwt.Events = new JwtBearerEvents
        {
            OnTokenValidated = context =>
            {
                if (JwtClaims.Refusal(context.Principal!) is { } reason)
                {
                    context.Fail(reason);
                }
                else
                {
                    JwtClaims.KeepOnlyRoleClaims((ClaimsIdentity)context.Principal!.Identity!);
                }
                return Task.CompletedTask;
            },
        };
    }

    /// <summary>
    /// Authenticates the requests that carry credentials: both kinds (an API key, a JWT) come as a bearer token in the
    /// Authorization header. A request without that header is anonymous without asking the handlers, which are built
    /// anew for every request and took about a tenth of a cached answer's time in the middleware and endpoint; the user,
    /// and every check that reads it, are the same as after the handlers' "no result". (GraphQL over WebSocket
    /// authenticates its own connection_init.)
    /// </summary>
    public static IApplicationBuilder UseKnowledgeGraphAuthentication(this IApplicationBuilder app)
    {
        app.UseWhen(http => http.Request.Headers.ContainsKey(HeaderNames.Authorization), credentialed => credentialed.UseAuthentication());
        // The branch's builder marks authentication as added only in its own copy of the properties; without the mark
        // on the application, the host would put the authentication middleware in front of every request again.
        // AuthenticationTests counts the handlers built to see that it does not.
        app.Properties[AuthenticationMiddlewareSetKey] = true;
        return app;
    }

    /// <summary>What <c>UseAuthentication</c> sets on the application builder (ASP.NET Core's <c>AuthAppBuilderExtensions</c>).</summary>
    private const string AuthenticationMiddlewareSetKey = "__AuthenticationMiddlewareSet";

    public static string? BearerToken(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header[7..].Trim() : null;
    }

    /// <summary>The hex SHA-256 of an API key, as stored in configuration.</summary>
    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}
