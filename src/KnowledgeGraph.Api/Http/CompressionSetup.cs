using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Http;

/// <summary>
/// Brotli, else gzip, through ASP.NET Core's response compression, for JSON, CSV, the printed schema and GraphiQL's
/// files; switched off with <c>Http:Compression=false</c> (behind a proxy that compresses already). Event streams are
/// never compressed: a compressor holds back bytes, and a live update must reach the client when it is written.
/// Over HTTPS too: no response carries a secret next to text the client chose (see docs/security.md, BREACH).
/// </summary>
public static class CompressionSetup
{
    public static readonly string[] MimeTypes =
    [
        .. ResponseCompressionDefaults.MimeTypes, MediaTypes.GraphQLResponseJson, "text/csv", "text/javascript", "application/openmetrics-text",
    ];

    public static IHostApplicationBuilder AddKnowledgeGraphCompression(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<HttpResponseOptions>().BindConfiguration(HttpResponseOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = MimeTypes;
            options.ExcludedMimeTypes = ["text/event-stream"];
        });
        // Optimal rather than ASP.NET Core's default Fastest: a 54 KB whatWorked panel travels as 4.8 KB (Brotli) or 4.9 KB (gzip) in milliseconds.
        builder.Services.Configure<BrotliCompressionProviderOptions>(options => options.Level = CompressionLevel.Optimal);
        builder.Services.Configure<GzipCompressionProviderOptions>(options => options.Level = CompressionLevel.Optimal);
        return builder;
    }

    public static WebApplication UseKnowledgeGraphCompression(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<HttpResponseOptions>>().Value.Compression)
        {
            app.UseResponseCompression();
        }
        return app;
    }
}
