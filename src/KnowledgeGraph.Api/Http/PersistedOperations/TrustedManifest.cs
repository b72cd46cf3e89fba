using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace KnowledgeGraph.Api.Http.PersistedOperations;

/// <summary>
/// The trusted documents of a manifest file produced by client tooling, found by the manifest's id, by the SHA-256 of
/// their text (the id Apollo's and urql's persisted-query links send) or by their identical text.
/// </summary>
public sealed class TrustedManifest
{
    public const string ApolloFormat = "apollo-persisted-query-manifest";

    private readonly Dictionary<string, string> _byId;

    private TrustedManifest(Dictionary<string, string> byId) => _byId = byId;

    public static TrustedManifest Empty { get; } = new([]);

    /// <summary>Each document once, with the ids it is known by.</summary>
    public IEnumerable<IGrouping<string, string>> Documents => _byId.GroupBy(e => e.Value, e => e.Key, StringComparer.Ordinal);

    public bool IsEmpty => _byId.Count == 0;

    /// <summary>The document for an id: the manifest's own, <c>sha256:&lt;hex&gt;</c>, or the bare hex of its SHA-256.</summary>
    public string? Find(string id) => _byId.GetValueOrDefault(Normalize(id));

    public bool Contains(string document) => _byId.ContainsKey(Sha256(document));

    public static string Sha256(string document) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(document)));

    /// <summary>Ids are compared as sent, except SHA-256 ones: their prefix is optional and their hex case does not matter.</summary>
    public static string Normalize(string id)
    {
        var hex = id.StartsWith("sha256:", StringComparison.Ordinal) ? id["sha256:".Length..] : id;
        return hex.Length == 64 && hex.All(char.IsAsciiHexDigit) ? hex.ToLowerInvariant() : id;
    }

    /// <summary>Reads either supported format; throws <see cref="InvalidDataException"/> naming what is wrong.</summary>
    public static TrustedManifest Parse(string json)
    {
        using var manifest = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        if (manifest.RootElement.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidDataException("The manifest is not a JSON object.");
        }
        var entries = manifest.RootElement.TryGetProperty("format", out var format)
            ? ApolloEntries(manifest.RootElement, format)
            : CodegenEntries(manifest.RootElement);
        var byId = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (id, document) in entries)
        {
            if (string.IsNullOrWhiteSpace(id) || string.IsNullOrWhiteSpace(document))
            {
                throw new InvalidDataException($"The manifest has an entry without an id or a document ('{id}').");
            }
            foreach (var key in new[] { Normalize(id), Sha256(document) })
            {
                if (byId.TryGetValue(key, out var known) && known != document)
                {
                    throw new InvalidDataException($"The manifest gives the id '{key}' to two different documents.");
                }
                byId[key] = document;
            }
        }
        return new TrustedManifest(byId);
    }

    private static IEnumerable<(string?, string?)> ApolloEntries(JsonElement root, JsonElement format)
    {
        if (format.ValueKind != JsonValueKind.String || format.GetString() != ApolloFormat
            || !root.TryGetProperty("version", out var version) || version.ValueKind != JsonValueKind.Number || version.GetInt32() != 1)
        {
            throw new InvalidDataException($"Only format '{ApolloFormat}' version 1 is supported, or a map of ids to documents.");
        }
        if (!root.TryGetProperty("operations", out var operations) || operations.ValueKind != JsonValueKind.Array)
        {
            throw new InvalidDataException("The manifest has no 'operations' array.");
        }
        return operations.EnumerateArray().Select(o => (Text(o, "id"), Text(o, "body"))).ToList();
    }

    private static IEnumerable<(string?, string?)> CodegenEntries(JsonElement root) =>
        root.EnumerateObject().Select(p => ((string?)p.Name, p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString() : null)).ToList();

    private static string? Text(JsonElement operation, string property) =>
        operation.ValueKind == JsonValueKind.Object && operation.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
