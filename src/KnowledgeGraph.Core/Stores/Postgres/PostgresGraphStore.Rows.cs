using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Stores.Shared;

namespace KnowledgeGraph.Core.Stores.Postgres;

// The row shapes Dapper maps query results onto: JSONB arrives as text, TIMESTAMPTZ as a UTC DateTime, arrays as arrays.
public sealed partial class PostgresGraphStore
{
#pragma warning disable IDE1006 // Dapper maps snake_case columns onto these names.
    private class NodeRow
    {
        public string id { get; init; } = "";
        public string label { get; init; } = "";
        public string name { get; init; } = "";
        public string props { get; init; } = "{}";
        public DateTime created_at { get; init; }
        public DateTime updated_at { get; init; }
        public long version { get; init; }
        public string? sort_key { get; init; }

        public Node ToNode() => new(id, label, name, Rows.ParseObject(props), Utc(created_at), Utc(updated_at), version);
    }

    private sealed class NeighborRow : NodeRow
    {
        public string anchor_id { get; init; } = "";
        public string dir { get; init; } = "";
        public string edge_id { get; init; } = "";
        public string edge_type { get; init; } = "";
        public string source_id { get; init; } = "";
        public string target_id { get; init; } = "";
        public string edge_props { get; init; } = "{}";

        public Neighbor ToNeighbor() => Rows.Neighbor(anchor_id, dir, new Edge(edge_id, edge_type, source_id, target_id, Rows.ParseObject(edge_props)), ToNode());
    }

    private sealed class SearchRow : NodeRow
    {
        public double score { get; init; }
        public string snippet { get; init; } = "";
    }

    private sealed class AuditRow
    {
        public long id { get; init; }
        public long graph_version { get; init; }
        public DateTime at { get; init; }
        public string actor { get; init; } = "";
        public string operation { get; init; } = "";
        public string element_id { get; init; } = "";
        public string? before { get; init; }
        public string? after { get; init; }

        public AuditEntry ToEntry() => new(id, graph_version, Utc(at), actor, operation, element_id,
            before is null ? null : Rows.ParseObject(before), after is null ? null : Rows.ParseObject(after));
    }

    private sealed class EvidenceSqlRow
    {
        public string subject_id { get; init; } = "";
        public string subject_label { get; init; } = "";
        public string intervention_id { get; init; } = "";
        public string? industry_id { get; init; }
        public string? finding_id { get; init; }
        public string? effect { get; init; }
        public string? strength { get; init; }
        public string? kind { get; init; }
        public int? year { get; init; }
        public string[]? categories { get; init; }

        public Analysis.EvidenceRow ToRow() =>
            new(subject_id, subject_label, intervention_id, industry_id, finding_id, effect, strength, kind, year, categories ?? []);
    }

    private sealed class TransferSqlRow
    {
        public string intervention_id { get; init; } = "";
        public string industry_id { get; init; } = "";
        public string[] shared { get; init; } = [];
        public long shared_count { get; init; }
        public int own_count { get; init; }
        public long target_count { get; init; }
        public string finding_id { get; init; } = "";
        public string strength { get; init; } = "";
        public string kind { get; init; } = "";
        public int? year { get; init; }
        public string[]? new_strategies { get; init; }
    }
#pragma warning restore IDE1006
}
