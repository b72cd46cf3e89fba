using System.Text.Json.Nodes;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Traversals;

namespace KnowledgeGraph.Tests.Core.Traversals;

/// <summary>The sentence each hop of a path carries.</summary>
public sealed class HopMeaningTests
{
    private static Node Node(string id, string label, string name) => new(id, label, name, [], DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, 1);

    private static readonly Node Program = Node("intervention:ffp", GraphSchema.Intervention, "Fair Food Program");
    private static readonly Node Tactic = Node("tactic:wsr", GraphSchema.Tactic, "Worker-driven social responsibility");
    private static readonly Node Lever = Node("lever:nda", GraphSchema.PolicyLever, "NDA ban");

    [Fact]
    public void A_hop_reads_in_the_relationship_direction_whichever_way_the_path_walks_it()
    {
        var applies = new Edge(Edge.IdFor("APPLIES", Program.Id, Tactic.Id), "APPLIES", Program.Id, Tactic.Id, new JsonObject());
        const string Expected = "Fair Food Program (intervention) applies Worker-driven social responsibility (tactic)";
        Assert.Equal(Expected, HopMeaning.Of(applies, Program, Tactic));
        Assert.Equal(Expected, HopMeaning.Of(applies, Tactic, Program));
    }

    [Fact]
    public void Labels_read_as_words_and_a_type_without_a_verb_reads_as_its_name()
    {
        var applies = new Edge(Edge.IdFor("APPLIES", Program.Id, Lever.Id), "APPLIES", Program.Id, Lever.Id, new JsonObject());
        Assert.Equal("Fair Food Program (intervention) applies NDA ban (policy lever)", HopMeaning.Of(applies, Lever, Program));
        Assert.Equal("was led by", HopMeaning.Verb(RelationshipTypes.LedBy));
        Assert.Equal("funds", HopMeaning.Verb("FUNDS"));
        Assert.Equal("took place in", HopMeaning.Verb(RelationshipTypes.InJurisdiction));
    }
}
