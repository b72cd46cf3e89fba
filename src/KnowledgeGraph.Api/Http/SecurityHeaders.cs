using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace KnowledgeGraph.Api.Http;

/// <summary>
/// Browser hardening on every response: no MIME sniffing, no referrer, never framed, no script or style from
/// anywhere (the API answers data); the GraphiQL page widens this to its own served files only. No Server header.
/// </summary>
public static class SecurityHeaders
{
    public const string ApiPolicy = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    public const string GraphiQLPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; font-src 'self' data:; "
        + "frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    /// <summary>The explorer's page: its own script, style and the endpoint; images only from itself or data URLs.</summary>
    public const string ExplorerPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data: blob:; "
        + "frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    public static IHostApplicationBuilder AddKnowledgeGraphSecurityHeaders(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<KestrelServerOptions>(kestrel => kestrel.AddServerHeader = false);
        return builder;
    }

    public static WebApplication UseKnowledgeGraphSecurityHeaders(this WebApplication app)
    {
        app.Use((http, next) =>
        {
            // At the last moment, so that an error page that cleared the headers still gets them.
            http.Response.OnStarting(() =>
            {
                var headers = http.Response.Headers;
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "no-referrer";
                headers.XFrameOptions = "DENY";
                if (string.IsNullOrEmpty(headers.ContentSecurityPolicy))
                {
                    headers.ContentSecurityPolicy = ApiPolicy;
                }
                return Task.CompletedTask;
            });
            return next(http);
        });
        return app;
    }
}
