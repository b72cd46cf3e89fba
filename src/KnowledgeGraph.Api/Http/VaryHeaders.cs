using Microsoft.Net.Http.Headers;

namespace KnowledgeGraph.Api.Http;

/// <summary>
/// <c>Vary</c> is written by several parts (HTTP caching, compression, CORS), each appending its own names; this adds
/// names that are missing and, registered first, leaves each name once in the response.
/// </summary>
public static class VaryHeaders
{
    public static void Add(IHeaderDictionary headers, params string[] names)
    {
        var present = headers.GetCommaSeparatedValues(HeaderNames.Vary);
        var missing = names.Where(name => !present.Contains(name, StringComparer.OrdinalIgnoreCase)).ToArray();
        if (missing.Length > 0)
        {
            headers.Vary = string.Join(", ", present.Concat(missing));
        }
    }

    public static WebApplication UseDistinctVaryHeaders(this WebApplication app)
    {
        app.Use((http, next) =>
        {
            // Registered before the others, so it runs after them: starting callbacks run last-registered first.
            http.Response.OnStarting(() =>
            {
                var names = http.Response.Headers.GetCommaSeparatedValues(HeaderNames.Vary);
                if (names.Length > 1)
                {
                    http.Response.Headers.Vary = string.Join(", ", names.Distinct(StringComparer.OrdinalIgnoreCase));
                }
                return Task.CompletedTask;
            });
            return next(http);
        });
        return app;
    }
}
