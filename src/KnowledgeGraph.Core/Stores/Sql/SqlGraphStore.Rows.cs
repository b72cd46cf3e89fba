using System.Text.Json;
using KnowledgeGraph.Core.Analyses.EvidenceGapMap;
using KnowledgeGraph.Core.Analyses.Transfer;
using KnowledgeGraph.Core.Analyses.WhatWorked;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Writes;

namespace KnowledgeGraph.Core.Stores.Sql;

// The row shapes Dapper maps query results onto: JSON arrives as text, timestamps as the dialect stores them.
public sealed partial class SqlGraphStore
{
#pragma warning disable IDE1006 // Dapper maps snake_case columns onto these names.
    private class NodeRow
    {
        public string id { get; init; } = "";
        public string label { get; init; } = "";
        public string name { get; init; } = "";
        public string props { get; init; } = "{}";
        public object created_at { get; init; } = "";
        public object updated_at { get; init; } = "";
        public long version { get; init; }
        public object? sort_key { get; init; }

        public Node ToNode(ISqlDialect dialect) =>
            new(id, label, name, props, dialect.ReadTimestamp(created_at), dialect.ReadTimestamp(updated_at), version);
    }

    private class NeighborRow : NodeRow
    {
        public string anchor_id { get; init; } = "";
        public string dir { get; init; } = "";
        public string edge_id { get; init; } = "";
        public string edge_type { get; init; } = "";
        public string source_id { get; init; } = "";
        public string target_id { get; init; } = "";
        public string edge_props { get; init; } = "{}";

        public Neighbor ToNeighbor(ISqlDialect dialect) =>
            SqlRows.Neighbor(anchor_id, dir, new Edge(edge_id, edge_type, source_id, target_id, edge_props), ToNode(dialect));
    }

    private sealed class NeighborPageRow : NeighborRow
    {
        public long idx { get; init; }
        public long? total { get; init; }
        public long? sort_year { get; init; }
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
        public object at { get; init; } = "";
        public string actor { get; init; } = "";
        public string operation { get; init; } = "";
        public string element_id { get; init; } = "";
        public string? before { get; init; }
        public string? after { get; init; }

        public AuditEntry ToEntry(ISqlDialect dialect) => new(id, graph_version, dialect.ReadTimestamp(at), actor, operation, element_id,
            before is null ? null : SqlRows.ParseObject(before), after is null ? null : SqlRows.ParseObject(after));
    }

    private sealed class TransferSqlRow
    {
        public string intervention_id { get; init; } = "";
        public string industry_id { get; init; } = "";
        public string shared { get; init; } = "[]";
        public long shared_count { get; init; }
        public long own_count { get; init; }
        public long target_count { get; init; }
        public string finding_id { get; init; } = "";
        public string? effect { get; init; }
        public string strength { get; init; } = "";
        public string kind { get; init; } = "";
        public long? year { get; init; }
        public string? new_strategies { get; init; }

        public TransferRanking.Row ToRow() => new(intervention_id, industry_id, JsonSerializer.Deserialize<string[]>(shared)!, (int)shared_count,
            (int)own_count, (int)target_count, finding_id, effect, strength, kind, (int?)year,
            new_strategies is null ? [] : JsonSerializer.Deserialize<string[]>(new_strategies)!);
    }
#pragma warning restore IDE1006
}
