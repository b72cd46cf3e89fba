using System.Net;
using System.Net.Http.Headers;
using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Api.Http;

/// <summary>
/// GET /graphql answers carry a weak ETag and Cache-Control; a repeated GET with If-None-Match gets 304 without
/// executing, until a write moves the graph version. Errors and POSTs are never cached.
/// </summary>
public sealed class HttpCachingTests : IDisposable
{
    private const string Query = "{ node(id: \"tactic:hashtag_campaign\") { id ... on Tactic { name } } }";
    private const string Rename = """mutation { updateTactic(id: "tactic:hashtag_campaign", version: 1, patch: { name: "Hashtag campaigns" }) { version } }""";

    // The response cache is off, so that every execution reaches the store and a 304's absence of store calls shows.
    private readonly CuratedApp _app = new() { Settings = { ["Cache:Enabled"] = "false" } };

    private async Task<HttpResponseMessage> GetAsync(string query = Query, string? etag = null, string? bearer = null, string? accept = null, string? origin = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString(query));
        if (etag is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", etag);
        }
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }
        if (origin is not null)
        {
            request.Headers.TryAddWithoutValidation("Origin", origin);
        }
        return await _app.CreateClient().SendAsync(request);
    }

    private static string? ETag(HttpResponseMessage response) => response.Headers.ETag?.ToString();

    private static string? CacheControl(HttpResponseMessage response) =>
        response.Headers.NonValidated.TryGetValues("Cache-Control", out var values) ? values.ToString() : null;

    [Fact]
    public async Task A_get_answer_carries_a_strong_etag_a_public_revalidating_cache_control_and_its_vary()
    {
        var response = await GetAsync(origin: "http://localhost:3000");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.ETag!.IsWeak);   // the data is fixed by the tag; extensions.cost is per request
        Assert.Matches("^W/\"v[0-9]+-[0-9a-f]{32}\"$", ETag(response));
        Assert.Equal("public, max-age=0, must-revalidate", CacheControl(response));
        var vary = response.Headers.Vary.SelectMany(v => v.Split(',', StringSplitOptions.TrimEntries)).ToList();
        Assert.Equal(vary.Distinct(StringComparer.OrdinalIgnoreCase).Count(), vary.Count);
        foreach (var name in new[] { "Accept", "Authorization", "Origin", "Accept-Encoding" })
        {
            Assert.Contains(name, vary, StringComparer.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task A_repeated_get_with_if_none_match_gets_304_without_executing()
    {
        var first = await GetAsync();
        var etag = ETag(first)!;
        _app.Store.Reset();
        var second = await GetAsync(etag: etag);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
        Assert.Equal(etag, ETag(second));
        Assert.Equal("public, max-age=0, must-revalidate", CacheControl(second));
        Assert.Equal(0, _app.Store.Calls);
        Assert.Equal(HttpStatusCode.NotModified, (await GetAsync(etag: $"\"other\", {etag[2..]}")).StatusCode);   // the strong form matches too
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(etag: "\"v1-00000000000000000000000000000000\"")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(etag: "*")).StatusCode);
    }

    [Fact]
    public async Task A_write_changes_the_etag_and_the_next_get_answers_200_with_the_new_data()
    {
        var etag = ETag(await GetAsync())!;
        await _app.DataAsync(Rename, CuratedApp.CuratorKey);
        var after = await GetAsync(etag: etag);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.NotEqual(etag, ETag(after));
        Assert.Contains("Hashtag campaigns", await after.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotModified, (await GetAsync(etag: ETag(after))).StatusCode);
    }

    [Fact]
    public async Task A_request_with_credentials_is_private_and_tagged_apart_from_anonymous_ones()
    {
        var anonymous = await GetAsync();
        var reader = await GetAsync(bearer: CuratedApp.ReaderKey);
        Assert.Equal("private, max-age=0, must-revalidate", CacheControl(reader));
        Assert.NotEqual(ETag(anonymous), ETag(reader));
        Assert.Equal(HttpStatusCode.NotModified, (await GetAsync(etag: ETag(reader), bearer: CuratedApp.ReaderKey)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(etag: ETag(reader))).StatusCode);
    }

    [Fact]
    public async Task A_matching_tag_never_lets_a_refused_caller_past_the_credential_check()
    {
        var etag = ETag(await GetAsync())!;
        var refused = await GetAsync(etag: etag, bearer: "not-a-key-anyone-has");
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Null(refused.Headers.ETag);
    }

    [Fact]
    public async Task Each_response_type_has_its_own_tag()
    {
        var json = await GetAsync(accept: "application/json");
        var graphQL = await GetAsync(accept: "application/graphql-response+json");
        Assert.NotEqual(ETag(json), ETag(graphQL));
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(etag: ETag(json), accept: "application/graphql-response+json")).StatusCode);
    }

    [Theory]
    [InlineData("{ noSuchField }")]
    [InlineData("{ whatWorked(first: 1000) { score } }")]
    public async Task An_answer_with_errors_is_never_stored(string query)
    {
        var response = await GetAsync(query, accept: "application/json");
        Assert.Contains("\"errors\"", await response.Content.ReadAsStringAsync());
        Assert.Null(response.Headers.ETag);
        Assert.Equal("no-store", CacheControl(response));
    }

    [Fact]
    public async Task A_post_is_never_tagged()
    {
        var response = await _app.PostAsync(Query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(response.Headers.ETag);
        Assert.Null(CacheControl(response));
    }

    [Fact]
    public async Task The_max_age_is_configurable()
    {
        using var app = new KnowledgeGraphApp { Settings = { ["Http:CacheMaxAgeSeconds"] = "30" } };
        var response = await app.CreateClient().GetAsync("/graphql?query=" + Uri.EscapeDataString(Query));
        Assert.Equal("public, max-age=30, must-revalidate", CacheControl(response));
    }

    public void Dispose() => _app.Dispose();
}
