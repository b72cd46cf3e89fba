using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Core.Analyses.WhatWorked;

/// <summary>
/// The scoring rule behind whatWorked and transferCandidates (docs/scoring.md). Only EFFECT findings count. Each
/// weighs strength × design × recency; its effect gives the sign (positive +1, mixed +0.3, no effect 0, inconclusive
/// 0, negative −1). A strategy's score is the sum over its EFFECT findings, times 1 + 0.2 per extra industry where it
/// had a positive finding (replication). Confidence is the sum of weights whatever the effect: how much effect
/// evidence there is. ADOPTION, PREVALENCE and PROCESS findings never enter score, confidence or verdict.
/// </summary>
public static class Evidence
{
    public static readonly IReadOnlyDictionary<string, int> StrengthRank = new Dictionary<string, int>
    {
        [EvidenceStrengths.Anecdotal] = 1,
        [EvidenceStrengths.Limited] = 2,
        [EvidenceStrengths.Moderate] = 3,
        [EvidenceStrengths.Strong] = 4,
    };

    public static readonly IReadOnlyDictionary<string, double> StrengthWeight = new Dictionary<string, double>
    {
        [EvidenceStrengths.Strong] = 1.0,
        [EvidenceStrengths.Moderate] = 0.7,
        [EvidenceStrengths.Limited] = 0.4,
        [EvidenceStrengths.Anecdotal] = 0.2,
    };

    public static readonly IReadOnlyDictionary<string, double> KindWeight = new Dictionary<string, double>
    {
        [EvidenceKinds.Rct] = 1.0,
        [EvidenceKinds.QuasiExperimental] = 1.0,
        [EvidenceKinds.SystematicReview] = 1.0,
        [EvidenceKinds.Longitudinal] = 0.9,
        [EvidenceKinds.RepresentativeSurvey] = 1.0,
        [EvidenceKinds.Review] = 1.0,
        [EvidenceKinds.Administrative] = 0.8,
        [EvidenceKinds.CrossSectionalSurvey] = 0.6,
        [EvidenceKinds.SelfReported] = 0.5,
        [EvidenceKinds.EnactmentOnly] = 0.2,
    };

    public static readonly IReadOnlyDictionary<string, double> EffectSign = new Dictionary<string, double>
    {
        [Effects.Positive] = 1.0,
        [Effects.Mixed] = 0.3,
        [Effects.NoEffect] = 0.0,
        [Effects.Inconclusive] = 0.0,
        [Effects.Negative] = -1.0,
    };

    public const double ReplicationBonus = 0.2;

    /// <summary>A finding loses half its weight every ten years before the newest finding considered.</summary>
    public static double Recency(int? year, int referenceYear) =>
        year is { } y ? Math.Pow(0.5, Math.Max(0, referenceYear - y) / 10.0) : 0.5;

    public static double Weight(string strength, string kind, int? year, int referenceYear) =>
        StrengthWeight.GetValueOrDefault(strength) * KindWeight.GetValueOrDefault(kind) * Recency(year, referenceYear);

    /// <summary>
    /// The verdict from findings given as (finding kind, effect): EFFECT findings decide it, INCONCLUSIVE ones point
    /// nowhere; without EFFECT findings an adoption gives ADOPTED_ONLY; prevalence and process findings never count.
    /// </summary>
    public static Verdict VerdictOf(IReadOnlyCollection<(string? FindingKind, string? Effect)> findings)
    {
        var effects = findings.Where(f => f.FindingKind == FindingKinds.Effect).Select(f => f.Effect).ToList();
        if (effects.Count == 0)
        {
            return findings.Any(f => f.FindingKind == FindingKinds.Adoption) ? Verdict.ADOPTED_ONLY : Verdict.NO_EVIDENCE;
        }
        var positive = effects.Count(e => e == Effects.Positive);
        var negative = effects.Count(e => e == Effects.Negative);
        var none = effects.Count(e => e == Effects.NoEffect);
        var mixed = effects.Count(e => e == Effects.Mixed);
        return (positive, negative, none, mixed) switch
        {
            (0, 0, 0, 0) => Verdict.INCONCLUSIVE,
            ( > 0, 0, 0, 0) => Verdict.WORKED,
            (0, > 0, 0, 0) => Verdict.HARMFUL,
            (0, 0, > 0, 0) => Verdict.NO_EFFECT_FOUND,
            _ => Verdict.MIXED_EVIDENCE,
        };
    }
}
