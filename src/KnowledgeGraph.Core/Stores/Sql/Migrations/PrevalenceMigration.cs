using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Core.Stores.Sql.Migrations;

/// <summary>
/// Migration 5: a PREVALENCE finding describes industries and jurisdictions instead of belonging to an intervention.
/// Each stored HAS_FINDING to a PREVALENCE finding becomes DESCRIBES relationships from the finding to that
/// intervention's industries and jurisdictions (ids as every edge's: from|TYPE|to), and the HAS_FINDING goes. A finding
/// whose intervention has neither keeps its HAS_FINDING, for a curator to attach: the migration invents nothing. Each
/// relationship created or deleted gets an audit row by the actor <c>migration</c>, at the graph version the migration
/// moves on to so that no cached answer from before is served.
/// </summary>
internal static class PrevalenceMigration
{
    public const string Actor = "migration";

    public static SqlMigration Migration(ISqlDialect d)
    {
        var now = d.Types.Now;
        var next = "(SELECT version + 1 FROM graph_version WHERE id = 1)";
        var describes = RelationshipTypes.Describes;
        var prevalence = $"""
            SELECT f.id FROM nodes AS f WHERE f.label = '{GraphSchema.Finding}' AND {d.Prop("f", "kind")} = '{FindingKinds.Prevalence}'
            """;
        var created = $"""
            SELECT DISTINCT h.target_id AS finding_id, s.target_id AS target_id
            FROM edges AS h JOIN edges AS s ON s.source_id = h.source_id AND s.type IN ('{RelationshipTypes.InIndustry}', '{RelationshipTypes.InJurisdiction}')
            WHERE h.type = '{RelationshipTypes.HasFinding}' AND h.target_id IN ({prevalence})
              AND NOT EXISTS (SELECT 1 FROM edges AS e WHERE e.type = '{describes}' AND e.source_id = h.target_id AND e.target_id = s.target_id)
            """;
        var deleted = $"""
            SELECT h.id, h.type, h.source_id, h.target_id, h.props FROM edges AS h
            WHERE h.type = '{RelationshipTypes.HasFinding}' AND h.target_id IN ({prevalence})
              AND EXISTS (SELECT 1 FROM edges AS e WHERE e.type = '{describes}' AND e.source_id = h.target_id)
            """;
        // Ids are slugs and '|': they go into the audit's JSON text without escaping.
        var createdJson = d.Json($$$"""'{"type":"{{{describes}}}","from":"' || c.finding_id || '","to":"' || c.target_id || '","properties":{}}'""");
        var deletedJson = d.Json($$"""'{"type":"' || g.type || '","from":"' || g.source_id || '","to":"' || g.target_id || '","properties":' || CAST(g.props AS TEXT) || '}'""");
        return new(5, "prevalence describes", $"""
            INSERT INTO audit (graph_version, at, actor, operation, element_id, before, after)
            SELECT {next}, {now}, '{Actor}', 'CREATE_EDGE', c.finding_id || '|{describes}|' || c.target_id, {d.Json("NULL")}, {createdJson}
            FROM ({created}) AS c ORDER BY 5;
            INSERT INTO edges (id, type, source_id, target_id, props, created_at, updated_at, version)
            SELECT c.finding_id || '|{describes}|' || c.target_id, '{describes}', c.finding_id, c.target_id, {d.Json("'{}'")}, {now}, {now}, 1
            FROM ({created}) AS c ORDER BY 1;
            INSERT INTO audit (graph_version, at, actor, operation, element_id, before, after)
            SELECT {next}, {now}, '{Actor}', 'DELETE_EDGE', g.id, {deletedJson}, {d.Json("NULL")}
            FROM ({deleted}) AS g ORDER BY 5;
            DELETE FROM edges WHERE id IN (SELECT g.id FROM ({deleted}) AS g);
            UPDATE graph_version SET version = version + 1 WHERE version > 0;
            """);
    }
}
