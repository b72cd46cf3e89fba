using KnowledgeGraph.Core.Analyses.WhatWorked;

namespace KnowledgeGraph.Core.Analyses.EvidenceGapMap;

public enum MapAxis
{
    Tactic,
    PolicyLever,
    Intervention,
    Industry,
    OutcomeCategory,
    Jurisdiction,
}

public sealed record EvidenceMapQuery(MapAxis Rows, MapAxis Columns, EvidenceFilter Filter);
