using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace KnowledgeGraph.Tests.Support;

/// <summary>GraphQL requests written by hand (any JSON body, any query string), for the protocol tests; answers keep their headers.</summary>
public static class RawGraphQL
{
    public sealed record Answer(int Status, JsonNode Body, HttpResponseMessage Response)
    {
        public string? Code(int error = 0) => (string?)Body["errors"]?[error]?["extensions"]?["code"];

        public string? Message(int error = 0) => (string?)Body["errors"]?[error]?["message"];

        public string? Header(string name) =>
            Response.Headers.TryGetValues(name, out var values) || Response.Content.Headers.TryGetValues(name, out values) ? string.Join(", ", values) : null;
    }

    public static async Task<Answer> PostAsync(HttpClient client, string json, string accept = "application/graphql-response+json", string? bearer = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        return await SendAsync(client, request, accept, bearer);
    }

    public static async Task<Answer> GetAsync(HttpClient client, string queryString, string accept = "application/graphql-response+json")
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?" + queryString);
        return await SendAsync(client, request, accept, bearer: null);
    }

    public static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>Apollo's <c>extensions</c> naming a document by its hash.</summary>
    public static JsonObject PersistedQuery(string hash) => new() { ["persistedQuery"] = new JsonObject { ["version"] = 1, ["sha256Hash"] = hash } };

    public static string Encode(JsonNode node) => Uri.EscapeDataString(node.ToJsonString());

    private static async Task<Answer> SendAsync(HttpClient client, HttpRequestMessage request, string accept, string? bearer)
    {
        request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse(accept));
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }
        var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return new Answer((int)response.StatusCode, JsonNode.Parse(text)!, response);
    }
}
