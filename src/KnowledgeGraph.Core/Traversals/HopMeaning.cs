using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Core.Traversals;

/// <summary>What one hop of a path says, as a sentence read in the relationship's own direction.</summary>
public static partial class HopMeaning
{
    // The verb each relationship type stands for, from its source to its target (GraphSchema.Relationships says
    // which labels each connects). A type not listed reads as its name in words.
    private static readonly Dictionary<string, string> Verbs = new()
    {
        [RelationshipTypes.OperatesIn] = "operates in",
        [RelationshipTypes.PartnersWith] = "partners with",
        [RelationshipTypes.Founded] = "founded",
        [RelationshipTypes.Leads] = "leads",
        [RelationshipTypes.Uses] = "uses",
        [RelationshipTypes.AdvocatesFor] = "advocates for",
        [RelationshipTypes.EnactedIn] = "was enacted in",
        [RelationshipTypes.Applies] = "applies",
        [RelationshipTypes.InIndustry] = "took place in",
        [RelationshipTypes.InJurisdiction] = "took place in",
        [RelationshipTypes.LedBy] = "was led by",
        [RelationshipTypes.HasFinding] = "has the finding",
        [RelationshipTypes.OnOutcome] = "is about",
        [RelationshipTypes.Cites] = "cites",
        [RelationshipTypes.PartOf] = "lies in",
        [RelationshipTypes.InvolvedIn] = "took part in",
        [RelationshipTypes.Funds] = "funds",
        [RelationshipTypes.Describes] = "describes",
    };

    // ENACTED_IN says what its status says: a proposed bill was not enacted anywhere.
    private static readonly Dictionary<string, string> EnactmentVerbs = new()
    {
        [LegalStatuses.Proposed] = "was proposed in",
        [LegalStatuses.InForce] = "is in force in",
        [LegalStatuses.StruckDown] = "was enacted, then struck down, in",
        [LegalStatuses.Preempted] = "was enacted, then preempted, in",
        [LegalStatuses.Repealed] = "was enacted, then repealed, in",
    };

    /// <summary>The verb for a relationship type: <c>APPLIES</c> → "applies".</summary>
    public static string Verb(string type) => Verbs.GetValueOrDefault(type) ?? type.ToLowerInvariant().Replace('_', ' ');

    /// <summary>
    /// "Fair Food Program (intervention) applies Worker-driven social responsibility (tactic)": the edge's source, the
    /// verb, its target, each node with its label in words, whichever way the path walks the edge.
    /// </summary>
    public static string Of(Edge edge, Node one, Node other)
    {
        var (source, target) = edge.SourceId == one.Id ? (one, other) : (other, one);
        var verb = edge.Type == RelationshipTypes.EnactedIn && edge.Props["status"] is JsonValue status && status.TryGetValue<string>(out var value)
            ? EnactmentVerbs.GetValueOrDefault(value) ?? Verb(edge.Type)
            : Verb(edge.Type);
        return $"{source.Name} ({Words(source.Label)}) {verb} {target.Name} ({Words(target.Label)})";
    }

    private static string Words(string label) => WordStart().Replace(label, " $1").ToLowerInvariant();

    [GeneratedRegex("(?<=[a-z])([A-Z])")]
    private static partial Regex WordStart();
}
