using System.Text.Json.Nodes;
using KnowledgeGraph.Core.Graph;
using static KnowledgeGraph.Tests.Support.TestGraph;

namespace KnowledgeGraph.Tests.Core.Graph;

/// <summary>The legal-status rules in the validator alone: partial dates, ended statuses, proposed measures.</summary>
public sealed class LegalStatusRulesTests
{
    [Theory]
    [InlineData("2019", "2019-06-26", 0)]
    [InlineData("2019-06", "2019-06-26", 0)]
    [InlineData("2019-07", "2019-06-26", 1)]
    [InlineData("2018-12-31", "2019", -1)]
    [InlineData("2019-06-25", "2019-06-26", -1)]
    public void Partial_dates_compare_at_the_precision_both_have(string a, string b, int sign) =>
        Assert.Equal(sign, Math.Sign(GraphValidator.ComparePartialDates(a, b)));

    private static IReadOnlyList<Violation> Check(JsonObject props) =>
        GraphValidator.Validate(new GraphBatch([Node("intervention:x", "Intervention", props)], []), StoredContext.Empty);

    [Fact]
    public void Every_out_of_order_pair_is_named()
    {
        var violations = Check(new() { ["name"] = "X", ["legalStatus"] = "REPEALED", ["proposedOn"] = "2021", ["enactedOn"] = "2020", ["endedOn"] = "2019" });
        Assert.Equal(3, violations.Count(v => v.Rule == GraphValidator.LegalDatesOrderRule));
    }

    [Fact]
    public void A_measure_in_force_with_dates_in_order_and_a_program_without_any_pass()
    {
        Assert.Empty(Check(new() { ["name"] = "X", ["legalStatus"] = "IN_FORCE", ["proposedOn"] = "2017-04-19", ["enactedOn"] = "2017-10-11", ["inForceOn"] = "2018-07-01" }));
        Assert.Empty(Check(new() { ["name"] = "X", ["status"] = "ACTIVE" }));
        Assert.Empty(Check(new() { ["name"] = "X", ["legalStatus"] = "PROPOSED", ["proposedOn"] = "2019-07-15" }));
    }

    [Fact]
    public void The_rules_hold_on_enacted_in_too()
    {
        var batch = new GraphBatch(
            [Node("lever:x", "PolicyLever", new() { ["name"] = "X", ["kind"] = "LAW" }), Node("jurisdiction:x", "Jurisdiction", new() { ["name"] = "X", ["level"] = "CITY" })],
            [Edge("ENACTED_IN", "lever:x", "jurisdiction:x", new() { ["status"] = "IN_FORCE", ["endedOn"] = "2020" })]);
        Assert.Equal([GraphValidator.LegalEndedStatusRule], GraphValidator.Validate(batch, StoredContext.Empty).Select(v => v.Rule));
    }
}
