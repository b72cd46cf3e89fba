using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Core.Stores.Sql.Migrations;

/// <summary>
/// Migration 4: an intervention's legal standing moves out of its program status into <c>legalStatus</c>. ENACTED
/// becomes legalStatus ENACTED and OVERTURNED becomes STRUCK_DOWN, each without a program status; an ENACTED_IN
/// relationship that said OVERTURNED now says STRUCK_DOWN. Changed elements get a new version, and the graph version
/// moves on so that no cached answer from before is served.
/// </summary>
internal static class LegalStatusMigration
{
    public static SqlMigration Migration(ISqlDialect d)
    {
        var intervention = $"label = '{GraphSchema.Intervention}'";
        var status = d.Prop("nodes", "status");
        return new(4, "legal status", $"""
            UPDATE nodes SET props = {d.SetProp(d.RemoveProp("props", "status"), "legalStatus", $"'{LegalStatuses.Enacted}'")}, version = version + 1
            WHERE {intervention} AND {status} = 'ENACTED';
            UPDATE nodes SET props = {d.SetProp(d.RemoveProp("props", "status"), "legalStatus", $"'{LegalStatuses.StruckDown}'")}, version = version + 1
            WHERE {intervention} AND {status} = 'OVERTURNED';
            UPDATE edges SET props = {d.SetProp("props", "status", $"'{LegalStatuses.StruckDown}'")}, version = version + 1
            WHERE type = '{RelationshipTypes.EnactedIn}' AND {d.Prop("edges", "status")} = 'OVERTURNED';
            UPDATE graph_version SET version = version + 1 WHERE version > 0;
            """);
    }
}
