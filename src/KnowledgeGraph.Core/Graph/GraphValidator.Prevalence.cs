namespace KnowledgeGraph.Core.Graph;

// The rules that keep a PREVALENCE finding apart from interventions: it documents how common the problem is in the
// industries and jurisdictions it DESCRIBES, and no intervention HAS it. They need the graph as the write leaves it,
// so the write plan enforces them (docs/curation.md, "People, funding and prevalence").
public static partial class GraphValidator
{
    /// <summary>HAS_FINDING never points at a PREVALENCE finding.</summary>
    public const string PrevalenceNotOfInterventionRule = "finding-prevalence-no-intervention";

    /// <summary>DESCRIBES goes only from a PREVALENCE finding.</summary>
    public const string DescribesFromPrevalenceRule = "finding-describes-prevalence-only";

    /// <summary>A PREVALENCE finding describes at least one industry or jurisdiction once the write is done.</summary>
    public const string PrevalenceDescribesRule = "finding-prevalence-describes";
}
