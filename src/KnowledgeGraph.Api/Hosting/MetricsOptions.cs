using KnowledgeGraph.Api.Auth;

namespace KnowledgeGraph.Api.Hosting;

public sealed class MetricsOptions
{
    public const string Section = "Metrics";

    /// <summary>The value of <see cref="RequireRole"/> that serves metrics to anyone (behind a network boundary only).</summary>
    public const string Open = "none";

    /// <summary>
    /// The role a scrape needs: admin by default, since metrics name every route and count its requests; a dedicated
    /// reader key is enough when set to reader; <see cref="Open"/> serves them without a credential.
    /// </summary>
    public string RequireRole { get; set; } = Roles.Admin;

    public bool IsValid() => RequireRole == Open || Roles.IsKnown(RequireRole);
}
