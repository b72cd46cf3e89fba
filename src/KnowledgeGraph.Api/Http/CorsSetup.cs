using KnowledgeGraph.Api.Hosting;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace KnowledgeGraph.Api.Http;

/// <summary>
/// CORS through ASP.NET Core's middleware and one default policy, for every route: the origins of
/// <see cref="CrossOriginOptions"/>, GET and POST, the request headers the API reads and the response headers a
/// dashboard needs. The middleware runs before authentication and the rate limiter, so a preflight is answered (204)
/// before anything could refuse it; a preflight from an origin not allowed gets 204 without CORS headers, and the
/// browser blocks the request.
/// </summary>
public static class CorsSetup
{
    /// <summary>Request headers a page may send: what the API reads, plus the trace context a browser's tracing adds.</summary>
    public static readonly string[] AllowedHeaders =
    [
        HeaderNames.ContentType, HeaderNames.Accept, HeaderNames.Authorization, HeaderNames.IfNoneMatch,
        LoggingSetup.CorrelationHeader, "traceparent", "tracestate",
    ];

    /// <summary>Response headers a page may read besides the ones every browser shows (Content-Type, Cache-Control, ...).</summary>
    public static readonly string[] ExposedHeaders =
    [
        HeaderNames.ETag, HeaderNames.RetryAfter, HeaderNames.ContentDisposition, "X-Cache", LoggingSetup.CorrelationHeader,
    ];

    public static IHostApplicationBuilder AddKnowledgeGraphCors(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<CrossOriginOptions>().BindConfiguration(CrossOriginOptions.Section).ValidateDataAnnotations().ValidateOnStart()
            .PostConfigure(options => options.AllowLoopbackOrigins ??= builder.Environment.IsDevelopment());
        builder.Services.AddSingleton<IValidateOptions<CrossOriginOptions>, OriginsValidator>();
        builder.Services.AddCors();
        builder.Services.AddOptions<CorsOptions>().Configure<IOptions<CrossOriginOptions>>((cors, options) => cors.AddDefaultPolicy(Policy(options.Value)));
        return builder;
    }

    public static WebApplication UseKnowledgeGraphCors(this WebApplication app)
    {
        app.UseDistinctVaryHeaders();
        app.UseCors();
        return app;
    }

    private static CorsPolicy Policy(CrossOriginOptions options)
    {
        var policy = new CorsPolicyBuilder()
            .WithMethods(HttpMethods.Get, HttpMethods.Post)
            .WithHeaders(AllowedHeaders)
            .WithExposedHeaders(ExposedHeaders)
            .SetPreflightMaxAge(TimeSpan.FromSeconds(options.PreflightMaxAgeSeconds));
        if (options.AllowedOrigins is ["*"])
        {
            return policy.AllowAnyOrigin().DisallowCredentials().Build();
        }
        var exact = options.AllowedOrigins.Select(CrossOriginOptions.Normalize).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var loopback = options.AllowLoopbackOrigins == true;
        policy.SetIsOriginAllowed(origin => exact.Contains(origin.ToLowerInvariant()) || (loopback && IsLoopback(origin)));
        return (options.AllowCredentials ? policy.AllowCredentials() : policy.DisallowCredentials()).Build();
    }

    private static bool IsLoopback(string origin) =>
        CrossOriginOptions.Normalize(origin) is not null && Uri.TryCreate(origin, UriKind.Absolute, out var uri) && uri.IsLoopback;

    private sealed class OriginsValidator : IValidateOptions<CrossOriginOptions>
    {
        public ValidateOptionsResult Validate(string? name, CrossOriginOptions options) =>
            options.Problem() is { } problem ? ValidateOptionsResult.Fail(problem) : ValidateOptionsResult.Success;
    }
}
