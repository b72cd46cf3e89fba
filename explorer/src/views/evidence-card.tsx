// The evidence card of a tactic, policy lever or intervention, from strategyEvidence (asked for in the node page's
// one request): the verdict and its reason, the EFFECT findings it rests on, and — apart, under a heading that says
// so — the adoption, prevalence and process findings, which are never evidence that it worked (docs/scoring.md).
import { graphql } from "../generated";
import type { EvidenceFindingFragment, ExplorerNodeQuery } from "../generated/graphql";
import { href } from "../router";
import { Badge, NodeLink, words } from "../ui";
import "./evidence-card.css";

// Spread by the node page's query; its fields are what each finding of the card shows.
export const EvidenceFinding = graphql(`
  fragment EvidenceFinding on Finding {
    id summary kind effect evidenceKind evidenceStrength year sourcing sourcingNote
    sources(first: 20) { nodes { id title url type kind publisher publishedOn } }
  }
`);

type Evidence = NonNullable<ExplorerNodeQuery["strategyEvidence"]>;

const VERDICT_READING: Record<string, string> = {
  WORKED: "Effect findings point to an effect in the wanted direction.",
  HARMFUL: "Effect findings point to harm or a backlash.",
  MIXED_EVIDENCE: "Effect findings disagree, or are mixed.",
  NO_EFFECT_FOUND: "Designs that could show a change found none: evidence of no effect.",
  INCONCLUSIVE: "Effect findings exist, but none can tell whether it worked.",
  ADOPTED_ONLY: "Adopted, but no effect was measured: adoption is not evidence that it worked.",
  NO_EVIDENCE: "Nobody measured anything: no effect or adoption finding.",
};

export function EvidenceCard({ evidence }: { evidence: Evidence }) {
  const { effects, findingKinds } = evidence;
  const context = evidence.adoptions.length + evidence.prevalence.length + evidence.process.length;
  return (
    <section class="evidence-card" aria-labelledby="evidence-title">
      <h2 id="evidence-title">Evidence</h2>
      <div class="evidence-verdict">
        <span class="evidence-verdict-label">Verdict</span>
        <Badge kind="verdict" value={evidence.verdict} />
        <span class="evidence-score">score {evidence.score.toFixed(3)} · confidence {evidence.confidence.toFixed(2)}</span>
      </div>
      <p class="evidence-reading">{VERDICT_READING[evidence.verdict] ?? ""}</p>
      <p class="evidence-explanation"><strong>Why:</strong> {evidence.explanation}</p>
      <p class="evidence-counts">
        {findingKinds.total} finding{findingKinds.total === 1 ? "" : "s"}: {findingKinds.effect} effect ({effects.positive} positive,{" "}
        {effects.noEffect} no effect, {effects.mixed} mixed, {effects.negative} negative, {effects.inconclusive} inconclusive);
        {" "}{findingKinds.adoption} adoption, {findingKinds.prevalence} prevalence, {findingKinds.process} process — not counted.
        {evidence.weaklySourced > 0 ? ` ${evidence.weaklySourced} effect finding${evidence.weaklySourced === 1 ? " rests" : "s rest"} only on self-published or secondary sources.` : ""}
      </p>

      <section class="evidence-effects" aria-labelledby="evidence-effects-title">
        <h3 id="evidence-effects-title">Effect findings: what the verdict rests on ({evidence.findings.length})</h3>
        {evidence.findings.length > 0
          ? <FindingList findings={evidence.findings} label="Effect findings" />
          : <p class="empty">No effect was measured{evidence.appliedInScope ? "" : " (no intervention applies it)"}.</p>}
        {evidence.sharedWith.length > 0
          ? (
            <p class="evidence-shared">
              {evidence.sharedFindings} of these also count for{" "}
              {evidence.sharedWith.map((strategy, index) => (
                <span key={strategy.id}>{index > 0 ? ", " : ""}<NodeLink id={strategy.id} name={strategy.name} /></span>
              ))}{" "}
              (applied by the same interventions): shared evidence, not independent support.
            </p>
          )
          : null}
      </section>

      <section class="evidence-context" aria-labelledby="evidence-context-title">
        <h3 id="evidence-context-title">Adoption, prevalence and process: not evidence that it worked ({context})</h3>
        <p class="evidence-context-note">
          These findings say where it was adopted, how common the problem is, or how it was carried out. They are
          reported beside the verdict and never counted in it.
        </p>
        <p class="evidence-adoption"><strong>Adoption:</strong> {evidence.adoption.summary}</p>
        <ContextGroup title="Adoption findings" findings={evidence.adoptions} />
        <ContextGroup title="Prevalence findings" findings={evidence.prevalence} />
        <ContextGroup title="Process findings" findings={evidence.process} />
      </section>
    </section>
  );
}

