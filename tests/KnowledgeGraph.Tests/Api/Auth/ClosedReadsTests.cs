using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Api.Auth;

/// <summary>With Auth:RequireReaderForReads, reading needs a key too.</summary>
public sealed class ClosedReadsTests : IDisposable
{
    private readonly CuratedApp _app = new();

    public ClosedReadsTests() => _app.Settings["Auth:RequireReaderForReads"] = "true";

    [Fact]
    public async Task Reads_need_a_reader_key_when_configured()
    {
        var (status, body) = await _app.SendAsync("{ industries { totalCount } }", null);
        Assert.Equal(401, status);
        Assert.Equal("UNAUTHENTICATED", (string?)body["errors"]![0]!["extensions"]!["code"]);
        Assert.NotNull((await _app.DataAsync("{ industries { totalCount } }", CuratedApp.ReaderKey))["industries"]);
    }

    [Fact]
    public async Task The_evidence_map_csv_needs_a_reader_key_when_configured()
    {
        const string url = "/export/evidence-map.csv?rows=TACTIC&columns=INDUSTRY";
        var anonymous = await _app.CreateClient().GetAsync(url);
        Assert.Equal(401, (int)anonymous.StatusCode);
        Assert.Equal("UNAUTHENTICATED", (string?)JsonNode.Parse(await anonymous.Content.ReadAsStringAsync())!["errors"]![0]!["extensions"]!["code"]);

        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", CuratedApp.ReaderKey);
        var reader = await _app.CreateClient().SendAsync(request);
        Assert.Equal(200, (int)reader.StatusCode);
        Assert.StartsWith("row_id,", await reader.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/graphql/schema.graphql")]
    [InlineData("/export/evidence-map.csv?rows=TACTIC&columns=INDUSTRY")]
    public async Task Every_other_way_of_reading_is_closed_too_and_refuses_invalid_credentials(string url)
    {
        foreach (var bearer in new[] { null, "not-a-key-anyone-has", CuratedApp.Token("jo", "reader", DateTime.UtcNow.AddMinutes(-10)) })
        {
            using var refused = new HttpRequestMessage(HttpMethod.Get, url);
            if (bearer is not null)
            {
                refused.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
            }
            var response = await _app.CreateClient().SendAsync(refused);
            Assert.Equal(401, (int)response.StatusCode);
            Assert.Equal("UNAUTHENTICATED", (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]![0]!["extensions"]!["code"]);
        }

        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", CuratedApp.ReaderKey);
        var reader = await _app.CreateClient().SendAsync(request);
        Assert.Equal(200, (int)reader.StatusCode);
        Assert.NotEmpty(await reader.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_schema_is_open_while_reads_are_open()
    {
        using var open = new CuratedApp();
        var response = await open.CreateClient().GetAsync("/graphql/schema.graphql");
        Assert.Equal(200, (int)response.StatusCode);
        Assert.Contains("type Query", await response.Content.ReadAsStringAsync());
    }

    public void Dispose() => _app.Dispose();
}
