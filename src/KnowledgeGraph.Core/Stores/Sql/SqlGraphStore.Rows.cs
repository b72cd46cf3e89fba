using System.Text.Json;
using KnowledgeGraph.Core.Analyses.EvidenceGapMap;
using KnowledgeGraph.Core.Analyses.Transfer;
using KnowledgeGraph.Core.Analyses.WhatWorked;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Writes;

namespace KnowledgeGraph.Core.Stores.Sql;

// The row shapes Dapper maps the audit and transfer statements onto; nodes and neighbours are read by position (SqlReads).
public sealed partial class SqlGraphStore
{
#pragma warning disable IDE1006 // Dapper maps snake_case columns onto these names.
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
