using KnowledgeGraph.Api.Http;

namespace KnowledgeGraph.Api.Auth;

/// <summary>
/// <see cref="ReadPolicy"/> in front of a route that is not GraphQL (a download, the printed schema): refused with the
/// same 401 and error shape as a refused GraphQL read, so closing reads closes every way of reading.
/// </summary>
public static class ReadGate
{
    public static TBuilder RequireReadPolicy<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            if ((RequestPolicy.CheckCredentials(http) ?? await RequestPolicy.CheckReadAsync(http)) is { } refusal)
            {
                await GraphQLErrorResponse.WriteUnauthenticatedAsync(http, MediaTypes.Json, refusal);
                return Results.Empty;
            }
            return await next(context);
        });
}
