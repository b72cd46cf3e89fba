using KnowledgeGraph.Core.Analyses.Transfer;
using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Tests.Core.Analyses;

public sealed class TransferRankingTests
{
    // Four industries list risk factors: CUSTOMER_FACING is in all of them, ALCOHOL in two, TIPPED_WAGES in one.
    private static readonly Dictionary<string, int> Factors = new() { ["CUSTOMER_FACING"] = 4, ["ALCOHOL"] = 2, ["TIPPED_WAGES"] = 1 };

    private static TransferRanking.Row Row(string intervention, string[] shared, string finding, string strength, string[] fresh, string effect = Effects.Positive) =>
        new(intervention, "industry:other", shared, shared.Length, 3, 3, finding, effect, strength, EvidenceKinds.Review, 2020, fresh);

    [Fact]
    public void Negative_and_mixed_findings_weigh_against_a_candidate_and_one_with_no_net_evidence_is_not_proposed()
    {
        var rows = new[]
        {
            // 1.0 (strong, positive) − 0.7 (moderate, negative) = 0.3.
            Row("intervention:contested", ["ALCOHOL"], "finding:good", EvidenceStrengths.Strong, ["tactic:t"]),
            Row("intervention:contested", ["ALCOHOL"], "finding:bad", EvidenceStrengths.Moderate, ["tactic:t"], Effects.Negative),
            // 0.7 + 0.3 × 0.4 (mixed, limited) = 0.82.
            Row("intervention:clean", ["ALCOHOL"], "finding:ok", EvidenceStrengths.Moderate, ["tactic:t"]),
            Row("intervention:clean", ["ALCOHOL"], "finding:mixed", EvidenceStrengths.Limited, ["tactic:t"], Effects.Mixed),
            // 0.4 − 1.0 < 0: outweighed, never proposed.
            Row("intervention:harmful", ["ALCOHOL"], "finding:small", EvidenceStrengths.Limited, ["tactic:t"]),
            Row("intervention:harmful", ["ALCOHOL"], "finding:harm", EvidenceStrengths.Strong, ["tactic:t"], Effects.Negative),
            // Inconclusive only: no positive finding, never proposed.
            Row("intervention:unclear", ["ALCOHOL"], "finding:unclear", EvidenceStrengths.Strong, ["tactic:t"], Effects.Inconclusive),
        };

        var ranked = TransferRanking.Rank(rows, Factors, 4, 10);

        Assert.Equal(["intervention:clean", "intervention:contested"], ranked.Select(c => c.InterventionId));
        Assert.Equal((0.82, 0.3), (ranked[0].Evidence, ranked[1].Evidence));
        Assert.Equal(["finding:good"], ranked[1].PositiveFindingIds);
    }

    [Fact]
    public void A_factor_every_industry_has_weighs_nothing_and_a_rarer_one_weighs_more()
    {
        Assert.Equal(0, TransferRanking.FactorWeight(4, 4));
        Assert.Equal(Math.Log(2), TransferRanking.FactorWeight(4, 2), 6);
        Assert.Equal(Math.Log(4), TransferRanking.FactorWeight(4, 1), 6);
        Assert.True(TransferRanking.FactorWeight(4, 1) > TransferRanking.FactorWeight(4, 2));
        Assert.Equal(0, TransferRanking.FactorWeight(4, 0));
    }

    [Fact]
    public void Candidates_score_effect_evidence_times_one_plus_the_distinctiveness_of_shared_factors()
    {
        var rows = new[]
        {
            // Shares only a factor every industry has: 1.7 × (1 + 0) = 1.7, however strong its evidence.
            Row("intervention:a", ["CUSTOMER_FACING"], "finding:1", EvidenceStrengths.Strong, ["tactic:t"]),
            Row("intervention:a", ["CUSTOMER_FACING"], "finding:2", EvidenceStrengths.Moderate, ["tactic:t"]),
            // Shares two rarer factors: 1.0 × (1 + ln 2 + ln 4) = 3.079.
            Row("intervention:b", ["ALCOHOL", "TIPPED_WAGES"], "finding:3", EvidenceStrengths.Strong, ["tactic:u"]),
        };

        var ranked = TransferRanking.Rank(rows, Factors, 4, 10);

        Assert.Equal(["intervention:b", "intervention:a"], ranked.Select(c => c.InterventionId));
        Assert.Equal((1.0, 2.079, 3.079), (ranked[0].Evidence, ranked[0].Distinctiveness, ranked[0].Score));
        Assert.Equal((1.7, 0.0, 1.7), (ranked[1].Evidence, ranked[1].Distinctiveness, ranked[1].Score));
        Assert.Equal([new SharedRiskFactor("TIPPED_WAGES", 1.386, 1), new SharedRiskFactor("ALCOHOL", 0.693, 2)], ranked[0].SharedFactors);
        Assert.Equal(["ALCOHOL", "TIPPED_WAGES"], ranked[0].SharedRiskFactors);
        Assert.Equal([new SharedRiskFactor("CUSTOMER_FACING", 0, 4)], ranked[1].SharedFactors);
        Assert.Equal(["finding:1", "finding:2"], ranked[1].PositiveFindingIds);
        Assert.Equal(["tactic:u"], ranked[0].NewStrategyIds);
    }

    [Fact]
    public void Ties_go_by_id()
    {
        var rows = new[]
        {
            Row("intervention:z", ["ALCOHOL"], "finding:1", EvidenceStrengths.Strong, ["tactic:t"]),
            Row("intervention:y", ["ALCOHOL"], "finding:2", EvidenceStrengths.Strong, ["tactic:t"]),
        };

        Assert.Equal(["intervention:y", "intervention:z"], TransferRanking.Rank(rows, Factors, 4, 10).Select(c => c.InterventionId));
    }

    [Fact]
    public void Interventions_that_bring_nothing_new_are_left_out_and_first_cuts_the_list()
    {
        var rows = new[]
        {
            Row("intervention:a", ["ALCOHOL"], "finding:1", EvidenceStrengths.Strong, []),
            Row("intervention:b", ["ALCOHOL"], "finding:2", EvidenceStrengths.Strong, ["tactic:t"]),
            Row("intervention:c", ["ALCOHOL"], "finding:3", EvidenceStrengths.Limited, ["tactic:t"]),
        };

        Assert.Equal(["intervention:b"], TransferRanking.Rank(rows, Factors, 4, 1).Select(c => c.InterventionId));
        Assert.Empty(TransferRanking.Rank([], Factors, 4, 5));
    }
}
