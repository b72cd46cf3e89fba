namespace KnowledgeGraph.Core.Graph;

/// <summary>The values of a finding's <c>effect</c> (the <c>Effect</c> enum of the graph schema).</summary>
public static class Effects
{
    public const string Positive = "POSITIVE";
    public const string Negative = "NEGATIVE";
    public const string Mixed = "MIXED";
    public const string NoEffect = "NO_EFFECT";
}

/// <summary>The values of a finding's <c>evidenceStrength</c>, strongest first (the <c>EvidenceStrength</c> enum).</summary>
public static class EvidenceStrengths
{
    public const string Strong = "STRONG";
    public const string Moderate = "MODERATE";
    public const string Limited = "LIMITED";
    public const string Anecdotal = "ANECDOTAL";
}

/// <summary>The values of a finding's <c>evidenceKind</c> (the <c>EvidenceKind</c> enum).</summary>
public static class EvidenceKinds
{
    public const string SelfReported = "SELF_REPORTED";
    public const string Administrative = "ADMINISTRATIVE";
    public const string CrossSectionalSurvey = "CROSS_SECTIONAL_SURVEY";
    public const string RepresentativeSurvey = "REPRESENTATIVE_SURVEY";
    public const string Review = "REVIEW";

    /// <summary>The finding records that a measure was enacted or adopted, not a measured effect.</summary>
    public const string EnactmentOnly = "ENACTMENT_ONLY";
}
