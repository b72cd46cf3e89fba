namespace KnowledgeGraph.Core.Graph;

/// <summary>
/// What each value of the evidence enums means, in words a dashboard can show as a legend. The GraphQL schema
/// publishes them as value descriptions; docs/scoring.md explains how they are used.
/// </summary>
public static partial class EnumDescriptions
{
    public static readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> ByEnum = new Dictionary<string, IReadOnlyDictionary<string, string>>
    {
        ["FindingKind"] = new Dictionary<string, string>
        {
            [FindingKinds.Effect] = "A change in an outcome associated with or attributed to the intervention. The only kind that counts toward a verdict or score.",
            [FindingKinds.Adoption] = "The measure was adopted: enactment, uptake, coverage, contracts won, money raised. Says nothing about its effect.",
            [FindingKinds.Prevalence] = "Documents how common the problem is in an industry or jurisdiction; not an intervention's effect.",
            [FindingKinds.Process] = "An implementation fact: complaints handled, requests for help answered, trainings delivered.",
        },
        ["Effect"] = new Dictionary<string, string>
        {
            [Effects.Positive] = "The outcome moved in the wanted direction (less harassment, more reporting, more accountability).",
            [Effects.Negative] = "The outcome moved the wrong way: harm or a backlash.",
            [Effects.Mixed] = "Some measures improved and others did not.",
            [Effects.NoEffect] = "Evidence of no effect: a design that could have shown a change (RCT, quasi-experimental, longitudinal, systematic review) showed none.",
            [Effects.Inconclusive] = "The evidence cannot tell: a confounded trend, or an absence of evidence rather than evidence of absence.",
        },
        ["EvidenceKind"] = new Dictionary<string, string>
        {
            [EvidenceKinds.SelfReported] = "Reported by the program or organization itself, without independent checking.",
            [EvidenceKinds.Administrative] = "Administrative or press counts (charges filed, lawsuits, resignations), with no comparison group.",
            [EvidenceKinds.CrossSectionalSurvey] = "A survey at one point in time, or repeated cross-sections; correlational at best.",
            [EvidenceKinds.RepresentativeSurvey] = "A survey drawn to represent a population.",
            [EvidenceKinds.Review] = "A narrative review or expert report (not a systematic review).",
            [EvidenceKinds.EnactmentOnly] = "Only the enactment or adoption is documented; used for ADOPTION findings only.",
            [EvidenceKinds.Rct] = "A randomized controlled trial.",
            [EvidenceKinds.QuasiExperimental] = "A quasi-experimental comparison: difference-in-differences, regression discontinuity, matched comparison.",
            [EvidenceKinds.Longitudinal] = "A longitudinal design: a panel, or an interrupted time series.",
            [EvidenceKinds.SystematicReview] = "A systematic review or meta-analysis.",
        },
        ["EvidenceStrength"] = new Dictionary<string, string>
        {
            [EvidenceStrengths.Strong] = "Strong: only for RCT, quasi-experimental designs and systematic reviews.",
            [EvidenceStrengths.Moderate] = "Moderate: a sound measurement that cannot attribute the change to the intervention on its own.",
            [EvidenceStrengths.Limited] = "Limited: a single, small, self-reported or secondary measurement.",
            [EvidenceStrengths.Anecdotal] = "Anecdotal: one account or example.",
        },
    };

    public static string? Of(string enumName, string value) =>
        (ByEnum.TryGetValue(enumName, out var values) || World.TryGetValue(enumName, out values) || Computed.TryGetValue(enumName, out values)) ? values.GetValueOrDefault(value) : null;
}
