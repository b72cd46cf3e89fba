using System.ComponentModel.DataAnnotations;

namespace KnowledgeGraph.Api.Http;

/// <summary>Which web pages on other origins may call the API from a browser (CORS); nothing is allowed unless configured.</summary>
public sealed class CrossOriginOptions
{
    public const string Section = "Cors";

    /// <summary>
    /// Exact origins (<c>https://dashboard.example.org</c>, with a port when it is not the default one; no path, no
    /// trailing slash), or the single entry <c>*</c> for any origin, which credentials exclude.
    /// </summary>
    public string[] AllowedOrigins { get; set; } = [];

    /// <summary>Whether pages on <c>localhost</c>, <c>127.0.0.1</c> or <c>[::1]</c>, any port, may call; unset means in Development only.</summary>
    public bool? AllowLoopbackOrigins { get; set; }

    /// <summary>
    /// Whether a page may send the browser's own credentials (cookies, HTTP authentication) with
    /// <c>credentials: "include"</c>. The API needs none: an <c>Authorization</c> header a page sets itself works without it.
    /// </summary>
    public bool AllowCredentials { get; set; }

    /// <summary>How long a browser may reuse a preflight's answer (browsers cap it: Chromium at 7,200 s).</summary>
    [Range(0, 86400)]
    public int PreflightMaxAgeSeconds { get; set; } = 600;

    /// <summary>Why these settings cannot work, or null.</summary>
    public string? Problem()
    {
        if (AllowedOrigins.Contains("*"))
        {
            return AllowCredentials
                ? "Cors:AllowedOrigins is '*' and Cors:AllowCredentials is true: browsers refuse credentials for any origin; list the origins."
                : AllowedOrigins.Length > 1 ? "Cors:AllowedOrigins holds '*' and other origins: '*' stands alone." : null;
        }
        return AllowedOrigins.FirstOrDefault(origin => Normalize(origin) is null) is { } bad
            ? $"Cors:AllowedOrigins holds '{bad}', which is not an origin: scheme, host and optional port only, such as https://dashboard.example.org or http://localhost:3000 (no path, no trailing slash)."
            : null;
    }

    /// <summary>An origin as a browser sends it (lower case, default port left out), or null when the text is not one.</summary>
    public static string? Normalize(string origin) =>
        Uri.TryCreate(origin, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.UserInfo.Length == 0
        && origin.TrimEnd('/').Length == origin.Length && uri.AbsolutePath == "/" && uri.Query.Length == 0 && uri.Fragment.Length == 0
            ? uri.GetLeftPart(UriPartial.Authority).ToLowerInvariant()
            : null;
}
