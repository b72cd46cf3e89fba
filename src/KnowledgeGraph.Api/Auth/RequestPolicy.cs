using Microsoft.AspNetCore.Authorization;

namespace KnowledgeGraph.Api.Auth;

/// <summary>What every HTTP read or write checks before it runs; each refusal is a 401 with the reason.</summary>
public static class RequestPolicy
{
    public const string InvalidCredentials = "The credentials sent are not valid: an unknown API key, or an expired or wrongly signed token.";
    public const string ReaderNeeded = "Reading this graph needs an API key or token with the reader role.";

    /// <summary>A bearer credential was sent but did not authenticate: refused even where anonymous access would do.</summary>
    public static string? CheckCredentials(HttpContext http) =>
        AuthSetup.BearerToken(http.Request) is not null && http.User.Identity?.IsAuthenticated != true ? InvalidCredentials : null;

    /// <summary>Null when <see cref="ReadPolicy"/> lets this caller read; otherwise why not.</summary>
    public static async Task<string?> CheckReadAsync(HttpContext http)
    {
        var authorization = http.RequestServices.GetRequiredService<IAuthorizationService>();
        return (await authorization.AuthorizeAsync(http.User, ReadPolicy.Name)).Succeeded ? null : ReaderNeeded;
    }
}