function ContextGroup({ title, findings }: { title: string; findings: readonly EvidenceFindingFragment[] }) {
  if (findings.length === 0) return null;
  return (
    <>
      <h4>{title} ({findings.length})</h4>
      <FindingList findings={findings} label={title} />
    </>
  );
}

function FindingList({ findings, label }: { findings: readonly EvidenceFindingFragment[]; label: string }) {
  return (
    <ul class="finding-list" aria-label={label}>
      {findings.map((finding) => <FindingItem key={finding.id} finding={finding} />)}
    </ul>
  );
}

/** One finding: its claim, its kind, design, strength and effect as badges, its sourcing, and its sources. */
export function FindingItem({ finding }: { finding: EvidenceFindingFragment }) {
  return (
    <li class="finding">
      <p class="finding-summary"><NodeLink id={finding.id} name={finding.summary} badge={false} />{finding.year ? <span class="finding-year"> ({finding.year})</span> : null}</p>
      <FindingBadges finding={finding} />
      {finding.sourcingNote ? <p class="finding-sourcing">{finding.sourcingNote}</p> : null}
      <SourceList sources={finding.sources.nodes} />
    </li>
  );
}

export function FindingBadges({ finding }: { finding: Pick<EvidenceFindingFragment, "kind" | "effect" | "evidenceKind" | "evidenceStrength" | "sourcing"> }) {
  return (
    <p class="finding-badges">
      <span class="sr-label">Kind</span> <Badge kind="finding-kind" value={finding.kind} />
      {" "}<span class="sr-label">Design</span> <Badge kind="design" value={finding.evidenceKind} />
      {" "}<span class="sr-label">Strength</span> <Badge kind="strength" value={finding.evidenceStrength} />
      {finding.effect ? <>{" "}<span class="sr-label">Effect</span> <Badge kind="effect" value={finding.effect} /></> : null}
      {finding.sourcing !== "PRIMARY_INDEPENDENT" ? <>{" "}<span class="sr-label">Sourcing</span> <Badge kind="sourcing" value={finding.sourcing} /></> : null}
    </p>
  );
}

interface SourceItem {
  readonly id: string;
  readonly title: string;
  readonly url: string;
  readonly type?: string | null;
  readonly kind: string;
  readonly publisher?: string | null;
  readonly publishedOn?: string | null;
}

/** Sources as links to where they can be read, with their type (who stands behind them) and kind of document. */
export function SourceList({ sources }: { sources: readonly SourceItem[] }) {
  if (sources.length === 0) return <p class="finding-sources empty">No source cited.</p>;
  return (
    <ul class="source-list" aria-label="Sources">
      {sources.map((source) => (
        <li key={source.id}>
          <a href={source.url} rel="noreferrer">{source.title}</a>
          {" "}{source.type ? <Badge kind="source-type" value={source.type} /> : <span class="badge">unrated</span>}
          {" "}<span class="source-meta">{words(source.kind)}{source.publisher ? `, ${source.publisher}` : ""}{source.publishedOn ? `, ${source.publishedOn}` : ""}</span>
          {" "}<a class="source-page" href={href("node", source.id)} aria-label={`Source page: ${source.title}`}>source page</a>
        </li>
      ))}
    </ul>
  );
}
