using KnowledgeGraph.Core.Analyses.Transfer;
using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Tests.Core.Analyses;

public sealed class TransferRankingTests
{
    private static TransferRanking.Row Row(string intervention, int shared, int own, int target, string finding, string strength, string[] fresh) =>
        new(intervention, "industry:other", ["ALCOHOL"], shared, own, target, finding, strength, EvidenceKinds.Review, 2020, fresh);

    [Fact]
    public void Candidates_score_risk_similarity_times_positive_evidence()
    {
        var rows = new[]
        {
            // Jaccard 2 / (3 + 2 - 2) = 0.667; evidence 1.0
            Row("intervention:a", 2, 2, 3, "finding:1", EvidenceStrengths.Strong, ["tactic:t"]),
            // Jaccard 1 / (3 + 1 - 1) = 0.333; evidence 1.0 + 0.7
            Row("intervention:b", 1, 1, 3, "finding:2", EvidenceStrengths.Strong, ["tactic:u"]),
            Row("intervention:b", 1, 1, 3, "finding:3", EvidenceStrengths.Moderate, ["tactic:u"]),
        };

        var ranked = TransferRanking.Rank(rows, 10);

        Assert.Equal(["intervention:a", "intervention:b"], ranked.Select(c => c.InterventionId));
        Assert.Equal((0.667, 1.0, 0.667), (ranked[0].Similarity, ranked[0].Evidence, ranked[0].Score));
        Assert.Equal((0.333, 1.7, 0.567), (ranked[1].Similarity, ranked[1].Evidence, ranked[1].Score));
        Assert.Equal(["finding:2", "finding:3"], ranked[1].PositiveFindingIds);
        Assert.Equal(["tactic:u"], ranked[1].NewStrategyIds);
        Assert.Equal(["ALCOHOL"], ranked[1].SharedRiskFactors);
    }

    [Fact]
    public void Interventions_that_bring_nothing_new_are_left_out_and_first_cuts_the_list()
    {
        var rows = new[]
        {
            Row("intervention:a", 1, 1, 1, "finding:1", EvidenceStrengths.Strong, []),
            Row("intervention:b", 1, 1, 1, "finding:2", EvidenceStrengths.Strong, ["tactic:t"]),
            Row("intervention:c", 1, 1, 1, "finding:3", EvidenceStrengths.Limited, ["tactic:t"]),
        };

        Assert.Equal(["intervention:b"], TransferRanking.Rank(rows, 1).Select(c => c.InterventionId));
        Assert.Empty(TransferRanking.Rank([], 5));
    }
}
