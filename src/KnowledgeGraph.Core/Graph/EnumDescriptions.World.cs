namespace KnowledgeGraph.Core.Graph;

// What the values of the descriptive enums mean: who is who, where, and in what legal state.
public static partial class EnumDescriptions
{
    private static readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> World = new Dictionary<string, IReadOnlyDictionary<string, string>>
    {
        ["RiskFactor"] = new Dictionary<string, string>
        {
            ["ISOLATED_WORK"] = "People work alone or out of sight: hotel rooms, private homes, fields, night shifts.",
            ["POWER_DISPARITY"] = "A few people decide others' careers or livelihoods.",
            ["TIPPED_WAGES"] = "Pay depends on tips, so on pleasing customers.",
            ["CUSTOMER_FACING"] = "Workers serve customers or guests who are not bound by the employer's rules.",
            ["IMMIGRANT_WORKFORCE"] = "Many workers are immigrants, some without papers, for whom reporting is riskier.",
            ["YOUNG_WORKFORCE"] = "Many workers are young or in their first job.",
            ["HIGH_VALUE_EMPLOYEES"] = "Some employees bring in so much money or fame that they are protected.",
            ["DECENTRALIZED_WORKPLACE"] = "Work is spread over many sites, far from those who could enforce a policy.",
            ["ALCOHOL"] = "Alcohol is served or consumed at work.",
            ["HOMOGENEOUS_WORKFORCE"] = "One sex or group dominates the workforce.",
        },
        ["OrganizationKind"] = new Dictionary<string, string>
        {
            ["ADVOCACY"] = "An advocacy group or non-profit.",
            ["UNION"] = "A trade union.",
            ["WORKER_CENTER"] = "A worker center or worker-led organization that is not a union.",
            ["EMPLOYER"] = "An employer, or an employers' association.",
            ["GOVERNMENT"] = "A government body: legislature, agency, court, commission.",
            ["FUNDER"] = "A foundation or fund that gives money.",
            ["COALITION"] = "A coalition or alliance of organizations.",
            ["RESEARCH"] = "A university, think tank or research body.",
            ["MEDIA"] = "A newsroom or publisher.",
        },
        ["TacticCategory"] = new Dictionary<string, string>
        {
            ["NARRATIVE"] = "Telling stories and changing what the public hears.",
            ["ORGANIZING"] = "Organizing workers to act together.",
            ["LEGAL"] = "Lawsuits, legal aid, complaints to agencies.",
            ["MONITORING"] = "Checking that rules are kept: audits, complaint lines, inspections.",
            ["TRAINING"] = "Training workers, managers or bystanders.",
            ["ECONOMIC"] = "Using money or market power: boycotts, brand pressure, funds.",
            ["COALITION_BUILDING"] = "Bringing organizations together across groups or industries.",
        },
        ["PolicyLeverKind"] = new Dictionary<string, string>
        {
            ["LAW"] = "A state or national law.",
            ["ORDINANCE"] = "A city or county ordinance.",
            ["REGULATION"] = "A rule made by an agency.",
            ["CONTRACT_CLAUSE"] = "A clause in a collective agreement or other contract.",
            ["CORPORATE_POLICY"] = "One company's own policy.",
            ["INDUSTRY_STANDARD"] = "A standard or pledge an industry sets for itself.",
        },
        ["JurisdictionLevel"] = new Dictionary<string, string>
        {
            [Jurisdictions.District] = "A district inside a city or county (a council ward, a special district).",
            [Jurisdictions.City] = "A city or town.",
            [Jurisdictions.County] = "A county.",
            [Jurisdictions.State] = "A state, province or territory (the District of Columbia counts as one).",
            [Jurisdictions.Country] = "A country.",
            [Jurisdictions.International] = "An international body or treaty area (the ILO, the European Union).",
        },
        ["InterventionStatus"] = new Dictionary<string, string>
        {
            ["PLANNED"] = "Announced or planned, not started.",
            ["ACTIVE"] = "Running now.",
            ["COMPLETED"] = "Ran its course.",
            ["DISCONTINUED"] = "Stopped before it ran its course.",
        },
        ["LegalStatus"] = new Dictionary<string, string>
        {
            [LegalStatuses.Proposed] = "Introduced or proposed, not enacted: never counts as adopted.",
            [LegalStatuses.Enacted] = "Passed and signed; may not be in force yet.",
            [LegalStatuses.InForce] = "Enacted and in force.",
            [LegalStatuses.StruckDown] = "Enacted, then struck down by a court.",
            [LegalStatuses.Preempted] = "Enacted, then overridden by a higher jurisdiction's law.",
            [LegalStatuses.Repealed] = "Enacted, then repealed by its own legislature or voters.",
        },
        ["PersonRole"] = new Dictionary<string, string>
        {
            ["LED"] = "Led the intervention.",
            ["FOUNDED"] = "Founded or started it.",
            ["FILED"] = "Filed it: a lawsuit, a complaint, a charge.",
            ["SPONSORED"] = "Sponsored or authored it as a legislator.",
            ["ORGANIZED"] = "Organized it or its participants.",
            ["SPOKESPERSON"] = "Spoke for it in public.",
        },
        ["OutcomeCategory"] = new Dictionary<string, string>
        {
            ["SAFETY"] = "Less harassment or assault; safer work.",
            ["REPORTING"] = "More reporting of harassment.",
            ["ACCOUNTABILITY"] = "Harassers or employers held to account.",
            ["AWARENESS"] = "More knowledge of rights and of the problem.",
            ["POLICY_CHANGE"] = "A rule, law or contract changed.",
            ["ECONOMIC"] = "Money: pay, settlements, funds.",
            ["WELLBEING"] = "Health and wellbeing of workers.",
        },
        ["SourceKind"] = new Dictionary<string, string>
        {
            ["ARTICLE"] = "An article: news, feature, blog post or press release.",
            ["REPORT"] = "A report or brief.",
            ["STUDY"] = "A research study or paper.",
            ["LAW_TEXT"] = "The text of a law, bill, ordinance or regulation.",
            ["DATASET"] = "A dataset or statistical table.",
        },
        ["SourceType"] = new Dictionary<string, string>
        {
            [SourceTypes.Government] = "Published by a government body: a legislature, agency or statistics office.",
            [SourceTypes.Court] = "A court's filing, order or judgment.",
            [SourceTypes.PeerReviewed] = "A peer-reviewed journal article.",
            [SourceTypes.Report] = "A report by a research body, think tank or international organization.",
            [SourceTypes.News] = "An independent news outlet.",
            [SourceTypes.Advocacy] = "An advocacy group, union or campaign writing about others' work or the problem.",
            [SourceTypes.SelfPublished] = "The organization's own account of its own work: its site, press release or annual report.",
        },
    };
}
