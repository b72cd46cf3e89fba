namespace KnowledgeGraph.Core.Graph;

/// <summary>
/// Who stands behind a source (the <c>SourceType</c> enum). With the source's <c>primary</c> flag it says how much
/// weight a finding resting on it can bear: docs/scoring.md explains the sourcing levels.
/// </summary>
public static class SourceTypes
{
    public const string Government = "GOVERNMENT";
    public const string Court = "COURT";
    public const string PeerReviewed = "PEER_REVIEWED";
    public const string Report = "REPORT";
    public const string News = "NEWS";
    public const string Advocacy = "ADVOCACY";

    /// <summary>Published by the organization the finding is about: its own press release, site or annual report.</summary>
    public const string SelfPublished = "SELF_PUBLISHED";

    public static readonly IReadOnlyList<string> All = [Government, Court, PeerReviewed, Report, News, Advocacy, SelfPublished];
}

/// <summary>
/// Where a law, ordinance or other legal measure stands (the <c>LegalStatus</c> enum). Only ENACTED and IN_FORCE count
/// as adopted; a proposed bill never does, and a measure struck down, preempted or repealed was adopted until it ended.
/// </summary>
public static class LegalStatuses
{
    public const string Proposed = "PROPOSED";
    public const string Enacted = "ENACTED";
    public const string InForce = "IN_FORCE";
    public const string StruckDown = "STRUCK_DOWN";
    public const string Preempted = "PREEMPTED";
    public const string Repealed = "REPEALED";

    public static readonly IReadOnlyList<string> All = [Proposed, Enacted, InForce, StruckDown, Preempted, Repealed];

    /// <summary>Statuses of a measure that is adopted today.</summary>
    public static readonly IReadOnlySet<string> Adopted = new HashSet<string> { Enacted, InForce };

    /// <summary>Statuses of a measure that was adopted and has since ended.</summary>
    public static readonly IReadOnlySet<string> Ended = new HashSet<string> { StruckDown, Preempted, Repealed };
}

/// <summary>
/// Jurisdiction levels from the smallest to the largest (the <c>JurisdictionLevel</c> enum). A PART_OF relationship
/// always goes from a smaller level to a larger one, so the nesting can never form a cycle.
/// </summary>
public static class Jurisdictions
{
    public const string District = "DISTRICT";
    public const string City = "CITY";
    public const string County = "COUNTY";
    public const string State = "STATE";
    public const string Country = "COUNTRY";
    public const string International = "INTERNATIONAL";

    public static readonly IReadOnlyList<string> Levels = [District, City, County, State, Country, International];

    /// <summary>The rank of a level (0 for DISTRICT up to 5 for INTERNATIONAL); -1 when unknown.</summary>
    public static int Rank(string? level) => level is null ? -1 : Levels.ToList().IndexOf(level);
}
