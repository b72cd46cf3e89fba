using System.Globalization;
using System.Threading.RateLimiting;
using KnowledgeGraph.Api.GraphQL;
using KnowledgeGraph.Api.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.RateLimiting;

/// <summary>ASP.NET Core's rate limiter, one token bucket of requests per client; the GraphQL cost budget is <see cref="RateBudget"/>.</summary>
public static class RateLimitSetup
{
    public static IHostApplicationBuilder AddKnowledgeGraphRateLimits(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<RateBudget>();
        builder.Services.AddRateLimiter(_ => { });
        builder.Services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitOptions>>((limiter, options) => Configure(limiter, options.Value));
        return builder;
    }

    private static void Configure(RateLimiterOptions limiter, RateLimitOptions options)
    {
        limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
            !options.Enabled || http.Request.Path.StartsWithSegments("/health")
                ? RateLimitPartition.GetNoLimiter("unlimited")
                : RateLimitPartition.GetTokenBucketLimiter(ClientKey.Of(http), _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = options.RequestBurst,
                    TokensPerPeriod = options.RequestsPerSecond,
                    ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                    QueueLimit = 0,
                    AutoReplenishment = true,
                }));
        limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        limiter.OnRejected = (context, cancellationToken) =>
        {
            var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
            var http = context.HttpContext;
            http.Response.Headers.RetryAfter = Seconds(retryAfter);
            return new ValueTask(GraphQLErrorResponse.WriteAsync(http, StatusCodes.Status429TooManyRequests, MediaTypes.Json, ErrorCodes.RateLimited,
                $"Too many requests from this client; try again in {Seconds(retryAfter)} s."));
        };
    }

    /// <summary>Whole seconds, rounded up, as Retry-After wants them.</summary>
    public static string Seconds(TimeSpan wait) => Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
}
