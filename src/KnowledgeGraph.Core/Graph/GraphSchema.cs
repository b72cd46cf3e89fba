namespace KnowledgeGraph.Core.Graph;

public enum PropertyKind
{
    String,
    Text,
    Year,
    Url,
    PartialDate,
    Enum,
    EnumList,
    Boolean,
    Number,
}

/// <summary>One typed property of a label or relationship type.</summary>
public sealed record PropertyRule(string Name, PropertyKind Kind, bool Required = false, string? EnumName = null)
{
    public int MaxLength => Kind == PropertyKind.Text ? 4000 : 500;
}

/// <summary>
/// A node label: its id prefix, the property shown as its name, its properties, the property its year is read from,
/// the GraphQL root field that lists it (<see cref="PluralField"/>) and the seed file that holds it (<see cref="SeedFile"/>).
/// </summary>
public sealed record LabelRule(
    string Label, string IdPrefix, string NameProperty, IReadOnlyList<PropertyRule> Properties, string? YearProperty, string PluralField, string SeedFile)
{
    public PropertyRule? Property(string name) => Properties.FirstOrDefault(p => p.Name == name);
}

/// <summary>A relationship type: which labels it may connect, and its properties. Empty From/To lists mean any label.</summary>
public sealed record RelationshipRule(string Type, IReadOnlyList<string> From, IReadOnlyList<string> To, IReadOnlyList<PropertyRule> Properties)
{
    public bool AllowsFrom(string label) => From.Count == 0 || From.Contains(label);
    public bool AllowsTo(string label) => To.Count == 0 || To.Contains(label);
}

/// <summary>
/// The one place that says what the knowledge graph may hold: labels, properties, enums and relationship endpoints.
/// Every write is validated against it, and the GraphQL types are checked against it by tests.
/// </summary>
public static class GraphSchema
{
    public const string Industry = "Industry";
    public const string Organization = "Organization";
    public const string Person = "Person";
    public const string Tactic = "Tactic";
    public const string PolicyLever = "PolicyLever";
    public const string Jurisdiction = "Jurisdiction";
    public const string Intervention = "Intervention";
    public const string Finding = "Finding";
    public const string Outcome = "Outcome";
    public const string Source = "Source";

    // Declared before the labels and relationships that use them: static fields initialize in this order.
    /// <summary>The dates a legal status moves through; <see cref="LegalStatuses"/> says how they go with the status.</summary>
    private static readonly PropertyRule[] LegalDates =
        [new("proposedOn", PropertyKind.PartialDate), new("enactedOn", PropertyKind.PartialDate), new("inForceOn", PropertyKind.PartialDate), new("endedOn", PropertyKind.PartialDate)];

    private static readonly PropertyRule[] LegalStatusProperties = [new("legalStatus", PropertyKind.Enum, EnumName: "LegalStatus"), .. LegalDates];

    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> Enums = new Dictionary<string, IReadOnlyList<string>>
    {
        ["RiskFactor"] =
        [
            "ISOLATED_WORK", "POWER_DISPARITY", "TIPPED_WAGES", "CUSTOMER_FACING", "IMMIGRANT_WORKFORCE",
            "YOUNG_WORKFORCE", "HIGH_VALUE_EMPLOYEES", "DECENTRALIZED_WORKPLACE", "ALCOHOL", "HOMOGENEOUS_WORKFORCE",
        ],
        ["OrganizationKind"] = ["ADVOCACY", "UNION", "WORKER_CENTER", "EMPLOYER", "GOVERNMENT", "FUNDER", "COALITION", "RESEARCH", "MEDIA"],
        ["TacticCategory"] = ["NARRATIVE", "ORGANIZING", "LEGAL", "MONITORING", "TRAINING", "ECONOMIC", "COALITION_BUILDING"],
        ["PolicyLeverKind"] = ["LAW", "ORDINANCE", "REGULATION", "CONTRACT_CLAUSE", "CORPORATE_POLICY", "INDUSTRY_STANDARD"],
        ["JurisdictionLevel"] = Jurisdictions.Levels,
        ["InterventionStatus"] = ["PLANNED", "ACTIVE", "COMPLETED", "DISCONTINUED"],
        ["LegalStatus"] = LegalStatuses.All,
        ["PersonRole"] = ["LED", "FOUNDED", "FILED", "SPONSORED", "ORGANIZED", "SPOKESPERSON"],
        ["FindingKind"] = FindingKinds.All,
        ["Effect"] = [Effects.Positive, Effects.Negative, Effects.Mixed, Effects.NoEffect, Effects.Inconclusive],
        ["EvidenceStrength"] = [EvidenceStrengths.Strong, EvidenceStrengths.Moderate, EvidenceStrengths.Limited, EvidenceStrengths.Anecdotal],
        ["EvidenceKind"] = EvidenceKinds.All,
        ["OutcomeCategory"] = ["SAFETY", "REPORTING", "ACCOUNTABILITY", "AWARENESS", "POLICY_CHANGE", "ECONOMIC", "WELLBEING"],
        ["SourceKind"] = ["ARTICLE", "REPORT", "STUDY", "LAW_TEXT", "DATASET"],
        ["SourceType"] = SourceTypes.All,
    };

