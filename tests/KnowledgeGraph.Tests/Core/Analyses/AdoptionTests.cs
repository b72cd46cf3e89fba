using KnowledgeGraph.Core.Analyses.WhatWorked;
using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Tests.Core.Analyses;

public sealed class AdoptionTests
{
    [Fact]
    public void A_levers_enactment_record_says_where_it_stands_even_where_a_wider_package_is_in_force()
    {
        var summary = Adoption.Of(
            [new Enactment("jurisdiction:ny", LegalStatuses.Preempted, 2018), new Enactment("jurisdiction:us", LegalStatuses.InForce, 2022)],
            [new AdoptingIntervention("intervention:ny_budget", LegalStatuses.Enacted, 2018, ["jurisdiction:ny"], HasAdoptionFinding: true)]);

        Assert.Equal(["jurisdiction:us"], summary.JurisdictionIds);
        Assert.Equal(["jurisdiction:ny"], summary.EndedJurisdictionIds);
        Assert.Equal(2022, summary.Since);
        Assert.Equal(["intervention:ny_budget"], summary.InterventionIds);
    }

    [Fact]
    public void Programs_adopt_through_adoption_findings_and_proposed_measures_never_adopt()
    {
        var summary = Adoption.Of([],
        [
            new AdoptingIntervention("intervention:program", null, 2011, ["jurisdiction:fl"], HasAdoptionFinding: true),
            new AdoptingIntervention("intervention:study", null, 2015, ["jurisdiction:ca"], HasAdoptionFinding: false),
            new AdoptingIntervention("intervention:bill", LegalStatuses.Proposed, 2019, ["jurisdiction:us"], HasAdoptionFinding: true),
            new AdoptingIntervention("intervention:repealed", LegalStatuses.Repealed, 2018, ["jurisdiction:dc"], HasAdoptionFinding: false),
        ]);

        Assert.Equal(["jurisdiction:fl"], summary.JurisdictionIds);
        Assert.Equal(2011, summary.Since);
        Assert.Equal(["intervention:program"], summary.InterventionIds);
        Assert.Equal(["jurisdiction:us"], summary.ProposedJurisdictionIds);
        Assert.Equal(["jurisdiction:dc"], summary.EndedJurisdictionIds);
        Assert.Equal("Adopted in 1 jurisdiction (FL) since 2011; struck down, preempted or repealed in 1 jurisdiction (DC); proposed but not enacted in 1 jurisdiction (US). Adoption says nothing about whether it worked.",
            Adoption.Describe(summary, id => id["jurisdiction:".Length..].ToUpperInvariant()));
    }

    [Fact]
    public void The_earliest_known_year_is_the_adoption_year_and_unknown_years_do_not_hide_it()
    {
        var summary = Adoption.Of([new Enactment("jurisdiction:a", null, null), new Enactment("jurisdiction:a", LegalStatuses.Enacted, 2019), new Enactment("jurisdiction:b", LegalStatuses.InForce, 2021)], []);

        Assert.Equal(["jurisdiction:a", "jurisdiction:b"], summary.JurisdictionIds);
        Assert.Equal(2019, summary.Since);
        Assert.True(summary.Adopted);
        Assert.False(Adoption.Of([], []).Adopted);
    }
}
