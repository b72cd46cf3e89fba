namespace KnowledgeGraph.Api.Auth;

public sealed class AuthOptions
{
    public const string Section = "Auth";

    /// <summary>When true, reads need at least the reader role too; by default the graph is open to read.</summary>
    public bool RequireReaderForReads { get; set; }

    /// <summary>API keys, stored only as SHA-256 hashes (hex) of the key, each with a name (the actor in the audit) and a role.</summary>
    public List<ApiKeyOptions> ApiKeys { get; set; } = [];

    public JwtOptions Jwt { get; set; } = new();

    /// <summary>Every API key names one of the known roles.</summary>
    public bool HasKnownRoles() => ApiKeys.All(k => Roles.IsKnown(k.Role));
}

public sealed class ApiKeyOptions
{
    public string Name { get; set; } = "";
    public string Sha256 { get; set; } = "";
    public string Role { get; set; } = Roles.Reader;
}

public sealed class JwtOptions
{
    public string? Issuer { get; set; }
    public string? Audience { get; set; }

    /// <summary>Symmetric signing key (at least 32 bytes of UTF-8); JWTs are refused while it is unset.</summary>
    public string? SigningKey { get; set; }
}
