using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Core.Stores.Sql;

// A question about a jurisdiction includes what lies inside it: the one place that says so in SQL.
public sealed partial class SqlGraphStore
{
    /// <summary>
    /// True when the <c>@jurisdiction</c> parameter is null, or when the intervention (the SQL expression
    /// <paramref name="elementId"/>) took place in that jurisdiction or in one PART_OF it at any depth (or, with
    /// <paramref name="edgeType"/> DESCRIBES, when a prevalence finding describes one). A city
    /// two levels below a country counts for the country; the country never counts for the city. The recursive CTE
    /// sits inside the subquery, so the fragment drops into any WHERE clause on SQLite and PostgreSQL alike; it starts
    /// from the stored node, so its column has the id columns' type and collation in both; UNION
    /// (not UNION ALL) stops the walk even on a nesting that the write plan would refuse.
    /// </summary>
    private static string InJurisdictionScope(string elementId, string edgeType = RelationshipTypes.InJurisdiction) => $"""
        (CAST(@jurisdiction AS TEXT) IS NULL OR EXISTS (
            SELECT 1 FROM edges AS sj
            WHERE sj.source_id = {elementId} AND sj.type = '{edgeType}'
              AND sj.target_id IN (
                  WITH RECURSIVE inside(id) AS (
                      SELECT n.id FROM nodes AS n WHERE n.id = @jurisdiction
                      UNION
                      SELECT p.source_id FROM edges AS p JOIN inside ON p.target_id = inside.id WHERE p.type = '{RelationshipTypes.PartOf}'
                  )
                  SELECT id FROM inside)))
        """;
}
