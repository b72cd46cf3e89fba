using GraphQL;

namespace KnowledgeGraph.Api.Http.PersistedOperations;

/// <summary>Apollo's <c>extensions.persistedQuery</c>: <c>{"version": 1, "sha256Hash": "&lt;64 hex&gt;"}</c>.</summary>
public static class PersistedQueryExtension
{
    public const string Name = "persistedQuery";

    /// <summary>The hash (lowercase), null when the request has no such extension, or what is wrong with it.</summary>
    public static (string? Hash, string? Problem) Read(Inputs? extensions)
    {
        if (extensions is null || !extensions.TryGetValue(Name, out var value) || value is null)
        {
            return (null, null);
        }
        if (value is not IDictionary<string, object?> persistedQuery)
        {
            return (null, "extensions.persistedQuery must be an object.");
        }
        if (!persistedQuery.TryGetValue("version", out var version) || !IsOne(version))
        {
            return (null, "extensions.persistedQuery.version must be 1, the only version of the protocol.");
        }
        if (!persistedQuery.TryGetValue("sha256Hash", out var hash) || hash is not string { Length: 64 } text || !text.All(char.IsAsciiHexDigit))
        {
            return (null, "extensions.persistedQuery.sha256Hash must be 64 hexadecimal characters.");
        }
        return (text.ToLowerInvariant(), null);
    }

    private static bool IsOne(object? version) => version switch
    {
        int i => i == 1,
        long l => l == 1,
        double d => d == 1,
        decimal m => m == 1,
        System.Numerics.BigInteger b => b == 1,
        _ => false,
    };
}
