// One open cell of the gap map: what it counts, and its findings fetched by id (nodes(ids), 100 ids a request),
// effect findings first and the other kinds apart, since adoption, process and prevalence say nothing about effect.
import { useEffect, useRef, useState } from "preact/hooks";
import { ApiError, request } from "../api";
import { graphql } from "../generated";
import type { ExplorerGapCellFindingsQuery } from "../generated/graphql";
import { Badge, ErrorNotice, Loading, NodeLink } from "../ui";
import { href } from "../router";
import { cellClass, designInfo, type Header, type MapCell, otherKinds, strengthRank } from "./gaps-model";

const CellFindings = graphql(`
  query ExplorerGapCellFindings($ids: [ID!]!) {
    nodes(ids: $ids) {
      id
      ... on Finding {
        kind evidenceKind evidenceStrength effect summary year sourcing
        intervention { id name }
      }
    }
  }
`);

type Found = NonNullable<ExplorerGapCellFindingsQuery["nodes"][number]>;
type Finding = Extract<Found, { kind: unknown }>;

const BATCH = 100;

type FindingsState = { status: "loading" } | { status: "error"; error: ApiError } | { status: "done"; findings: Finding[] };

function useFindings(ids: readonly string[]): FindingsState {
  const [state, setState] = useState<FindingsState>({ status: "loading" });
  const key = ids.join(",");
  useEffect(() => {
    if (ids.length === 0) {
      setState({ status: "done", findings: [] });
      return undefined;
    }
    const abort = new AbortController();
    setState({ status: "loading" });
    const batches: string[][] = [];
    for (let at = 0; at < ids.length; at += BATCH) batches.push(ids.slice(at, at + BATCH));
    Promise.all(batches.map((batch) => request(CellFindings, { ids: batch }, abort.signal))).then(
      (answers) => setState({
        status: "done",
        findings: answers.flatMap((a) => a.nodes).filter((n): n is Finding => n != null && "kind" in n).sort(byEvidence),
      }),
      (error: unknown) => {
        if (!abort.signal.aborted) setState({ status: "error", error: error instanceof ApiError ? error : new ApiError(String(error), "CLIENT") });
      },
    );
    return () => abort.abort();
  }, [key]);
  return state;
}

function byEvidence(a: Finding, b: Finding): number {
  return designInfo(b.evidenceKind).rank - designInfo(a.evidenceKind).rank
    || strengthRank(b.evidenceStrength) - strengthRank(a.evidenceStrength)
    || (b.year ?? 0) - (a.year ?? 0)
    || a.id.localeCompare(b.id);
}

interface PanelProps {
  readonly cell: MapCell;
  readonly row: Header;
  readonly column: Header;
  readonly description: string;
  readonly onClose: () => void;
}

export function CellPanel({ cell, row, column, description, onClose }: PanelProps) {
  const state = useFindings(cell.findingIds);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => { heading.current?.focus({ preventScroll: false }); }, []);
  const kind = cellClass(cell);
  const e = cell.effects;
  return (
    <section class="gap-panel" aria-labelledby="gap-panel-title">
      <div class="gap-panel-head">
        <h2 id="gap-panel-title" tabIndex={-1} ref={heading}>{row.name} × {column.name}</h2>
        <button type="button" class="gap-close" onClick={onClose}>Close<span class="visually-hidden"> this cell</span></button>
      </div>
      <p class="gap-panel-summary">{description.charAt(0).toUpperCase() + description.slice(1)}.</p>
      {kind === "evidence" ? (
        <p>
          Effect findings: {e.positive} positive, {e.negative} negative, {e.mixed} mixed, {e.noEffect} no effect,
          {" "}{e.inconclusive} inconclusive. Best evidence: {cell.bestEvidence ? cell.bestEvidence.toLowerCase() : "—"}
          {cell.bestDesign ? `, from a ${designInfo(cell.bestDesign).name} design` : ""}.
          {cell.weaklySourced > 0 ? ` ${cell.weaklySourced} of the effect findings rest only on self-published or secondary sources.` : ""}
        </p>
      ) : (
        <p class="gap-panel-gap">
          <strong>A gap:</strong> no finding here measures an effect, so whether it worked here is unknown
          {kind === "other" ? `, whatever the ${otherKinds(cell)} finding(s) below say` : ""}.
        </p>
      )}
      <p class="gap-panel-links">
        <NodeLink id={row.id} name={row.name} />
        {column.id.includes(":") ? <> · <NodeLink id={column.id} name={column.name} /></> : null}
      </p>
      {state.status === "loading" ? <Loading what="the cell's findings" /> : null}
      {state.status === "error" ? <ErrorNotice error={state.error} /> : null}
      {state.status === "done" ? <FindingLists findings={state.findings} /> : null}
    </section>
  );
}

function FindingLists({ findings }: { findings: Finding[] }) {
  if (findings.length === 0) return <p class="empty">No findings in this cell.</p>;
  const effect = findings.filter((f) => f.kind === "EFFECT");
  const other = findings.filter((f) => f.kind !== "EFFECT");
  return (
    <>
      {effect.length > 0 ? (
        <>
          <h3>Effect findings ({effect.length})</h3>
          <ul class="gap-findings">{effect.map((f) => <FindingItem key={f.id} finding={f} />)}</ul>
        </>
      ) : null}
      {other.length > 0 ? (
        <>
          <h3>Other findings ({other.length}): what was adopted, done or found common — not evidence of effect</h3>
          <ul class="gap-findings">{other.map((f) => <FindingItem key={f.id} finding={f} />)}</ul>
        </>
      ) : null}
    </>
  );
}

function FindingItem({ finding }: { finding: Finding }) {
  return (
    <li class="gap-finding">
      <div class="gap-badges">
        <Badge value={finding.kind} kind="kind" />
        {finding.effect ? <Badge value={finding.effect} kind="effect" /> : null}
        <Badge value={finding.evidenceKind} kind="design" />
        <Badge value={finding.evidenceStrength} kind="strength" />
        {finding.year ? <span class="gap-year">{finding.year}</span> : null}
      </div>
      <p class="gap-finding-summary"><a href={href("node", finding.id)}>{finding.summary}</a></p>
      {finding.intervention ? <p class="gap-finding-about">About <NodeLink id={finding.intervention.id} name={finding.intervention.name} /></p> : null}
    </li>
  );
}
