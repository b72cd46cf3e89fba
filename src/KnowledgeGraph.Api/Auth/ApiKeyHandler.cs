using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Auth;

/// <summary>Looks a bearer credential up among the configured API keys, by hash, in constant time.</summary>
public sealed class ApiKeyHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, IOptions<AuthOptions> auth)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (AuthSetup.BearerToken(Request) is not { Length: > 0 } token)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }
        var hash = Encoding.ASCII.GetBytes(AuthSetup.Hash(token));
        var key = auth.Value.ApiKeys.FirstOrDefault(k => CryptographicOperations.FixedTimeEquals(hash, Encoding.ASCII.GetBytes(k.Sha256.ToLowerInvariant())));
        if (key is null)
        {
            return Task.FromResult(AuthenticateResult.Fail("The API key is not valid."));
        }
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, key.Name), new Claim(ClaimTypes.Role, key.Role)], Scheme.Name);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name)));
    }
}
