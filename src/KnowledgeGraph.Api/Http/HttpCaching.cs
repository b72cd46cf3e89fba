using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using KnowledgeGraph.Api.Auth;
using KnowledgeGraph.Api.Caching;
using KnowledgeGraph.Api.GraphQL.Schema;
using KnowledgeGraph.Api.Hosting;
using KnowledgeGraph.Core.Stores;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace KnowledgeGraph.Api.Http;

/// <summary>
/// HTTP caching of GET /graphql. An error-free answer gets an <c>ETag</c> made of what decides its data: the
/// graph version (read before execution, so the answer is never older than its tag), the schema, the whole query
/// string (document, variables, operationName, extensions), the response type, the caller's role bucket (as the
/// response cache keys) and, with compression on, Accept-Encoding. A request whose <c>If-None-Match</c> names the
/// current tag gets <c>304</c> without executing, once it passes the same credential and read checks as the endpoint;
/// a write moves the version, so the next request gets 200 and a new tag. Errors, and every POST, are never cached.
/// The tag is weak (<c>W/</c>): the data under one tag is always the same, but the body's <c>extensions.cost</c> says
/// what this request was charged and what is left of this caller's budget, which differ from one request to the next.
/// </summary>
public sealed class HttpCaching(GraphVersions versions, IGraphStore store, KnowledgeGraphSchema schema, IOptions<HttpResponseOptions> options) : IEndpointFilter
{
    private readonly Lazy<string> _schemaHash = new(() => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(SchemaPrinter.Print(schema)))));

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (!HttpMethods.IsGet(http.Request.Method) || GraphiQLAssets.WantsPage(http.Request) || MediaTypes.Choose(http.Request.Headers.Accept) is not { } mediaType)
        {
            return await next(context);
        }
        var tag = await TagAsync(http, mediaType);
        http.Response.OnStarting(() => Describe(http, tag));
        if (tag is not null && Matches(http.Request.Headers.IfNoneMatch, tag)
            && RequestPolicy.CheckCredentials(http) is null && await RequestPolicy.CheckReadAsync(http) is null)
        {
            http.Response.StatusCode = StatusCodes.Status304NotModified;
            return Results.Empty;
        }
        return await next(context);
    }

    /// <summary>The tag the answer would carry now; null when the store does not answer (the endpoint then reports it).</summary>
    private async Task<string?> TagAsync(HttpContext http, string mediaType)
    {
        long version;
        try
        {
            version = await versions.CurrentAsync(store, http.RequestAborted);
        }
        catch (Exception e) when (StoreUnavailableException.IsUnavailable(e))
        {
            return null;
        }
        var encoding = options.Value.Compression ? http.Request.Headers.AcceptEncoding.ToString() : "";
        var identity = string.Join('\n', _schemaHash.Value, mediaType, Roles.CacheBucket(http.User), encoding, http.Request.QueryString.Value);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(identity)).AsSpan(0, 16));
        return $"W/\"v{version.ToString(CultureInfo.InvariantCulture)}-{hash}\"";
    }

    private static bool Matches(StringValues ifNoneMatch, string tag) =>
        EntityTagHeaderValue.TryParseList(ifNoneMatch, out var tags)
        && tags.Any(candidate => !candidate.Equals(EntityTagHeaderValue.Any) && candidate.Compare(EntityTagHeaderValue.Parse(tag), useStrongComparison: false));

    private Task Describe(HttpContext http, string? tag)
    {
        var response = http.Response;
        var status = response.StatusCode;
        VaryHeaders.Add(response.Headers, HeaderNames.Accept, HeaderNames.Authorization, HeaderNames.Origin);
        if (options.Value.Compression)
        {
            VaryHeaders.Add(response.Headers, HeaderNames.AcceptEncoding);
        }
        if (tag is not null && (status == StatusCodes.Status304NotModified || (status == StatusCodes.Status200OK && GraphQLRequestFeature.Of(http).ErrorFree)))
        {
            // A credential makes the answer this caller's: browsers may keep it, shared caches may not.
            var scope = http.Request.Headers.ContainsKey(HeaderNames.Authorization) ? "private" : "public";
            response.Headers.ETag = tag;
            response.Headers.CacheControl = $"{scope}, max-age={options.Value.CacheMaxAgeSeconds.ToString(CultureInfo.InvariantCulture)}, must-revalidate";
        }
        else
        {
            response.Headers.CacheControl = "no-store";
        }
        return Task.CompletedTask;
    }
}
