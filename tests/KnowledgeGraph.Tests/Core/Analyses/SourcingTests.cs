using System.Text.Json.Nodes;
using KnowledgeGraph.Core.Analyses.EvidenceGapMap;
using KnowledgeGraph.Core.Analyses.WhatWorked;
using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Tests.Core.Analyses;

/// <summary>The sourcing level of a finding, decided in one place, and the weakly sourced counts built on it.</summary>
public sealed class SourcingTests
{
    private static SourceRating Rated(string type, bool primary) => new(type, primary);

    [Fact]
    public void One_independent_primary_source_is_enough_whatever_else_is_cited()
    {
        var sourcing = Sourcing.Of([Rated(SourceTypes.SelfPublished, true), Rated(SourceTypes.News, false), Rated(SourceTypes.Government, true)]);

        Assert.Equal(new FindingSourcing(SourcingLevels.PrimaryIndependent, null), sourcing);
        Assert.False(sourcing.IsWeak);
    }

    [Fact]
    public void The_organizations_own_account_alone_is_self_published_only_even_when_primary()
    {
        var sourcing = Sourcing.Of([Rated(SourceTypes.SelfPublished, true), Rated(SourceTypes.SelfPublished, false)]);

        Assert.Equal(SourcingLevels.SelfPublishedOnly, sourcing.Level);
        Assert.Equal("Rests only on the organization's own account (2 self-published sources); no independent source backs it.", sourcing.Note);
        Assert.True(sourcing.IsWeak);
    }

    [Fact]
    public void Secondary_accounts_without_an_independent_primary_source_are_secondary_only_and_named()
    {
        var sourcing = Sourcing.Of([Rated(SourceTypes.News, false), Rated(SourceTypes.News, false), Rated(SourceTypes.Report, false), Rated(SourceTypes.SelfPublished, true)]);

        Assert.Equal(SourcingLevels.SecondaryOnly, sourcing.Level);
        Assert.Equal("No independent primary source: it rests on secondary accounts (2 news, 1 report) and the organization's own account (1 self-published source).", sourcing.Note);
        Assert.True(sourcing.IsWeak);
    }

    [Fact]
    public void Unrated_or_missing_sources_are_unrated_not_weak()
    {
        Assert.Equal(SourcingLevels.Unrated, Sourcing.Of([]).Level);
        var sourcing = Sourcing.Of([new SourceRating(null, null), Rated(SourceTypes.News, false)]);
        Assert.Equal((SourcingLevels.Unrated, false), (sourcing.Level, sourcing.IsWeak));
        Assert.Equal("1 of its 2 sources is not rated yet; no rated one is an independent primary source.", sourcing.Note);
        // A rating is both a type and a primary flag: half a rating is none.
        Assert.Equal(SourcingLevels.Unrated, Sourcing.Of([new SourceRating(SourceTypes.Government, null)]).Level);
    }

    [Fact]
    public void A_rating_reads_a_sources_stored_properties()
    {
        Assert.Equal(Rated(SourceTypes.Court, true), SourceRating.Of(new JsonObject { ["type"] = "COURT", ["primary"] = true, ["title"] = "T" }));
        Assert.Equal(new SourceRating(null, null), SourceRating.Of(new JsonObject { ["title"] = "T" }));
    }

    [Fact]
    public void Every_level_has_a_description()
    {
        Assert.All(SourcingLevels.All, level => Assert.False(string.IsNullOrWhiteSpace(EnumDescriptions.Of("SourcingLevel", level))));
    }

    [Fact]
    public void A_strategy_counts_its_weak_effect_findings_and_says_so_without_changing_the_score()
    {
        var strategy = Strategy(["finding:a", "finding:b", "finding:c"]);
        var sourcing = new Dictionary<string, FindingSourcing>
        {
            ["finding:a"] = new(SourcingLevels.SelfPublishedOnly, "own"),
            ["finding:b"] = new(SourcingLevels.PrimaryIndependent, null),
            ["finding:c"] = new(SourcingLevels.SecondaryOnly, "news"),
        };

        var applied = StrategySourcing.Apply(strategy, sourcing);

        Assert.Equal(2, applied.WeaklySourced);
        Assert.Equal("Evidence of an effect. Score 1.5. 2 of the 3 effect findings rest only on self-published or secondary sources (see each finding's sourcing).", applied.Explanation);
        Assert.Equal((strategy.Score, strategy.Verdict, strategy.Confidence), (applied.Score, applied.Verdict, applied.Confidence));
    }

    [Fact]
    public void A_well_sourced_strategy_keeps_its_explanation()
    {
        var strategy = Strategy(["finding:b"]);

        var applied = StrategySourcing.Apply(strategy, new Dictionary<string, FindingSourcing> { ["finding:b"] = new(SourcingLevels.PrimaryIndependent, null) });

        Assert.Equal((0, strategy.Explanation), (applied.WeaklySourced, applied.Explanation));
        Assert.Equal("Its effect finding rests only on self-published or secondary sources (see the finding's sourcing).", StrategySourcing.Sentence(1, 1));
        Assert.Equal("All 2 effect findings rest only on self-published or secondary sources (see each finding's sourcing).", StrategySourcing.Sentence(2, 2));
    }

    [Fact]
    public void Map_cells_count_only_the_weak_findings_among_the_effect_sourcing_given()
    {
        var map = new EvidenceMap([new MapHeader("tactic:t", "T")], [new MapHeader("industry:i", "I"), new MapHeader("industry:j", "J")],
        [
            new EvidenceCell("tactic:t", "industry:i", 2, 0, 0, 0, 0, new FindingKindCounts(2, 1, 0, 0), "LIMITED", "SELF_REPORTED", ["finding:a", "finding:b", "finding:adopted"]),
            EvidenceCell.Empty("tactic:t", "industry:j"),
        ]);
        var effectSourcing = new Dictionary<string, FindingSourcing>
        {
            ["finding:a"] = new(SourcingLevels.SelfPublishedOnly, "own"),
            ["finding:b"] = new(SourcingLevels.PrimaryIndependent, null),
        };

        var counted = map.WithSourcing(effectSourcing);

        Assert.Equal([1, 0], counted.Cells.Select(c => c.WeaklySourced));
    }

    private static StrategyEvidence Strategy(IReadOnlyList<string> findingIds) => new(
        "tactic:t", GraphSchema.Tactic, 1.5, 1.5, Verdict.WORKED, new EffectCounts(findingIds.Count, 0, 0, 0, 0), EvidenceStrengths.Limited, 2020,
        ["industry:i"], ["industry:i"], ["intervention:x"], findingIds, "Evidence of an effect. Score 1.5.", [],
        new FindingKindCounts(findingIds.Count, 0, 0, 0), EvidenceKinds.SelfReported);
}
