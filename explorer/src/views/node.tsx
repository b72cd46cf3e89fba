// A node's page (#/node/<id>): its name, label and properties, its relationships grouped by type and direction, and
// for a tactic, policy lever or intervention its evidence card. One request: node(id) with a fragment per type, the
// depth-1 neighborhood(id) for the relationships (their properties and the neighbours' names), and strategyEvidence(id)
// when the id's prefix names a strategy.
import { useState } from "preact/hooks";
import { useQuery } from "../api";
import { graphql } from "../generated";
import type { ExplorerNodeQuery } from "../generated/graphql";
import type { RelationshipType } from "../generated/schema";
import { labelOfId } from "../labels";
import { nameOf } from "../pickers";
import { href, type Route } from "../router";
import { Badge, Empty, ErrorNotice, LabelBadge, Loading, NodeLink, PageTitle, words } from "../ui";
import { EvidenceCard, FindingBadges, SourceList } from "./evidence-card";
import "./node.css";

const NodePage = graphql(`
  query ExplorerNode($id: ID!, $strategy: Boolean!) {
    node(id: $id) {
      __typename
      id
      ... on Industry { name description naicsCode riskFactors }
      ... on Organization { name description organizationKind: kind founded website }
      ... on Person { name description }
      ... on Tactic { name description tacticCategory: category }
      ... on PolicyLever { name description leverKind: kind }
      ... on Intervention { name description status legalStatus startYear endYear proposedOn enactedOn inForceOn endedOn }
      ... on Jurisdiction { name code level }
      ... on Outcome { name description outcomeCategory: category }
      ... on Finding {
        summary findingKind: kind effect evidenceKind evidenceStrength measure value baseline year sourcing sourcingNote
        sources(first: 50) { totalCount nodes { id title url type kind publisher publishedOn } }
      }
      ... on Source { title url type sourceKind: kind publisher publishedOn primary quote note }
    }
    neighborhood(id: $id, depth: 1, limit: 300) {
      truncated
      nodes { __typename id ... on Strategy { name } ... on Industry { name } ... on Organization { name } ... on Person { name } ... on Jurisdiction { name } ... on Outcome { name } ... on Source { title } ... on Finding { summary } }
      edges { id type from to properties { name value } }
    }
    strategyEvidence(id: $id) @include(if: $strategy) {
      kind verdict score confidence explanation weaklySourced sharedFindings appliedInScope
      effects { positive negative mixed noEffect inconclusive total }
      findingKinds { effect adoption prevalence process total }
      adoption { summary }
      sharedWith { id name }
      findings { ...EvidenceFinding }
      adoptions { ...EvidenceFinding }
      prevalence { ...EvidenceFinding }
      process { ...EvidenceFinding }
    }
  }
`);

type Data = ExplorerNodeQuery;
type PageNode = NonNullable<Data["node"]>;
type Neighborhood = NonNullable<Data["neighborhood"]>;
type Edge = Neighborhood["edges"][number];

const STRATEGY_LABELS = new Set(["TACTIC", "POLICY_LEVER", "INTERVENTION"]);
/** Relationships listed before a group is folded behind "Show all". */
const FOLD_AT = 8;

export function NodeView({ route }: { route: Route }) {
  const id = route.id?.trim() ?? "";
  // Keyed by id: moving to another node starts from its loading state, never from the previous node's data.
  return <NodePageFor key={id} id={id} />;
}

function NodePageFor({ id }: { id: string }) {
  const label = labelOfId(id);
  const state = useQuery(NodePage, id ? { id, strategy: !!label && STRATEGY_LABELS.has(label.label) } : null);
  if (!id) {
    return (
      <section>
        <PageTitle>Node</PageTitle>
        <Empty>No node given: <a href={href("search")}>search</a> for one, or open a link such as <code>#/node/industry%3Aagriculture_farmwork</code>.</Empty>
      </section>
    );
  }
  const notFound = (state.status === "error" && state.error.code === "NOT_FOUND") || (state.status === "done" && !state.data.node);
  const node = state.status === "done" ? state.data.node : null;
  // One frame for every state, so the heading that takes focus on arrival stays the same element once data comes.
  return (
    <article class="node-page">
      <header class="node-head">
        {label ? <LabelBadge label={label.label} /> : null}
        <PageTitle>{node ? nameOf({ id: node.id, ...nameFields(node) }) : notFound ? "Not found" : id}</PageTitle>
        <p class="node-id"><code>{id}</code></p>
        {node
          ? (
            <p class="node-actions">
              <a href={href("graph", node.id)}>Show in the graph</a>
              <a href={href("path", undefined, { from: node.id })}>Paths from here</a>
            </p>
          )
          : null}
      </header>
      {state.status === "loading" ? <Loading what="this node" /> : null}
      {notFound
        ? <Empty>No node has the id “{id}”. <a href={href("search", undefined, { q: id.slice(id.indexOf(":") + 1).replaceAll("_", " ") })}>Search for it</a> instead.</Empty>
        : null}
      {state.status === "error" && !notFound ? <ErrorNotice error={state.error} /> : null}
      {state.status === "done" && node ? <NodeBody node={node} data={state.data} /> : null}
    </article>
  );
}

