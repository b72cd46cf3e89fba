using System.Text.Json.Nodes;

namespace KnowledgeGraph.Core.Graph;

// The rules of a legal status and its dates, on an Intervention (legalStatus) and on ENACTED_IN (status);
// docs/curation.md explains them with an example.
public static partial class GraphValidator
{
    public const string LegalDatesOrderRule = "legal-dates-in-order";
    public const string LegalEndedStatusRule = "legal-ended-status";
    public const string LegalProposedDatesRule = "legal-proposed-dates";

    /// <summary>The dates a measure moves through, in the order they must fall.</summary>
    private static readonly string[] LegalDateOrder = ["proposedOn", "enactedOn", "inForceOn", "endedOn"];

    private static void ValidateLegalStatus(string id, JsonObject props, string statusProperty, List<Violation> violations)
    {
        var status = Text(props, statusProperty);
        var dates = LegalDateOrder.Select(name => (Name: name, Value: Text(props, name))).Where(d => d.Value is not null && PartialDatePattern().IsMatch(d.Value)).ToList();
        for (var i = 0; i < dates.Count; i++)
        {
            foreach (var later in dates.Skip(i + 1).Where(later => ComparePartialDates(dates[i].Value!, later.Value!) > 0))
            {
                violations.Add(new(id, LegalDatesOrderRule, $"'{dates[i].Name}' ({dates[i].Value}) falls after '{later.Name}' ({later.Value}); the dates go proposedOn ≤ enactedOn ≤ inForceOn ≤ endedOn"));
            }
        }
        if (props["endedOn"] is not null && (status is null || !LegalStatuses.Ended.Contains(status)))
        {
            violations.Add(new(id, LegalEndedStatusRule,
                $"'endedOn' belongs to a measure that ended ({string.Join(", ", LegalStatuses.Ended.Order(StringComparer.Ordinal))}), not to {status ?? "one without a status"}"));
        }
        if (status == LegalStatuses.Proposed && dates.Any(d => d.Name != "proposedOn"))
        {
            violations.Add(new(id, LegalProposedDatesRule,
                $"a PROPOSED measure was never enacted: leave out {string.Join(", ", dates.Where(d => d.Name != "proposedOn").Select(d => $"'{d.Name}'"))}"));
        }
    }

    /// <summary>
    /// Compares two partial dates (YYYY, YYYY-MM or YYYY-MM-DD) at the precision both have: "2019" and "2019-06-26"
    /// compare equal, since the year alone cannot say which came first.
    /// </summary>
    public static int ComparePartialDates(string a, string b)
    {
        var length = Math.Min(a.Length, b.Length);
        return string.CompareOrdinal(a[..length], b[..length]);
    }
}
