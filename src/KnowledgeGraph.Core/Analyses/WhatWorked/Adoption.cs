using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Core.Analyses.WhatWorked;

/// <summary>A policy lever's ENACTED_IN relationship: where, its legal status and year.</summary>
public sealed record Enactment(string JurisdictionId, string? Status, int? Year);

/// <summary>An intervention as adoption reads it: its legal status, start year, places and whether an ADOPTION finding backs it.</summary>
public sealed record AdoptingIntervention(string Id, string? LegalStatus, int? StartYear, IReadOnlyList<string> JurisdictionIds, bool HasAdoptionFinding);

/// <summary>
/// Where, since when and how widely a strategy was adopted: reported beside the verdict, never part of it.
/// <see cref="JurisdictionIds"/> holds where it is adopted now, <see cref="EndedJurisdictionIds"/> where it was adopted
/// and then struck down, preempted or repealed, <see cref="ProposedJurisdictionIds"/> where it was only proposed.
/// </summary>
public sealed record AdoptionSummary(
    IReadOnlyList<string> JurisdictionIds,
    int? Since,
    IReadOnlyList<string> InterventionIds,
    IReadOnlyList<string> EndedJurisdictionIds,
    IReadOnlyList<string> ProposedJurisdictionIds)
{
    public bool Adopted => JurisdictionIds.Count > 0 || InterventionIds.Count > 0;
}

public static class Adoption
{
    /// <summary>
    /// The adoption of one strategy. A lever counts its ENACTED_IN relationships (no status reads as enacted, as
    /// the relationship's name says); every strategy counts the interventions that adopted it: an intervention whose
    /// legal status is ENACTED or IN_FORCE, or, for one that is not a legal measure, one with an ADOPTION finding. A
    /// PROPOSED measure is never adopted, whatever else is recorded about it. Where a lever has an ENACTED_IN
    /// relationship, that relationship says where the lever stands there: an intervention in the same place (a wider
    /// package that is still in force, say) does not overrule a lever that was preempted or repealed.
    /// </summary>
    public static AdoptionSummary Of(IEnumerable<Enactment> enactments, IEnumerable<AdoptingIntervention> interventions)
    {
        var adopted = new Dictionary<string, int?>(StringComparer.Ordinal);
        var ended = new SortedSet<string>(StringComparer.Ordinal);
        var proposed = new SortedSet<string>(StringComparer.Ordinal);
        var adoptingInterventions = new SortedSet<string>(StringComparer.Ordinal);

        var recorded = new HashSet<string>(StringComparer.Ordinal);
        foreach (var enactment in enactments)
        {
            recorded.Add(enactment.JurisdictionId);
            Place(enactment.JurisdictionId, enactment.Status, enactment.Year);
        }
        foreach (var intervention in interventions)
        {
            var status = intervention.LegalStatus ?? (intervention.HasAdoptionFinding ? LegalStatuses.Enacted : null);
            if (status is null)
            {
                continue;
            }
            if (LegalStatuses.Adopted.Contains(status))
            {
                adoptingInterventions.Add(intervention.Id);
            }
            foreach (var jurisdiction in intervention.JurisdictionIds.Where(j => !recorded.Contains(j)))
            {
                Place(jurisdiction, status, intervention.StartYear);
            }
        }

        ended.ExceptWith(adopted.Keys);
        proposed.ExceptWith(adopted.Keys);
        proposed.ExceptWith(ended);
        return new AdoptionSummary(
            adopted.Keys.Order(StringComparer.Ordinal).ToList(), adopted.Values.Min(), adoptingInterventions.ToList(), ended.ToList(), proposed.ToList());

        void Place(string jurisdiction, string? status, int? year)
        {
            status ??= LegalStatuses.Enacted;
            if (LegalStatuses.Adopted.Contains(status))
            {
                adopted[jurisdiction] = adopted.TryGetValue(jurisdiction, out var since) ? Earlier(since, year) : year;
            }
            else if (LegalStatuses.Ended.Contains(status))
            {
                ended.Add(jurisdiction);
            }
            else if (status == LegalStatuses.Proposed)
            {
                proposed.Add(jurisdiction);
            }
        }
    }

    private static int? Earlier(int? one, int? other) => one is { } a && other is { } b ? Math.Min(a, b) : one ?? other;

    /// <summary>"Adopted in 3 jurisdictions since 2018; ended in 1 (struck down, preempted or repealed); proposed only in 1."</summary>
    public static string Describe(AdoptionSummary summary, Func<string, string> name)
    {
        var parts = new List<string>();
        if (summary.JurisdictionIds.Count > 0)
        {
            parts.Add($"adopted in {Places(summary.JurisdictionIds, name)}{(summary.Since is { } year ? $" since {year}" : "")}");
        }
        else if (summary.InterventionIds.Count > 0)
        {
            parts.Add($"adopted by {summary.InterventionIds.Count} intervention{(summary.InterventionIds.Count == 1 ? "" : "s")}");
        }
        if (summary.EndedJurisdictionIds.Count > 0)
        {
            parts.Add($"struck down, preempted or repealed in {Places(summary.EndedJurisdictionIds, name)}");
        }
        if (summary.ProposedJurisdictionIds.Count > 0)
        {
            parts.Add($"proposed but not enacted in {Places(summary.ProposedJurisdictionIds, name)}");
        }
        var text = parts.Count == 0 ? "No adoption recorded" : string.Join("; ", parts);
        return char.ToUpperInvariant(text[0]) + text[1..] + ". Adoption says nothing about whether it worked.";
    }

    private static string Places(IReadOnlyList<string> ids, Func<string, string> name) =>
        ids.Count <= 3
            ? $"{ids.Count} jurisdiction{(ids.Count == 1 ? "" : "s")} ({string.Join(", ", ids.Select(name))})"
            : $"{ids.Count} jurisdictions ({string.Join(", ", ids.Take(3).Select(name))} and {ids.Count - 3} more)";
}
