using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using KnowledgeGraph.Tests.Api.Caching;
using KnowledgeGraph.Tests.Support;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Tests.Api.Auth;

[Collection(MetricsCollection.Name)]
/// <summary>/metrics names every route and counts its requests: admin-only unless Metrics:RequireRole says otherwise.</summary>
public sealed class MetricsAccessTests
{
    private static async Task<(int Status, string? Code)> ScrapeAsync(CuratedApp app, string? bearer)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/metrics");
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }
        var response = await app.CreateClient().SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, response.IsSuccessStatusCode ? null : (string?)JsonNode.Parse(body)!["errors"]![0]!["extensions"]!["code"]);
    }

    [Fact]
    public async Task By_default_only_an_admin_may_scrape()
    {
        using var app = new CuratedApp();
        Assert.Equal((401, "UNAUTHENTICATED"), await ScrapeAsync(app, null));
        Assert.Equal((401, "UNAUTHENTICATED"), await ScrapeAsync(app, "not-a-key-anyone-has"));
        Assert.Equal((403, "FORBIDDEN"), await ScrapeAsync(app, CuratedApp.ReaderKey));
        Assert.Equal((403, "FORBIDDEN"), await ScrapeAsync(app, CuratedApp.CuratorKey));
        Assert.Equal((200, null), await ScrapeAsync(app, CuratedApp.AdminKey));
        Assert.Equal((200, null), await ScrapeAsync(app, CuratedApp.Token("prometheus", "admin")));
    }

    [Fact]
    public async Task A_lower_role_or_no_credential_can_be_configured_for_the_scrape()
    {
        using (var reader = new CuratedApp())
        {
            reader.Settings["Metrics:RequireRole"] = "reader";
            Assert.Equal((401, "UNAUTHENTICATED"), await ScrapeAsync(reader, null));
            Assert.Equal((200, null), await ScrapeAsync(reader, CuratedApp.ReaderKey));
        }
        using var open = new CuratedApp();
        open.Settings["Metrics:RequireRole"] = "none";
        Assert.Equal((200, null), await ScrapeAsync(open, null));
        Assert.Equal((401, "UNAUTHENTICATED"), await ScrapeAsync(open, "not-a-key-anyone-has"));
    }

    [Fact]
    public void An_unknown_role_for_metrics_fails_the_start()
    {
        using var app = new CuratedApp();
        app.Settings["Metrics:RequireRole"] = "owner";
        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());
        Assert.IsType<OptionsValidationException>(error.GetBaseException());
    }
}
