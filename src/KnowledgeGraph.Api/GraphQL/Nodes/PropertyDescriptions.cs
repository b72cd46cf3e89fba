using static KnowledgeGraph.Core.Graph.GraphSchema;

namespace KnowledgeGraph.Api.GraphQL.Nodes;

/// <summary>
/// What each property of a label means, in one place: the node types, the create and patch inputs and the filters
/// all describe a property with these words.
/// </summary>
public static class PropertyDescriptions
{
    private static readonly Dictionary<(string Label, string Property), string> Labels = new()
    {
        [(Industry, "name")] = "The industry's name.",
        [(Industry, "naicsCode")] = "North American Industry Classification System code, where one fits.",
        [(Industry, "description")] = "What work the industry covers.",
        [(Industry, "riskFactors")] = "Harassment risk factors of the work (after the EEOC 2016 Select Task Force).",
        [(Organization, "name")] = "The organization's name.",
        [(Organization, "kind")] = "What sort of organization it is.",
        [(Organization, "founded")] = "Year founded.",
        [(Organization, "website")] = "Home page.",
        [(Organization, "description")] = "What it does.",
        [(Person, "name")] = "The person's name.",
        [(Person, "description")] = "Who they are, in one or two sentences.",
        [(Tactic, "name")] = "The tactic's name.",
        [(Tactic, "category")] = "The family of tactics it belongs to.",
        [(Tactic, "description")] = "How it works.",
        [(PolicyLever, "name")] = "The lever's name.",
        [(PolicyLever, "kind")] = "What kind of rule it is.",
        [(PolicyLever, "description")] = "What it requires.",
        [(Jurisdiction, "name")] = "The jurisdiction's name.",
        [(Jurisdiction, "level")] = "How large it is: district, city, county, state, country or international.",
        [(Jurisdiction, "code")] = "A short code such as US, US-NY or US-IL-CHICAGO.",
        [(Intervention, "name")] = "The intervention's name.",
        [(Intervention, "description")] = "What was done.",
        [(Intervention, "startYear")] = "Year it started or was enacted.",
        [(Intervention, "endYear")] = "Year it ended, if it did.",
        [(Intervention, "status")] = "Where it stands as a program: planned, active, completed or discontinued.",
        [(Intervention, "legalStatus")] = "Where it stands as a legal measure; a PROPOSED bill is never counted as adopted.",
        [(Intervention, "proposedOn")] = "When it was introduced or proposed: YYYY, YYYY-MM or YYYY-MM-DD.",
        [(Intervention, "enactedOn")] = "When it was enacted.",
        [(Intervention, "inForceOn")] = "When it came into force.",
        [(Intervention, "endedOn")] = "When it was struck down, preempted or repealed.",
        [(Finding, "summary")] = "The claim, in plain words.",
        [(Finding, "kind")] = "What the finding is about: an effect, an adoption, the prevalence of the problem, or an implementation fact. Only EFFECT findings count toward verdicts.",
        [(Finding, "effect")] = "Direction of an EFFECT finding's result; null for the other kinds. NO_EFFECT is evidence of no effect, not missing evidence.",
        [(Finding, "evidenceStrength")] = "How strong the evidence is; STRONG only for RCT, quasi-experimental designs and systematic reviews.",
        [(Finding, "evidenceKind")] = "The study design: RCT, quasi-experimental, longitudinal, systematic review, surveys, administrative counts, self-reports, narrative reviews, or enactment only.",
        [(Finding, "measure")] = "What was measured.",
        [(Finding, "value")] = "The value measured, as reported (with its unit).",
        [(Finding, "baseline")] = "The comparison or prevalence the value should be read against.",
        [(Finding, "year")] = "Year of the measurement or report.",
        [(Outcome, "name")] = "The outcome's name.",
        [(Outcome, "category")] = "The family of outcomes it belongs to.",
        [(Outcome, "description")] = "What it covers.",
        [(Source, "title")] = "The source's title.",
        [(Source, "url")] = "Where to read it (http or https).",
        [(Source, "publisher")] = "Who published it.",
        [(Source, "publishedOn")] = "Publication date: YYYY, YYYY-MM or YYYY-MM-DD.",
        [(Source, "kind")] = "What kind of document it is.",
        [(Source, "type")] = "Who stands behind it: government, court, peer-reviewed journal, research report, news, advocacy, or the organization's own account; null until rated.",
        [(Source, "primary")] = "True when it is the original record (the law, the study, the organization's own data), false when it reports on one; null until rated.",
        [(Source, "quote")] = "A short verbatim quote of what it says; a paraphrase goes to note.",
        [(Source, "note")] = "A paraphrase or a curator's remark on the source.",
    };

    /// <summary>Relationship properties by name: a name means the same thing on every relationship type that has it.</summary>
    private static readonly Dictionary<string, string> RelationshipProperties = new()
    {
        ["since"] = "Year it began: the partnership (PARTNERS_WITH) or the use of the tactic (USES).",
        ["context"] = "What the partnership is about, in a few words (PARTNERS_WITH).",
        ["year"] = "Year of the fact: founded or led (FOUNDED, LEADS), enacted (ENACTED_IN), took part (INVOLVED_IN) or funded (FUNDS).",
        ["status"] = "Where the lever stands in that jurisdiction: proposed, enacted, in force or ended (ENACTED_IN).",
        ["proposedOn"] = "When it was introduced or proposed there: YYYY, YYYY-MM or YYYY-MM-DD (ENACTED_IN).",
        ["enactedOn"] = "When it was enacted there: YYYY, YYYY-MM or YYYY-MM-DD (ENACTED_IN).",
        ["inForceOn"] = "When it came into force there: YYYY, YYYY-MM or YYYY-MM-DD (ENACTED_IN).",
        ["endedOn"] = "When it was struck down, preempted or repealed there: YYYY, YYYY-MM or YYYY-MM-DD (ENACTED_IN).",
        ["role"] = "The part played: free text for an organization that led an intervention (LED_BY); LED, FOUNDED, FILED, SPONSORED, ORGANIZED or SPOKESPERSON for a person (INVOLVED_IN).",
        ["quote"] = "A short verbatim quote of the source that backs the fact (CITES).",
        ["page"] = "Where in the source the quote is: a page, section or paragraph (CITES).",
        ["note"] = "A paraphrase or a curator's remark (CITES, FUNDS).",
        ["amount"] = "How much money, in the currency given (FUNDS).",
        ["currency"] = "ISO 4217 code of the amount, such as USD (FUNDS).",
    };

    /// <summary>The description of a relationship property, whatever the relationship type.</summary>
    public static string OfRelationship(string property) =>
        RelationshipProperties.TryGetValue(property, out var text) ? text : throw new InvalidOperationException($"Relationship property {property} has no description.");

    /// <summary>The description of a label's property; every property of the graph schema has one (a test walks them).</summary>
    public static string Of(string label, string property) =>
        Labels.TryGetValue((label, property), out var text) ? text : throw new InvalidOperationException($"{label}.{property} has no description.");
}
