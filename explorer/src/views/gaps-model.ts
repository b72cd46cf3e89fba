// What the gap map reads from and writes to the URL (the same parameter names as /export/evidence-map.csv, so the
// download link is the map shown), and the design scale its cells are coloured by.
import type {
  EvidenceFilter, EvidenceKind, EvidenceMapColumns, EvidenceMapRows, EvidenceStrength, FindingKind, OutcomeCategory,
} from "../generated/schema";
import type { ExplorerGapMapQuery } from "../generated/graphql";
import { listParam } from "../router";

export type MapData = NonNullable<ExplorerGapMapQuery["evidenceMap"]>;
export type MapCell = MapData["cells"][number];
export type Header = MapData["rows"][number];

export const ROWS: readonly [EvidenceMapRows, string][] = [
  ["TACTIC", "Tactics"], ["POLICY_LEVER", "Policy levers"], ["INTERVENTION", "Interventions"],
];
export const COLUMNS: readonly [EvidenceMapColumns, string][] = [
  ["INDUSTRY", "Industries"], ["OUTCOME_CATEGORY", "Outcome categories"], ["JURISDICTION", "Jurisdictions"],
];
export const STRENGTHS: readonly EvidenceStrength[] = ["ANECDOTAL", "LIMITED", "MODERATE", "STRONG"];
export const KINDS: readonly FindingKind[] = ["EFFECT", "ADOPTION", "PREVALENCE", "PROCESS"];
export const OUTCOME_CATEGORIES: readonly OutcomeCategory[] = [
  "SAFETY", "REPORTING", "ACCOUNTABILITY", "AWARENESS", "POLICY_CHANGE", "ECONOMIC", "WELLBEING",
];

export interface Design {
  readonly design: EvidenceKind;
  /** The short mark shown in a cell. */
  readonly code: string;
  readonly name: string;
  /** 1 (weakest) to 9 (best), as the server ranks "the best design"; 0 for enactment only, never a cell's best. */
  readonly rank: number;
}

/** Best first, as the server ranks them (EvidenceKinds.DesignRank). */
export const DESIGNS: readonly Design[] = [
  { design: "SYSTEMATIC_REVIEW", code: "SysR", name: "systematic review", rank: 9 },
  { design: "RCT", code: "RCT", name: "randomized trial", rank: 8 },
  { design: "QUASI_EXPERIMENTAL", code: "QE", name: "quasi-experimental", rank: 7 },
  { design: "LONGITUDINAL", code: "Long", name: "longitudinal", rank: 6 },
  { design: "REPRESENTATIVE_SURVEY", code: "RepS", name: "representative survey", rank: 5 },
  { design: "CROSS_SECTIONAL_SURVEY", code: "XS", name: "cross-sectional survey", rank: 4 },
  { design: "ADMINISTRATIVE", code: "Adm", name: "administrative counts", rank: 3 },
  { design: "REVIEW", code: "Rev", name: "narrative review", rank: 2 },
  { design: "SELF_REPORTED", code: "Self", name: "self-reported", rank: 1 },
  { design: "ENACTMENT_ONLY", code: "Enact", name: "enactment only", rank: 0 },
];

const byDesign = new Map(DESIGNS.map((d) => [d.design, d]));

export function designInfo(design: EvidenceKind): Design {
  return byDesign.get(design) ?? { design, code: design, name: design.toLowerCase(), rank: 0 };
}

const STRENGTH_RANK: Record<EvidenceStrength, number> = { ANECDOTAL: 1, LIMITED: 2, MODERATE: 3, STRONG: 4 };

export function strengthRank(strength: EvidenceStrength): number {
  return STRENGTH_RANK[strength] ?? 0;
}

export interface GapParams {
  readonly rows: EvidenceMapRows;
  readonly columns: EvidenceMapColumns;
  readonly industries: readonly string[];
  readonly jurisdiction: string;
  readonly outcomeCategory: OutcomeCategory | "";
  readonly minEvidence: EvidenceStrength | "";
  readonly since: string;
  readonly findingKinds: readonly FindingKind[];
  readonly designs: readonly EvidenceKind[];
  /** The open cell as "row|column", or empty. */
  readonly cell: string;
}

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | "" {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : "";
}

