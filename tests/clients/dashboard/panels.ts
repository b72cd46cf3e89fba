// A dashboard's code over the generated types, compiled with tsc --strict by codegen.mjs (next to ./graphql.ts).
import type {
  EvidenceMapPanelQuery,
  EvidenceStrength,
  InterventionsPageQuery,
  NodeHistoryQuery,
  NodePageQuery,
  SearchQuery,
  Verdict,
  WhatWorkedPageQuery,
  WhatWorkedPanelQuery,
  WhatWorkedPanelQueryVariables,
} from './graphql';

// Every verdict needs a legend: a verdict added to the schema fails this file until it has one.
export const verdictLegend: Record<Verdict, string> = {
  WORKED: 'Worked',
  MIXED_EVIDENCE: 'Mixed evidence',
  NO_EFFECT_FOUND: 'No effect found',
  HARMFUL: 'Harmful',
  INCONCLUSIVE: 'Inconclusive',
  ADOPTED_ONLY: 'Adopted only',
  NO_EVIDENCE: 'No evidence',
};

export const strengthRank: Record<EvidenceStrength, number> = { STRONG: 4, MODERATE: 3, LIMITED: 2, ANECDOTAL: 1 };

export const panelVariables: WhatWorkedPanelQueryVariables = { industry: 'industry:hospitality_hotels_casinos', minEvidence: 'MODERATE', kinds: ['TACTIC'], first: 10 };

export function whatWorkedRows(data: WhatWorkedPanelQuery): string[] {
  // An analysis root is nullable: a failed panel is null beside the others' data.
  return (data.whatWorked ?? []).map((row) => {
    const detail = row.strategy.__typename === 'Tactic' ? row.strategy.category : row.strategy.__typename === 'Intervention' ? String(row.strategy.startYear ?? '') : row.strategy.kind;
    const urls: string[] = row.findings.flatMap((f) => f.sources.nodes.map((s) => s.url));
    const best = row.bestEvidence ? strengthRank[row.bestEvidence] : 0;
    return `${row.strategy.name} (${detail}) ${verdictLegend[row.verdict]} ${row.score.toFixed(2)} best=${best} ${urls.length} sources, ${row.effects.positive}/${row.effects.total}`;
  });
}

export function gapShare(data: EvidenceMapPanelQuery): number {
  const map = data.evidenceMap;
  if (!map) return 0;
  const strong = map.cells.filter((c) => c.bestEvidence !== null && c.bestEvidence !== undefined && strengthRank[c.bestEvidence] >= 3).length;
  return (map.gapCount + strong * 0) / Math.max(1, map.rows.length * map.columns.length);
}

export function nodeTitle(data: NodePageQuery): string {
  const node = data.node;
  if (!node) return 'Not found';
  switch (node.__typename) {
    case 'Intervention': {
      const created: Date = new Date(node.createdAt);
      const enacted: string = node.enactedOn ?? 'not enacted';
      return `${node.name}: ${node.findings.totalCount} findings, enacted ${enacted}, written ${created.toISOString()}`;
    }
    case 'Source':
      return `${node.title} <${node.url}> ${node.publishedOn ?? ''}`;
    case 'Organization':
      return `${node.name} ${node.website ?? ''}`;
    default:
      return node.id;
  }
}

export function historyLines(data: NodeHistoryQuery): string[] {
  const node = data.node;
  if (!node || node.__typename !== 'Tactic') return [];
  return node.history.map((h) => {
    const after = h.after as { version?: number } | null;
    return `${h.at} ${h.actor} ${h.operation} → v${after?.version ?? '-'}`;
  });
}

export function searchLabels(data: SearchQuery): string[] {
  return (data.search ?? []).map((hit) => {
    const n = hit.node;
    const label = 'name' in n ? n.name : n.__typename === 'Finding' ? n.summary : n.__typename === 'Source' ? n.title : n.id;
    return `${label} ${hit.snippet} ${hit.score}`;
  });
}

export function nextPage(data: InterventionsPageQuery, ranking: WhatWorkedPageQuery): { after: string | null; rankedAfter: string | null } {
  const page = data.interventions;
  const ranked = ranking.whatWorkedConnection;
  return {
    after: page.pageInfo.hasNextPage ? page.pageInfo.endCursor ?? null : null,
    rankedAfter: ranked?.pageInfo.hasNextPage ? ranked.pageInfo.endCursor ?? null : null,
  };
}
