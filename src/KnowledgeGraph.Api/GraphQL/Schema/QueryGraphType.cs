using GraphQL.Types;
using KnowledgeGraph.Api.GraphQL.Analyses;
using KnowledgeGraph.Api.GraphQL.Audit;
using KnowledgeGraph.Api.GraphQL.Nodes;
using KnowledgeGraph.Api.GraphQL.Traversals;

namespace KnowledgeGraph.Api.GraphQL.Schema;

public sealed class QueryGraphType : ObjectGraphType
{
    public QueryGraphType()
    {
        Name = "Query";
        Description = "Read the knowledge graph: nodes by id, each label as a filtered, paged list, and the analyses that answer what worked where.";
        NodeQueries.AddTo(this);
        LabelQueries.AddTo(this);
        WhatWorkedField.AddTo(this);
        CompareStrategiesField.AddTo(this);
        EvidenceMapField.AddTo(this);
        TransferCandidatesField.AddTo(this);
        SearchField.AddTo(this);
        StatsField.AddTo(this);
        PathsField.AddTo(this);
        NeighborhoodField.AddTo(this);
        AuditLogField.AddTo(this);
    }
}