/** The map's inputs from the URL; unknown values are dropped rather than sent. */
export function readParams(params: URLSearchParams): GapParams {
  const since = params.get("since") ?? "";
  return {
    rows: oneOf(params.get("rows"), ROWS.map(([value]) => value)) || "TACTIC",
    columns: oneOf(params.get("columns"), COLUMNS.map(([value]) => value)) || "INDUSTRY",
    industries: listParam(params, "industries"),
    jurisdiction: params.get("jurisdiction") ?? "",
    outcomeCategory: oneOf(params.get("outcomeCategory"), OUTCOME_CATEGORIES),
    minEvidence: oneOf(params.get("minEvidence"), STRENGTHS),
    since: /^\d{4}$/.test(since) ? since : "",
    findingKinds: listParam(params, "findingKinds").filter((k): k is FindingKind => (KINDS as readonly string[]).includes(k)),
    designs: listParam(params, "designs").filter((d): d is EvidenceKind => byDesign.has(d as EvidenceKind)),
    cell: params.get("cell") ?? "",
  };
}

/** The URL parameters of a map (without the open cell unless asked), in the CSV endpoint's names. */
export function toParams(p: GapParams, withCell = true): Record<string, string | readonly string[]> {
  return {
    rows: p.rows,
    columns: p.columns,
    industries: p.industries,
    jurisdiction: p.jurisdiction,
    outcomeCategory: p.outcomeCategory,
    minEvidence: p.minEvidence,
    since: p.since,
    findingKinds: p.findingKinds,
    designs: p.designs,
    cell: withCell ? p.cell : "",
  };
}

/** The API's filter for these inputs; null when nothing narrows the map. */
export function toFilter(p: GapParams): EvidenceFilter | null {
  const filter: EvidenceFilter = {};
  if (p.industries.length > 0) filter.industries = [...p.industries];
  if (p.jurisdiction) filter.jurisdiction = p.jurisdiction;
  if (p.outcomeCategory) filter.outcomeCategory = p.outcomeCategory;
  if (p.minEvidence) filter.minEvidence = p.minEvidence;
  if (p.since) filter.since = Number(p.since);
  if (p.findingKinds.length > 0) filter.findingKinds = [...p.findingKinds];
  if (p.designs.length > 0) filter.designs = [...p.designs];
  return Object.keys(filter).length > 0 ? filter : null;
}

/** The CSV download of exactly this map: /export/evidence-map.csv with the same parameters. */
export function csvHref(p: GapParams): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(toParams(p, false))) {
    const text = typeof value === "string" ? value : value.join(",");
    if (text) query.set(key, text);
  }
  return `../export/evidence-map.csv?${query.toString()}`;
}

/** What a cell is: evidence of effect (coloured by design), other findings only (hatched), or nothing (gap). */
export function cellClass(cell: MapCell): "evidence" | "other" | "empty" {
  if (!cell.isGap) return "evidence";
  return cell.findingKinds.total > 0 ? "other" : "empty";
}

export function count(n: number, one: string, many = one + "s"): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** What the cell holds besides effect findings, in words: "2 adoption, 1 process". */
export function otherKinds(cell: MapCell): string {
  const k = cell.findingKinds;
  return [[k.adoption, "adoption"], [k.process, "process"], [k.prevalence, "prevalence"]]
    .filter(([n]) => (n as number) > 0).map(([n, name]) => `${n} ${name}`).join(", ");
}

/**
 * What a cell holds, in words (after "row × column: " it is the cell's accessible name and tooltip). It holds the cell's visible text in order ("RCT 7",
 * "gap 4 other", "gap"), so a voice user can say what they see; the design's full name is in parentheses.
 */
export function describeCell(cell: MapCell): string {
  switch (cellClass(cell)) {
    case "empty": return "gap, no findings";
    case "other": return `gap, ${cell.findingKinds.total} other ${cell.findingKinds.total === 1 ? "finding" : "findings"}, none on effect (${otherKinds(cell)})`;
    default: {
      const design = cell.bestDesign ? designInfo(cell.bestDesign) : null;
      return `best design ${design ? `${design.code} (${design.name})` : "unknown"}, ${count(cell.findingKinds.total, "finding")}, ${cell.findingKinds.effect} on effect`;
    }
  }
}
