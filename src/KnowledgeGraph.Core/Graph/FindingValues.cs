namespace KnowledgeGraph.Core.Graph;

/// <summary>
/// What a finding is about (the <c>FindingKind</c> enum): only an EFFECT finding carries an <c>effect</c>, and only
/// EFFECT findings count toward whether a strategy worked.
/// </summary>
public static class FindingKinds
{
    /// <summary>A change in an outcome associated with or attributed to the intervention.</summary>
    public const string Effect = "EFFECT";

    /// <summary>Enactment, uptake, coverage, contracts won, money raised: the measure was adopted.</summary>
    public const string Adoption = "ADOPTION";

    /// <summary>How common the problem is; not an intervention's effect.</summary>
    public const string Prevalence = "PREVALENCE";

    /// <summary>Implementation facts: complaints handled, requests for help answered, trainings delivered.</summary>
    public const string Process = "PROCESS";

    public static readonly IReadOnlyList<string> All = [Effect, Adoption, Prevalence, Process];
}

/// <summary>The values of a finding's <c>effect</c> (the <c>Effect</c> enum of the graph schema).</summary>
public static class Effects
{
    public const string Positive = "POSITIVE";
    public const string Negative = "NEGATIVE";
    public const string Mixed = "MIXED";

    /// <summary>Evidence of no effect: a design that could have shown a change showed none.</summary>
    public const string NoEffect = "NO_EFFECT";

    /// <summary>A confounded trend, or an absence of evidence rather than evidence of absence.</summary>
    public const string Inconclusive = "INCONCLUSIVE";
}

/// <summary>The values of a finding's <c>evidenceStrength</c>, strongest first (the <c>EvidenceStrength</c> enum).</summary>
public static class EvidenceStrengths
{
    public const string Strong = "STRONG";
    public const string Moderate = "MODERATE";
    public const string Limited = "LIMITED";
    public const string Anecdotal = "ANECDOTAL";
}

/// <summary>The values of a finding's <c>evidenceKind</c>: the study design (the <c>EvidenceKind</c> enum).</summary>
public static class EvidenceKinds
{
    public const string Rct = "RCT";
    public const string QuasiExperimental = "QUASI_EXPERIMENTAL";
    public const string Longitudinal = "LONGITUDINAL";
    public const string SystematicReview = "SYSTEMATIC_REVIEW";
    public const string SelfReported = "SELF_REPORTED";
    public const string Administrative = "ADMINISTRATIVE";
    public const string CrossSectionalSurvey = "CROSS_SECTIONAL_SURVEY";
    public const string RepresentativeSurvey = "REPRESENTATIVE_SURVEY";

    /// <summary>A narrative review or expert report (not a systematic review).</summary>
    public const string Review = "REVIEW";

    /// <summary>The finding records that a measure was enacted or adopted, not a measured effect.</summary>
    public const string EnactmentOnly = "ENACTMENT_ONLY";

    public static readonly IReadOnlyList<string> All =
        [SelfReported, Administrative, CrossSectionalSurvey, RepresentativeSurvey, Review, EnactmentOnly, Rct, QuasiExperimental, Longitudinal, SystematicReview];

    /// <summary>The designs that may carry STRONG evidence.</summary>
    public static readonly IReadOnlyList<string> CanBeStrong = [Rct, QuasiExperimental, SystematicReview];

    /// <summary>The designs that can show an absence of effect (NO_EFFECT).</summary>
    public static readonly IReadOnlyList<string> CanShowAbsence = [Rct, QuasiExperimental, Longitudinal, SystematicReview];

    /// <summary>Designs ranked for "the best study design" of a set of findings: higher is better.</summary>
    public static int DesignRank(string? kind) => kind switch
    {
        SystematicReview => 9,
        Rct => 8,
        QuasiExperimental => 7,
        Longitudinal => 6,
        RepresentativeSurvey => 5,
        CrossSectionalSurvey => 4,
        Administrative => 3,
        Review => 2,
        SelfReported => 1,
        _ => 0,
    };
}
