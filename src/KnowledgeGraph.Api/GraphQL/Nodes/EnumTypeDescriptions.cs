namespace KnowledgeGraph.Api.GraphQL.Nodes;

/// <summary>What each enum of the graph schema is, as its GraphQL type description (its values are described in Core's EnumDescriptions).</summary>
public static class EnumTypeDescriptions
{
    private static readonly Dictionary<string, string> ByName = new()
    {
        ["RiskFactor"] = "A feature of the work that raises the risk of harassment (after the EEOC 2016 Select Task Force).",
        ["OrganizationKind"] = "What sort of organization it is.",
        ["TacticCategory"] = "The family a tactic belongs to.",
        ["PolicyLeverKind"] = "What kind of rule a policy lever is.",
        ["JurisdictionLevel"] = "How large a jurisdiction is, from a district to an international body.",
        ["InterventionStatus"] = "Where an intervention stands as a program.",
        ["LegalStatus"] = "Where a legal measure stands: proposed, enacted, in force or ended. A proposed bill is never counted as adopted.",
        ["PersonRole"] = "The part a person played in an intervention.",
        ["FindingKind"] = "What a finding is about. Only EFFECT findings count toward a verdict or score.",
        ["Effect"] = "The direction of an EFFECT finding's result. NO_EFFECT is evidence of no effect; INCONCLUSIVE is no evidence either way.",
        ["EvidenceStrength"] = "How strong a finding's evidence is, from ANECDOTAL to STRONG.",
        ["EvidenceKind"] = "The study design behind a finding, from self-reports to randomized trials.",
        ["OutcomeCategory"] = "The family an outcome belongs to.",
        ["SourceKind"] = "What kind of document a source is.",
        ["SourceType"] = "Who stands behind a source, which decides how independent it is (docs/scoring.md).",
    };

    public static string Of(string enumName) =>
        ByName.TryGetValue(enumName, out var text) ? text : throw new InvalidOperationException($"The enum {enumName} has no description.");
}
