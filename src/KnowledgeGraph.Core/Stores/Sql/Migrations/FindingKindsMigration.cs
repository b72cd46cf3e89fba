using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Core.Stores.Sql.Migrations;

/// <summary>
/// Migration 3: findings written before finding kinds existed get one, and are brought under the rules that came with
/// it, so that an older database opens, answers and accepts updates. An ENACTMENT_ONLY finding becomes ADOPTION and
/// loses its effect; every other finding becomes EFFECT. NO_EFFECT from a design that cannot show an absence becomes
/// INCONCLUSIVE, and STRONG from a design that cannot attribute an effect becomes MODERATE. Changed findings get a new
/// version, and the graph version moves on so that no cached answer from before is served.
/// </summary>
internal static class FindingKindsMigration
{
    public static SqlMigration Migration(ISqlDialect d)
    {
        var finding = $"label = '{GraphSchema.Finding}'";
        var design = d.Prop("nodes", "evidenceKind");
        var noKind = $"{d.Prop("nodes", "kind")} IS NULL";
        return new(3, "finding kinds", $"""
            UPDATE nodes SET props = {d.SetProp(d.RemoveProp("props", "effect"), "kind", $"'{FindingKinds.Adoption}'")}, version = version + 1
            WHERE {finding} AND {noKind} AND {design} = '{EvidenceKinds.EnactmentOnly}';
            UPDATE nodes SET props = {d.SetProp("props", "kind", $"'{FindingKinds.Effect}'")}, version = version + 1
            WHERE {finding} AND {noKind};
            UPDATE nodes SET props = {d.SetProp("props", "effect", $"'{Effects.Inconclusive}'")}
            WHERE {finding} AND {d.Prop("nodes", "effect")} = '{Effects.NoEffect}' AND {design} NOT IN ({List(EvidenceKinds.CanShowAbsence)});
            UPDATE nodes SET props = {d.SetProp("props", "evidenceStrength", $"'{EvidenceStrengths.Moderate}'")}
            WHERE {finding} AND {d.Prop("nodes", "evidenceStrength")} = '{EvidenceStrengths.Strong}' AND {design} NOT IN ({List(EvidenceKinds.CanBeStrong)});
            UPDATE graph_version SET version = version + 1 WHERE version > 0;
            """);
    }

    private static string List(IEnumerable<string> values) => string.Join(", ", values.Select(v => $"'{v}'"));
}
