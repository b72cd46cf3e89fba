using System.Net.Http.Headers;
using System.Security.Claims;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using KnowledgeGraph.Api.Auth;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace KnowledgeGraph.Tests.Support;

/// <summary>An app with API keys for each role and a JWT signing key, for curation tests. Each test class writes to its own.</summary>
public sealed class CuratedApp : KnowledgeGraphApp
{
    public const string ReaderKey = "reader-key-0123456789";
    public const string CuratorKey = "curator-key-0123456789";
    public const string AdminKey = "admin-key-0123456789";
    public const string SigningKey = "a-test-signing-key-of-at-least-32-bytes!!";
    public const string Issuer = "https://issuer.example";
    public const string Audience = "knowledge-graph";

    public CuratedApp()
    {
        var keys = new[] { ("rita", ReaderKey, Roles.Reader), ("cora", CuratorKey, Roles.Curator), ("ada", AdminKey, Roles.Admin) };
        for (var i = 0; i < keys.Length; i++)
        {
            Settings[$"Auth:ApiKeys:{i}:Name"] = keys[i].Item1;
            Settings[$"Auth:ApiKeys:{i}:Sha256"] = AuthSetup.Hash(keys[i].Item2);
            Settings[$"Auth:ApiKeys:{i}:Role"] = keys[i].Item3;
        }
        Settings["Auth:Jwt:SigningKey"] = SigningKey;
        Settings["Auth:Jwt:Issuer"] = Issuer;
        Settings["Auth:Jwt:Audience"] = Audience;
    }

    /// <summary>A replica of a fleet: the given PostgreSQL database and Redis, as every replica of one deployment shares them.</summary>
    public static CuratedApp Replica(string database, string redis)
    {
        var app = new CuratedApp();
        app.Settings["Store:Provider"] = "Postgres";
        app.Settings["Store:Postgres"] = database;
        app.Settings["Cache:Redis"] = redis;
        return app;
    }

    public static string Token(string subject, string role, DateTime? expires = null, string signingKey = SigningKey) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Subject = new ClaimsIdentity([new Claim("sub", subject), new Claim("role", role)]),
            Issuer = Issuer,
            Audience = Audience,
            NotBefore = (expires ?? DateTime.UtcNow.AddHours(1)).AddHours(-2),
            Expires = expires ?? DateTime.UtcNow.AddHours(1),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(signingKey)), SecurityAlgorithms.HmacSha256),
        });

    /// <summary>Sends a GraphQL request with an optional bearer credential; returns the status and the parsed body.</summary>
    public async Task<(int Status, JsonNode Body)> SendAsync(string query, string? bearer, object? variables = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse("application/graphql-response+json"));
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }
        var response = await CreateClient().SendAsync(request);
        return ((int)response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }

    public async Task<JsonNode> DataAsync(string query, string? bearer, object? variables = null)
    {
        var (status, body) = await SendAsync(query, bearer, variables);
        Assert.True(status == 200 && body["errors"] is null, $"Expected success, got {status}: {body.ToJsonString()}");
        return body["data"]!;
    }

    public async Task<JsonNode> ErrorAsync(string query, string? bearer, string code, object? variables = null)
    {
        var (_, body) = await SendAsync(query, bearer, variables);
        var error = body["errors"]?[0];
        Assert.True(error is not null && (string?)error["extensions"]!["code"] == code, $"Expected {code}, got {body.ToJsonString()}");
        return error!;
    }
}