    public static readonly IReadOnlyList<LabelRule> Labels =
    [
        new(Industry, "industry:", "name",
            [Req("name"), Str("naicsCode"), Text("description"), new("riskFactors", PropertyKind.EnumList, EnumName: "RiskFactor")], null, "industries", "industries.json"),
        new(Organization, "org:", "name",
            [Req("name"), ReqEnum("kind", "OrganizationKind"), new("founded", PropertyKind.Year), new("website", PropertyKind.Url), Text("description")],
            "founded", "organizations", "organizations.json"),
        new(Person, "person:", "name", [Req("name"), Text("description")], null, "people", "people.json"),
        new(Tactic, "tactic:", "name", [Req("name"), ReqEnum("category", "TacticCategory"), Text("description")], null, "tactics", "tactics.json"),
        new(PolicyLever, "lever:", "name", [Req("name"), ReqEnum("kind", "PolicyLeverKind"), Text("description")], null, "policyLevers", "policy-levers.json"),
        new(Jurisdiction, "jurisdiction:", "name", [Req("name"), ReqEnum("level", "JurisdictionLevel"), Str("code")], null, "jurisdictions", "jurisdictions.json"),
        new(Intervention, "intervention:", "name",
            [Req("name"), Text("description"), new("startYear", PropertyKind.Year), new("endYear", PropertyKind.Year),
             new("status", PropertyKind.Enum, EnumName: "InterventionStatus"), .. LegalStatusProperties],
            "startYear", "interventions", "interventions.json"),
        new(Finding, "finding:", "summary",
            [new("summary", PropertyKind.Text, Required: true), ReqEnum("kind", "FindingKind"), new("effect", PropertyKind.Enum, EnumName: "Effect"), ReqEnum("evidenceStrength", "EvidenceStrength"),
             ReqEnum("evidenceKind", "EvidenceKind"), Str("measure"), Str("value"), Str("baseline"), new("year", PropertyKind.Year)],
            "year", "findings", "findings.json"),
        new(Outcome, "outcome:", "name", [Req("name"), ReqEnum("category", "OutcomeCategory"), Text("description")], null, "outcomes", "outcomes.json"),
        new(Source, "source:", "title",
            [Req("title"), new("url", PropertyKind.Url, Required: true), Str("publisher"), new("publishedOn", PropertyKind.PartialDate),
             ReqEnum("kind", "SourceKind"), new("type", PropertyKind.Enum, EnumName: "SourceType"), new("primary", PropertyKind.Boolean), Text("quote"), Text("note")],
            "publishedOn", "sources", "sources.json"),
    ];

    public static readonly IReadOnlyList<RelationshipRule> Relationships =
    [
        new(RelationshipTypes.OperatesIn, [Organization], [Industry], []),
        new(RelationshipTypes.PartnersWith, [Organization], [Organization], [new("since", PropertyKind.Year), Str("context")]),
        new(RelationshipTypes.Founded, [Person], [Organization], [new("year", PropertyKind.Year)]),
        new(RelationshipTypes.Leads, [Person], [Organization], [new("year", PropertyKind.Year)]),
        new(RelationshipTypes.Uses, [Organization], [Tactic], [new("since", PropertyKind.Year)]),
        new(RelationshipTypes.AdvocatesFor, [Organization], [PolicyLever], []),
        new(RelationshipTypes.EnactedIn, [PolicyLever], [Jurisdiction], [new("year", PropertyKind.Year), new("status", PropertyKind.Enum, EnumName: "LegalStatus"), .. LegalDates]),
        new(RelationshipTypes.Applies, [Intervention], [Tactic, PolicyLever], []),
        new(RelationshipTypes.InIndustry, [Intervention], [Industry], []),
        new(RelationshipTypes.InJurisdiction, [Intervention], [Jurisdiction], []),
        new(RelationshipTypes.LedBy, [Intervention], [Organization], [Str("role")]),
        new(RelationshipTypes.HasFinding, [Intervention], [Finding], []),
        new(RelationshipTypes.OnOutcome, [Finding], [Outcome], []),
        new(RelationshipTypes.Cites, [], [Source], [Text("quote"), Str("page"), Text("note")]),
        new(RelationshipTypes.PartOf, [Jurisdiction], [Jurisdiction], []),
        new(RelationshipTypes.InvolvedIn, [Person], [Intervention], [ReqEnum("role", "PersonRole"), new("year", PropertyKind.Year)]),
        new(RelationshipTypes.Funds, [Organization, Person], [Organization, Intervention],
            [new("amount", PropertyKind.Number), Str("currency"), new("year", PropertyKind.Year), Text("note")]),
        new(RelationshipTypes.Describes, [Finding], [Industry, Jurisdiction], []),
    ];


    private static readonly Dictionary<string, LabelRule> LabelsByName = Labels.ToDictionary(l => l.Label);
    private static readonly Dictionary<string, RelationshipRule> RelationshipsByType = Relationships.ToDictionary(r => r.Type);

    public static LabelRule? FindLabel(string label) => LabelsByName.GetValueOrDefault(label);

    public static LabelRule Label(string label) =>
        LabelsByName.TryGetValue(label, out var rule) ? rule : throw new ArgumentException($"Unknown label '{label}'.", nameof(label));

    public static RelationshipRule? FindRelationship(string type) => RelationshipsByType.GetValueOrDefault(type);

    /// <summary>The label an id belongs to, read from its prefix; null when no label uses that prefix.</summary>
    public static LabelRule? LabelOfId(string id) => Labels.FirstOrDefault(l => id.StartsWith(l.IdPrefix, StringComparison.Ordinal));

    private static PropertyRule Req(string name) => new(name, PropertyKind.String, Required: true);
    private static PropertyRule Str(string name) => new(name, PropertyKind.String);
    private static PropertyRule Text(string name) => new(name, PropertyKind.Text);
    private static PropertyRule ReqEnum(string name, string enumName) => new(name, PropertyKind.Enum, Required: true, EnumName: enumName);
}
