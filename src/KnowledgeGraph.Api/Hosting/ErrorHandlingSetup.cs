using KnowledgeGraph.Api.GraphQL;
using KnowledgeGraph.Api.Http;

namespace KnowledgeGraph.Api.Hosting;

/// <summary>
/// An exception that escapes an endpoint or a middleware answers 500 with an <c>INTERNAL</c> GraphQL error that holds
/// only the correlation id, in every environment: the exception goes to the log, never to the client. It sits inside
/// ASP.NET Core's developer exception page, so Development shows no stack trace either. A request whose client went
/// away is logged with status 499 and no error.
/// </summary>
public static partial class ErrorHandlingSetup
{
    /// <summary>The status the request log gives a request its client abandoned (nginx's "client closed request"); never sent.</summary>
    public const int ClientClosedRequest = 499;

    public static WebApplication UseKnowledgeGraphErrorHandling(this WebApplication app)
    {
        app.Use(async (http, next) =>
        {
            try
            {
                await next(http);
            }
            catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
            {
                // The client went away (mid-upload, or before the answer): nothing to answer, and not the server's error.
                if (!http.Response.HasStarted)
                {
                    http.Response.StatusCode = ClientClosedRequest;
                }
            }
            catch (Exception e) when (!http.Response.HasStarted && !http.RequestAborted.IsCancellationRequested)
            {
                var logger = http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ErrorHandlingSetup).FullName!);
                LogUnhandled(logger, e, http.Request.Method, http.Request.Path, http.TraceIdentifier);
                var correlationId = http.TraceIdentifier;
                http.Response.Clear();
                http.Response.Headers[LoggingSetup.CorrelationHeader] = correlationId;
                await GraphQLErrorResponse.WriteAsync(http, StatusCodes.Status500InternalServerError, MediaTypes.Json, ErrorCodes.Internal,
                    $"Internal error; quote correlation id {correlationId} when reporting it.");
            }
        });
        return app;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled error in {Method} {Path} (correlation id {CorrelationId})")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string method, string path, string correlationId);
}
