using System.Text.Json.Nodes;

namespace KnowledgeGraph.Core.Graph;

/// <summary>
/// How well a finding is sourced (the <c>SourcingLevel</c> enum), computed by <see cref="Sourcing.Of"/> from the
/// type and primary flag of the sources it cites. A finding is weakly sourced when no independent primary source backs
/// it. Sourcing is reported beside the evidence and never changes a score (docs/scoring.md).
/// </summary>
public static class SourcingLevels
{
    /// <summary>At least one cited source is primary and not the organization's own account.</summary>
    public const string PrimaryIndependent = "PRIMARY_INDEPENDENT";

    /// <summary>No independent primary source: secondary accounts, perhaps beside the organization's own.</summary>
    public const string SecondaryOnly = "SECONDARY_ONLY";

    /// <summary>Every cited source is the organization's own account.</summary>
    public const string SelfPublishedOnly = "SELF_PUBLISHED_ONLY";

    /// <summary>No independent primary source among the rated ones, and some cited source is not rated (or none is cited).</summary>
    public const string Unrated = "UNRATED";

    public static readonly IReadOnlyList<string> All = [PrimaryIndependent, SecondaryOnly, SelfPublishedOnly, Unrated];

    /// <summary>True when the finding rests only on self-published or secondary sources.</summary>
    public static bool IsWeak(string level) => level is SecondaryOnly or SelfPublishedOnly;
}

/// <summary>What a source is, for weighing: its <c>type</c> (a <see cref="SourceTypes"/> value) and <c>primary</c> flag, null until rated.</summary>
public sealed record SourceRating(string? Type, bool? Primary)
{
    public static SourceRating Of(JsonObject sourceProps) => new(
        sourceProps.TryGetPropertyValue("type", out var type) && type is not null ? type.GetValue<string>() : null,
        sourceProps.TryGetPropertyValue("primary", out var primary) && primary is not null ? primary.GetValue<bool>() : null);

    public bool IsRated => Type is not null && Primary is not null;

    /// <summary>Rated, and not the organization's own account of its own work.</summary>
    public bool IsIndependent => IsRated && Type != SourceTypes.SelfPublished;
}

/// <summary>A finding's sourcing level, with words saying why when it is not backed by an independent primary source.</summary>
public sealed record FindingSourcing(string Level, string? Note)
{
    public bool IsWeak => SourcingLevels.IsWeak(Level);
}

public static class Sourcing
{
    /// <summary>The sourcing level of a finding that cites <paramref name="sources"/>: the one place it is decided.</summary>
    public static FindingSourcing Of(IReadOnlyCollection<SourceRating> sources)
    {
        if (sources.Any(s => s.IsIndependent && s.Primary == true))
        {
            return new(SourcingLevels.PrimaryIndependent, null);
        }
        if (sources.Count == 0)
        {
            return new(SourcingLevels.Unrated, "It cites no source.");
        }
        var unrated = sources.Count(s => !s.IsRated);
        if (unrated > 0)
        {
            return new(SourcingLevels.Unrated,
                $"{unrated} of its {Count(sources.Count, "source")} {(unrated == 1 ? "is" : "are")} not rated yet; no rated one is an independent primary source.");
        }
        var own = sources.Count(s => s.Type == SourceTypes.SelfPublished);
        var ownWords = $"the organization's own account ({Count(own, "self-published source")})";
        if (own == sources.Count)
        {
            return new(SourcingLevels.SelfPublishedOnly, $"Rests only on {ownWords}; no independent source backs it.");
        }
        var secondary = sources.Where(s => s.Type != SourceTypes.SelfPublished)
            .GroupBy(s => s.Type!).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{g.Count()} {g.Key.ToLowerInvariant().Replace('_', '-')}");
        return new(SourcingLevels.SecondaryOnly,
            $"No independent primary source: it rests on secondary accounts ({string.Join(", ", secondary)})" +
            (own > 0 ? $" and {ownWords}." : "."));
    }

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}
