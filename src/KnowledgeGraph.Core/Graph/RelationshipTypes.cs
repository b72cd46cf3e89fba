namespace KnowledgeGraph.Core.Graph;

/// <summary>The relationship types of the graph schema, by name; <see cref="GraphSchema.Relationships"/> says what each may connect.</summary>
public static class RelationshipTypes
{
    public const string OperatesIn = "OPERATES_IN";
    public const string PartnersWith = "PARTNERS_WITH";
    public const string Founded = "FOUNDED";
    public const string Leads = "LEADS";
    public const string Uses = "USES";
    public const string AdvocatesFor = "ADVOCATES_FOR";
    public const string EnactedIn = "ENACTED_IN";
    public const string Applies = "APPLIES";
    public const string InIndustry = "IN_INDUSTRY";
    public const string InJurisdiction = "IN_JURISDICTION";
    public const string LedBy = "LED_BY";
    public const string HasFinding = "HAS_FINDING";
    public const string OnOutcome = "ON_OUTCOME";
    public const string Cites = "CITES";
    public const string PartOf = "PART_OF";
    public const string InvolvedIn = "INVOLVED_IN";
    public const string Funds = "FUNDS";
    public const string Describes = "DESCRIBES";
}
