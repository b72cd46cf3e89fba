namespace KnowledgeGraph.Core.Graph;

public static partial class EnumDescriptions
{
    /// <summary>Enums the analyses compute rather than store: the sourcing level of a finding.</summary>
    private static readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Computed = new Dictionary<string, IReadOnlyDictionary<string, string>>
    {
        ["SourcingLevel"] = new Dictionary<string, string>
        {
            [SourcingLevels.PrimaryIndependent] = "Backed by at least one independent primary source: a law text, an agency's data, a study, a news organization's own investigation.",
            [SourcingLevels.SecondaryOnly] = "No independent primary source: it rests on secondary accounts (news about a study, law-firm summaries, mirrors, reposts), perhaps beside the organization's own account.",
            [SourcingLevels.SelfPublishedOnly] = "Rests only on the organization's own account of its own work (its site, press release or annual report); nothing independent backs it.",
            [SourcingLevels.Unrated] = "Some source it cites is not rated yet (or it cites none), and no rated one is an independent primary source.",
        },
    };
}