function NodeBody({ node, data }: { node: PageNode; data: Data }) {
  const { neighborhood, strategyEvidence } = data;
  return (
    <>
      <Properties node={node} />
      {node.__typename === "Finding"
        ? (
          <section aria-labelledby="finding-sources-title">
            <h2 id="finding-sources-title">Sources ({node.sources.totalCount})</h2>
            <SourceList sources={node.sources.nodes} />
          </section>
        )
        : null}
      {strategyEvidence ? <EvidenceCard evidence={strategyEvidence} /> : null}
      {neighborhood ? <Relationships id={node.id} neighborhood={neighborhood} /> : null}
    </>
  );
}

function nameFields(node: PageNode): { name?: string | null; title?: string | null; summary?: string | null } {
  if ("name" in node) return { name: node.name };
  if ("title" in node) return { title: node.title };
  if ("summary" in node) return { summary: node.summary };
  return {};
}

type Row = readonly [string, preact.ComponentChildren];

/** The node's own properties, those it has, in words. */
function Properties({ node }: { node: PageNode }) {
  const rows: Row[] = [];
  const add = (name: string, value: preact.ComponentChildren | null | undefined) => {
    if (value !== null && value !== undefined && value !== "") rows.push([name, value]);
  };
  const enumValue = (value: string | null | undefined) => (value ? words(value) : null);
  switch (node.__typename) {
    case "Industry":
      add("Description", node.description);
      add("NAICS code", node.naicsCode);
      add("Risk factors", node.riskFactors.length > 0 ? node.riskFactors.map(words).join(", ") : null);
      break;
    case "Organization":
      add("Kind", enumValue(node.organizationKind));
      add("Description", node.description);
      add("Founded", node.founded);
      add("Website", node.website ? <a href={node.website} rel="noreferrer">{node.website}</a> : null);
      break;
    case "Person":
      add("Description", node.description);
      break;
    case "Tactic":
      add("Category", enumValue(node.tacticCategory));
      add("Description", node.description);
      break;
    case "PolicyLever":
      add("Kind", enumValue(node.leverKind));
      add("Description", node.description);
      break;
    case "Intervention":
      add("Description", node.description);
      add("Status", enumValue(node.status));
      add("Legal status", enumValue(node.legalStatus));
      add("Years", node.startYear ? `${node.startYear}${node.endYear ? `–${node.endYear}` : ""}` : null);
      add("Proposed", node.proposedOn);
      add("Enacted", node.enactedOn);
      add("In force", node.inForceOn);
      add("Ended", node.endedOn);
      break;
    case "Jurisdiction":
      add("Level", enumValue(node.level));
      add("Code", node.code);
      break;
    case "Outcome":
      add("Category", enumValue(node.outcomeCategory));
      add("Description", node.description);
      break;
    case "Finding":
      add("Claim", node.summary);
      add("Evidence", <FindingBadges finding={{ kind: node.findingKind, effect: node.effect, evidenceKind: node.evidenceKind, evidenceStrength: node.evidenceStrength, sourcing: node.sourcing }} />);
      add("Measure", node.measure);
      add("Value", node.value);
      add("Baseline", node.baseline);
      add("Year", node.year);
      add("Sourcing", node.sourcingNote ?? (node.sourcing === "PRIMARY_INDEPENDENT" ? "Backed by an independent primary source." : enumValue(node.sourcing)));
      if (node.findingKind !== "EFFECT") add("Note", "Not an effect finding: it never counts as evidence that something worked.");
      break;
    case "Source":
      add("Read it at", <a href={node.url} rel="noreferrer">{node.url}</a>);
      add("Type", node.type ? <Badge kind="source-type" value={node.type} /> : "not rated yet");
      add("Kind", enumValue(node.sourceKind));
      add("Publisher", node.publisher);
      add("Published", node.publishedOn);
      add("Primary", node.primary === null || node.primary === undefined ? "not rated yet" : node.primary ? "yes: the original record" : "no: it reports on one");
      add("Quote", node.quote ? <q>{node.quote}</q> : null);
      add("Note", node.note);
      break;
  }
  if (rows.length === 0) return null;
  return (
    <section aria-labelledby="properties-title">
      <h2 id="properties-title">Properties</h2>
      <dl class="node-properties">
        {rows.map(([name, value]) => (
          <div key={name}>
            <dt>{name}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/** How each relationship type reads from its start (out) and from its end (in). */
const READING: Record<RelationshipType, readonly [string, string]> = {
  ADVOCATES_FOR: ["Advocates for", "Advocated by"],
  APPLIES: ["Applies", "Applied by"],
  CITES: ["Cites", "Cited by"],
  DESCRIBES: ["Describes", "Described by"],
  ENACTED_IN: ["Enacted in", "Levers enacted here"],
  FOUNDED: ["Founded", "Founded by"],
  FUNDS: ["Funds", "Funded by"],
  HAS_FINDING: ["Findings", "Finding of"],
  INVOLVED_IN: ["Involved in", "People involved"],
  IN_INDUSTRY: ["In industry", "Interventions in this industry"],
  IN_JURISDICTION: ["In jurisdiction", "Interventions here"],
  LEADS: ["Leads", "Led by"],
  LED_BY: ["Led by", "Leads"],
  ON_OUTCOME: ["On outcome", "Findings on this outcome"],
  OPERATES_IN: ["Operates in", "Organizations operating here"],
  PARTNERS_WITH: ["Partners with", "Partnered by"],
  PART_OF: ["Part of", "Contains"],
  USES: ["Uses", "Used by"],
};

interface Group {
  readonly key: string;
  readonly type: RelationshipType;
  readonly out: boolean;
  readonly edges: Edge[];
}

function Relationships({ id, neighborhood }: { id: string; neighborhood: Neighborhood }) {
  const names = new Map(neighborhood.nodes.map((node) => [node.id, shorten(nameOf({ id: node.id, ...("name" in node ? { name: node.name } : {}), ...("title" in node ? { title: node.title } : {}), ...("summary" in node ? { summary: node.summary } : {}) }))]));
  const groups = new Map<string, Group>();
  for (const edge of neighborhood.edges) {
    if (edge.from !== id && edge.to !== id) continue;
    const out = edge.from === id;
    const key = `${edge.type}-${out ? "out" : "in"}`;
    let group = groups.get(key);
    if (!group) groups.set(key, group = { key, type: edge.type, out, edges: [] });
    group.edges.push(edge);
  }
  // Citations last: they are many and read best after what the node is connected to.
  const ordered = [...groups.values()].sort((a, b) =>
    Number(a.type === "CITES") - Number(b.type === "CITES") || reading(a).localeCompare(reading(b)));
  const total = ordered.reduce((sum, group) => sum + group.edges.length, 0);
  return (
    <section aria-labelledby="relationships-title">
      <h2 id="relationships-title">Relationships ({total})</h2>
      {ordered.length === 0 ? <Empty>This node has no relationship.</Empty> : null}
      {neighborhood.truncated ? <p class="node-truncated">Only the nearest 300 neighbours are listed; the graph view shows them all.</p> : null}
      <div class="relationship-groups">
        {ordered.map((group) => <RelationshipGroup key={group.key} group={group} names={names} other={(edge) => (group.out ? edge.to : edge.from)} />)}
      </div>
    </section>
  );
}

/** A finding's summary can run to a paragraph; a list shows its start (the full text is on its page). */
function shorten(text: string): string {
  return text.length <= 160 ? text : `${text.slice(0, text.lastIndexOf(" ", 155) > 100 ? text.lastIndexOf(" ", 155) : 155)}…`;
}

function reading(group: Group): string {
  return READING[group.type][group.out ? 0 : 1];
}

function RelationshipGroup({ group, names, other }: { group: Group; names: Map<string, string>; other: (edge: Edge) => string }) {
  const [all, setAll] = useState(false);
  const sorted = [...group.edges].sort((a, b) => (names.get(other(a)) ?? other(a)).localeCompare(names.get(other(b)) ?? other(b)));
  const shown = all ? sorted : sorted.slice(0, FOLD_AT);
  const titleId = `rel-${group.key}`;
  return (
    <section class="relationship-group" aria-labelledby={titleId}>
      <h3 id={titleId}>
        {reading(group)} <span class="relationship-count">({group.edges.length})</span>
        {" "}<code class="relationship-type">{group.out ? `${group.type} →` : `← ${group.type}`}</code>
      </h3>
      <ul>
        {shown.map((edge) => {
          const otherId = other(edge);
          const properties = edge.properties.filter((property) => property.value !== "" && property.value !== "null");
          return (
            <li key={edge.id}>
              <NodeLink id={otherId} name={names.get(otherId)} />
              {properties.length > 0
                ? <span class="relationship-properties">{properties.map((property) => `${words(property.name)}: ${property.value}`).join(" · ")}</span>
                : null}
            </li>
          );
        })}
      </ul>
      {group.edges.length > FOLD_AT
        ? (
          <button type="button" class="show-all" aria-expanded={all} onClick={() => setAll(!all)}>
            {all ? "Show fewer" : `Show all ${group.edges.length}`}
          </button>
        )
        : null}
    </section>
  );
}
