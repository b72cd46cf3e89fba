using System.Collections.Frozen;
using System.Reflection;
using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;

namespace KnowledgeGraph.Api.Http;

/// <summary>
/// The explorer (built from <c>explorer/</c> into the Explorer folder and embedded in the assembly), served at
/// <c>/explore/</c> so that it works offline and whatever the working directory. Every file is revalidated by its
/// content hash, so a new build is picked up at once and an unchanged file costs a 304.
/// </summary>
public static class ExplorerAssets
{
    public const string Path = "/explore";

    private static readonly FrozenDictionary<string, (string ContentType, byte[] Body, string ETag)> Files = Load();

    public static IEndpointRouteBuilder MapExplorer(this IEndpointRouteBuilder app)
    {
        // Routing matches "/explore" and "/explore/" alike; the page's relative links need the slash.
        app.MapMethods(Path + "/{file?}", [HttpMethods.Get, HttpMethods.Head], (string? file, HttpContext http) => file is not null ? Write(http, file)
            : http.Request.Path.Value!.EndsWith('/') ? Write(http, "index.html")
            : Results.Redirect(Path + "/" + http.Request.QueryString, permanent: true));
        return app;
    }

    private static IResult Write(HttpContext http, string file)
    {
        if (!Files.TryGetValue(file, out var asset))
        {
            return Results.NotFound();
        }
        var headers = http.Response.Headers;
        headers.CacheControl = "no-cache";
        headers.ETag = asset.ETag;
        if (file == "index.html")
        {
            headers.ContentSecurityPolicy = SecurityHeaders.ExplorerPolicy;
        }
        var match = http.Request.GetTypedHeaders().IfNoneMatch;
        if (match.Any(tag => tag.Tag == asset.ETag || tag == EntityTagHeaderValue.Any))
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }
        return Results.Bytes(asset.Body, asset.ContentType);
    }

    private static FrozenDictionary<string, (string, byte[], string)> Load()
    {
        var assembly = typeof(ExplorerAssets).Assembly;
        var files = new Dictionary<string, (string, byte[], string)>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(name => name.StartsWith("Explorer/", StringComparison.Ordinal)))
        {
            var body = Read(assembly, name);
            var file = name["Explorer/".Length..];
            var tag = $"\"{Convert.ToHexStringLower(SHA256.HashData(body))[..32]}\"";
            files[file] = (ContentType(file), body, tag);
        }
        return files.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static byte[] Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static string ContentType(string file) => System.IO.Path.GetExtension(file) switch
    {
        ".html" => "text/html; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        _ => "text/plain; charset=utf-8",
    };
}
