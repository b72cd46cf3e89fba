using System.Reflection;

namespace KnowledgeGraph.Api.Http;

/// <summary>
/// GraphiQL, vendored and embedded in the assembly so that it works offline and whatever the working directory.
/// Versions and licences are in the GraphiQL folder next to the files. The page has no inline script or style, so
/// its Content-Security-Policy allows only files served here.
/// </summary>
public static class GraphiQLAssets
{
    private static readonly Assembly Assembly = typeof(GraphiQLAssets).Assembly;

    private static readonly IReadOnlyDictionary<string, string> ContentTypes = new Dictionary<string, string>
    {
        ["index.html"] = "text/html; charset=utf-8",
        ["start.js"] = "text/javascript; charset=utf-8",
        ["page.css"] = "text/css; charset=utf-8",
        ["graphiql.min.css"] = "text/css; charset=utf-8",
        ["graphiql.min.js"] = "text/javascript; charset=utf-8",
        ["react.production.min.js"] = "text/javascript; charset=utf-8",
        ["react-dom.production.min.js"] = "text/javascript; charset=utf-8",
    };

    public static bool WantsPage(HttpRequest request) =>
        HttpMethods.IsGet(request.Method) && !request.Query.ContainsKey("query")
        && request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase);

    public static IEndpointRouteBuilder MapGraphiQL(this IEndpointRouteBuilder app)
    {
        app.MapGet("/graphiql/{file}", (string file, HttpContext http) => WriteAsync(http, file));
        return app;
    }

    public static async Task WriteAsync(HttpContext http, string file)
    {
        await using var stream = ContentTypes.ContainsKey(file) ? Assembly.GetManifestResourceStream($"GraphiQL/{file}") : null;
        if (stream is null)
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        http.Response.ContentType = ContentTypes[file];
        http.Response.Headers.CacheControl = file == "index.html" ? "no-cache" : "public, max-age=86400";
        if (file == "index.html")
        {
            http.Response.Headers.ContentSecurityPolicy = SecurityHeaders.GraphiQLPolicy;
        }
        await stream.CopyToAsync(http.Response.Body, http.RequestAborted);
    }
}
