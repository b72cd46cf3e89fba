// The graph view: a node's neighbourhood as a picture (Cytoscape.js with the fcose force layout), nodes coloured by
// label, filtered by label (asked of the API) and by relationship type (applied here), expanded node by node. The
// same nodes and relationships are in tables below the picture, where keyboard and screen-reader users can expand
// nodes too. State in the URL: #/graph/<id>?depth=&labels=&types=&expanded=&selected=.
// Requests: one neighborhood per node shown expanded (the centre's at the chosen depth, the others at depth 1), each
// asked once per page and kept.
// It is longer than most views because the picture, its side panel, its filters and its table alternative share one
// state (the merged neighbourhoods and the URL) and are kept together so that they cannot drift apart.
import type cytoscape from "cytoscape";
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import { ApiError, request } from "../api";
import { graphql } from "../generated";
import type { NodeLabel, RelationshipType } from "../generated/schema";
import { LABELS, labelOfId, labelOfTypename, type LabelInfo } from "../labels";
import { NodePicker, nameOf } from "../pickers";
import { href, listParam, navigate, type Route } from "../router";
import { Empty, ErrorNotice, LabelBadge, Loading, NodeLink, PageTitle, words } from "../ui";
import { createPicture, exposePicture, shortName } from "./cytoscape";
import "./graph.css";

const Neighbourhood = graphql(`
  query ExplorerNeighborhood($id: ID!, $depth: Int, $labels: [NodeLabel!], $limit: Int) {
    neighborhood(id: $id, depth: $depth, labels: $labels, limit: $limit) {
      truncated
      nodes { id __typename ... on Strategy { name } ... on Industry { name } ... on Organization { name } ... on Person { name } ... on Jurisdiction { name } ... on Outcome { name } ... on Source { title } ... on Finding { summary } }
      edges { id from to type properties { name value } }
    }
  }
`);

/** Every relationship type, in the schema's order. */
export const RELATIONSHIP_TYPES: readonly RelationshipType[] = [
  "ADVOCATES_FOR", "APPLIES", "CITES", "DESCRIBES", "ENACTED_IN", "FOUNDED", "FUNDS", "HAS_FINDING", "INVOLVED_IN",
  "IN_INDUSTRY", "IN_JURISDICTION", "LEADS", "LED_BY", "ON_OUTCOME", "OPERATES_IN", "PARTNERS_WITH", "PART_OF", "USES",
];

/** Most nodes asked for the centre's neighbourhood and for each expansion. */
const CENTRE_LIMIT = 200;
const EXPAND_LIMIT = 100;
/** Most expanded nodes a link may ask for (each costs one request). */
const MAX_EXPANDED = 30;

interface GraphNode {
  readonly id: string;
  readonly name: string;
  readonly label: LabelInfo | undefined;
}

interface GraphEdge {
  readonly id: string;
  readonly from: string;
  readonly to: string;
  readonly type: RelationshipType;
  readonly note: string;
}

interface Subgraph {
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly GraphEdge[];
  readonly truncated: boolean;
}

const answers = new Map<string, Promise<Subgraph | null>>();

/** One neighbourhood, asked once per page (the same centre, depth and labels again is answered from memory). */
function neighbourhood(id: string, depth: number, labels: readonly NodeLabel[] | null, limit: number): Promise<Subgraph | null> {
  const key = JSON.stringify([id, depth, labels, limit]);
  let answer = answers.get(key);
  if (!answer) {
    answer = request(Neighbourhood, { id, depth, labels: labels ? [...labels] : null, limit }).then(({ neighborhood: found }) => found && {
      truncated: found.truncated,
      nodes: found.nodes.map((node) => ({ id: node.id, name: nameOf(node), label: labelOfTypename(node.__typename) ?? labelOfId(node.id) })),
      edges: found.edges.map((edge) => ({
        id: edge.id, from: edge.from, to: edge.to, type: edge.type,
        note: edge.properties.map((property) => property.name === "note" ? property.value : `${property.name}: ${property.value}`).join("; "),
      })),
    });
    answer.catch(() => answers.delete(key));
    answers.set(key, answer);
  }
  return answer;
}

interface Merged {
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly GraphEdge[];
  /** The nodes whose neighbourhood the limit cut. */
  readonly truncated: readonly string[];
  /** False when the centre does not exist. */
  readonly found: boolean;
}

type MergedState = { readonly graph: Merged | null; readonly loading: boolean; readonly error: ApiError | null };

/** The centre's neighbourhood merged with each expanded node's; the last picture stays while a new part loads. */
function useMerged(centre: string | undefined, depth: number, labels: readonly NodeLabel[] | null, expanded: readonly string[]): MergedState {
  const [state, setState] = useState<MergedState>({ graph: null, loading: true, error: null });
  const key = JSON.stringify([centre, depth, labels, expanded]);
  useEffect(() => {
    if (!centre) return undefined;
    let live = true;
    setState((last) => ({ ...last, loading: true, error: null }));
    const parts = [neighbourhood(centre, depth, labels, CENTRE_LIMIT), ...expanded.map((id) => neighbourhood(id, 1, labels, EXPAND_LIMIT))];
    Promise.all(parts).then(
      (answers) => live && setState({ graph: merge(centre, expanded, answers), loading: false, error: null }),
      (error: unknown) => live && setState({ graph: null, loading: false, error: error instanceof ApiError ? error : new ApiError(String(error), "CLIENT") }),
    );
    return () => { live = false; };
  }, [key]);
  return state;
}

function merge(centre: string, expanded: readonly string[], parts: readonly (Subgraph | null)[]): Merged {
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  const truncated: string[] = [];
  parts.forEach((part, index) => {
    if (!part) return;
    if (part.truncated) truncated.push(index === 0 ? centre : expanded[index - 1]!);
    for (const node of part.nodes) if (!nodes.has(node.id)) nodes.set(node.id, node);
    for (const edge of part.edges) if (!edges.has(edge.id)) edges.set(edge.id, edge);
  });
  return { nodes: [...nodes.values()], edges: [...edges.values()], truncated, found: parts[0] != null };
}

/** What the type filter leaves: the relationships of the chosen types, and the nodes they still connect to the centre. */
function visible(graph: Merged, centre: string, types: ReadonlySet<RelationshipType>) {
  const edges = graph.edges.filter((edge) => types.has(edge.type));
  const around = new Map<string, string[]>();
  for (const edge of edges) {
    around.set(edge.from, [...(around.get(edge.from) ?? []), edge.to]);
    around.set(edge.to, [...(around.get(edge.to) ?? []), edge.from]);
  }
  const reached = new Set([centre]);
  const queue = [centre];
  while (queue.length > 0) {
    for (const next of around.get(queue.shift()!) ?? []) {
      if (!reached.has(next)) { reached.add(next); queue.push(next); }
    }
  }
  const nodes = graph.nodes.filter((node) => reached.has(node.id));
  return { nodes, edges: edges.filter((edge) => reached.has(edge.from) && reached.has(edge.to)) };
}

export function GraphView({ route }: { route: Route }) {
  const centre = route.id;
  if (!centre) {
    return (
      <section>
        <PageTitle>Graph</PageTitle>
        <p class="lead">Choose a node to see its neighbourhood as a picture and as tables; click a node to expand it.</p>
        <NodePicker label="Centre node" value="" onChange={(id) => navigate(href("graph", id))} />
      </section>
    );
  }
  return <Neighbourhoods route={route} centre={centre} />;
}

function Neighbourhoods({ route, centre }: { route: Route; centre: string }) {
  const depth = Math.min(3, Math.max(1, Number(route.params.get("depth")) || 1));
  const labelParam = listParam(route.params, "labels").filter((label) => LABELS.some((info) => info.label === label)) as NodeLabel[];
  const labels = labelParam.length > 0 ? labelParam : null;
  const typeParam = listParam(route.params, "types").filter((type) => (RELATIONSHIP_TYPES as readonly string[]).includes(type)) as RelationshipType[];
  const types = useMemo(() => new Set(typeParam.length > 0 ? typeParam : RELATIONSHIP_TYPES), [typeParam.join()]);
  const expanded = useMemo(
    () => listParam(route.params, "expanded").filter((id) => id !== centre).slice(0, MAX_EXPANDED),
    [route.params.get("expanded"), centre]);
  const selected = route.params.get("selected") ?? "";
  const state = useMerged(centre, depth, labels, expanded);
  const shown = useMemo(() => state.graph ? visible(state.graph, centre, types) : null, [state.graph, centre, types]);

  /** The view's hash with some of its inputs changed. */
  const link = (changes: { depth?: number; labels?: readonly string[]; types?: readonly string[]; expanded?: readonly string[]; selected?: string; centre?: string }) => {
    const nextLabels = changes.labels ?? labels ?? [];
    const nextTypes = changes.types ?? typeParam;
    return href("graph", changes.centre ?? centre, {
      depth: String(changes.depth ?? depth) === "1" ? undefined : String(changes.depth ?? depth),
      labels: nextLabels.length === LABELS.length ? undefined : nextLabels,
      types: nextTypes.length === RELATIONSHIP_TYPES.length ? undefined : nextTypes,
      expanded: changes.expanded ?? expanded,
      selected: changes.selected ?? (selected || undefined),
    });
  };
  const select = (id: string) => navigate(link({ selected: id }), true);
  const toggleExpanded = (id: string) => {
    if (id === centre) return;
    const next = expanded.includes(id) ? expanded.filter((other) => other !== id) : [...expanded, id].slice(-MAX_EXPANDED);
    navigate(link({ expanded: next, selected: id }));
  };
  const expand = (id: string) => {
    if (id === centre || expanded.includes(id)) select(id);
    else navigate(link({ expanded: [...expanded, id].slice(-MAX_EXPANDED), selected: id }));
  };

  const centreNode = state.graph?.nodes.find((node) => node.id === centre);
  const labelCounts = new Map<string, number>();
  for (const node of shown?.nodes ?? []) if (node.label) labelCounts.set(node.label.label, (labelCounts.get(node.label.label) ?? 0) + 1);
  const typeCounts = new Map<string, number>();
  for (const edge of state.graph?.edges ?? []) typeCounts.set(edge.type, (typeCounts.get(edge.type) ?? 0) + 1);
  const chosenLabels = labels ?? LABELS.map((info) => info.label);

  return (
    <section class="graph-view">
      <PageTitle>Graph around {centreNode ? centreNode.name : centre}</PageTitle>
      <div class="graph-controls">
        <NodePicker label="Centre node" value={centre} onChange={(id) => navigate(link({ centre: id, expanded: [], selected: "" }))} />
        <label class="graph-depth">
          Depth
          <select value={String(depth)} onChange={(event) => navigate(link({ depth: Number(event.currentTarget.value) }), true)}>
            <option value="1">1 hop</option>
            <option value="2">2 hops</option>
            <option value="3">3 hops</option>
          </select>
        </label>
        {expanded.length > 0 ? <a class="graph-reset" href={link({ expanded: [], selected: "" })}>Collapse all ({expanded.length} expanded)</a> : null}
      </div>
      {state.error ? <ErrorNotice error={state.error} /> : null}
      {state.loading ? <Loading what={state.graph ? "more of the graph" : "the neighbourhood"} /> : null}
      {state.graph && !state.graph.found ? <Empty>No node has the id “{centre}”. Choose another centre above.</Empty> : null}
      {state.graph && state.graph.found && shown ? (
        <>
          {state.graph.truncated.length > 0 ? (
            <p class="graph-truncated" role="status">
              Not everything is shown: the neighbourhood of {state.graph.truncated.map((id) => state.graph!.nodes.find((node) => node.id === id)?.name ?? id).join(", ")} has
              more nodes than the {state.graph.truncated.includes(centre) ? CENTRE_LIMIT : EXPAND_LIMIT} nearest drawn. Lower the depth or untick labels to see the rest.
            </p>
          ) : null}
          <p class="graph-summary">
            {shown.nodes.length} nodes and {shown.edges.length} relationships
            {shown.nodes.length < state.graph.nodes.length ? `; ${state.graph.nodes.length - shown.nodes.length} more are hidden by the relationship-type filter` : ""}.
            Click a node to select and expand it; the tables below hold the same.
          </p>
          <div class="graph-layout">
            <Picture centre={centre} nodes={shown.nodes} edges={shown.edges} expanded={expanded} selected={selected} onExpand={expand} onSelect={select} />
            <div class="graph-side">
              <Selection
                node={shown.nodes.find((node) => node.id === selected)}
                centre={centre}
                expanded={expanded}
                onToggle={toggleExpanded}
                recentre={(id) => link({ centre: id, expanded: [], selected: "" })}
              />
            <div class="graph-filters">
              <fieldset class="graph-legend">
                <legend>Labels (colour key; unticked labels are not reached)</legend>
                {LABELS.map((info) => {
                  const checked = chosenLabels.includes(info.label);
                  return (
                    <label key={info.label} class="graph-check">
                      <input
                        type="checkbox"
                        checked={checked}
                        disabled={checked && chosenLabels.length === 1}
                        onChange={() => navigate(link({ labels: checked ? chosenLabels.filter((label) => label !== info.label) : [...chosenLabels, info.label] }), true)}
                      />
                      <span class={`graph-swatch label-${info.prefix}`} aria-hidden="true" />
                      {info.plural} <span class="graph-count">({labelCounts.get(info.label) ?? 0})</span>
                    </label>
                  );
                })}
              </fieldset>
              <fieldset class="graph-types">
                <legend>Relationship types</legend>
                {typeCounts.size === 0 ? <span class="graph-count">none yet</span> : null}
                {RELATIONSHIP_TYPES.filter((type) => typeCounts.has(type)).map((type) => {
                  const checked = types.has(type);
                  return (
                    <label key={type} class="graph-check">
                      <input
                        type="checkbox"
                        checked={checked}
                        disabled={checked && [...typeCounts.keys()].filter((other) => types.has(other as RelationshipType)).length === 1}
                        onChange={() => navigate(link({ types: checked ? [...types].filter((other) => other !== type) : [...types, type] }), true)}
                      />
                      {words(type)} <span class="graph-count">({typeCounts.get(type) ?? 0})</span>
                    </label>
                  );
                })}
              </fieldset>
            </div>
            </div>
          </div>
          <Tables centre={centre} nodes={shown.nodes} edges={shown.edges} expanded={expanded} onToggle={toggleExpanded} />
        </>
      ) : null}
    </section>
  );
}

interface PictureProps {
  readonly centre: string;
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly GraphEdge[];
  readonly expanded: readonly string[];
  readonly selected: string;
  readonly onExpand: (id: string) => void;
  readonly onSelect: (id: string) => void;
}

/** The picture: Cytoscape.js with fcose; nodes already placed keep their place when more arrive. */
function Picture({ centre, nodes, edges, expanded, selected, onExpand, onSelect }: PictureProps) {
  const container = useRef<HTMLDivElement>(null);
  const cy = useRef<cytoscape.Core>();
  const handlers = useRef({ onExpand, onSelect });
  handlers.current = { onExpand, onSelect };

  useEffect(() => {
    const picture = createPicture(container.current!, {});
    picture.on("tap", "node", (event) => handlers.current.onExpand(event.target.id()));
    cy.current = picture;
    exposePicture(picture);
    return () => { exposePicture(undefined); picture.destroy(); };
  }, []);

  useEffect(() => {
    const picture = cy.current!;
    const wanted = new Set([...nodes.map((node) => node.id), ...edges.map((edge) => edge.id)]);
    picture.elements().filter((element) => !wanted.has(element.id())).remove();
    const first = picture.nodes().length === 0;
    // A node that arrives with an expansion starts beside a node already placed that it is related to.
    const placed = (id: string) => !picture.getElementById(id).empty();
    const startAt = (id: string): cytoscape.Position | undefined => {
      const edge = edges.find((candidate) => (candidate.from === id && placed(candidate.to)) || (candidate.to === id && placed(candidate.from)));
      if (!edge) return undefined;
      const at = picture.getElementById(edge.from === id ? edge.to : edge.from).position();
      return { x: at.x + (Math.random() - 0.5) * 60, y: at.y + (Math.random() - 0.5) * 60 };
    };
    picture.batch(() => {
      const added = [
        ...nodes.filter((node) => !placed(node.id)).map((node) => {
          const position = first ? undefined : startAt(node.id);
          return {
            group: "nodes" as const,
            data: { id: node.id, short: shortName(node.name) },
            classes: node.label ? `label-${node.label.prefix}` : "",
            ...(position ? { position } : {}),
          };
        }),
        ...edges.filter((edge) => picture.getElementById(edge.id).empty()).map((edge) => ({
          group: "edges" as const,
          data: { id: edge.id, source: edge.from, target: edge.to },
        })),
      ];
      if (added.length > 0) picture.add(added);
    });
    picture.nodes().forEach((node) => {
      node.toggleClass("centre", node.id() === centre);
      node.toggleClass("expanded", expanded.includes(node.id()));
    });
    picture.layout({
      name: "fcose",
      quality: "proof",
      randomize: first,
      animate: false,
      fit: true,
      padding: 24,
      nodeDimensionsIncludeLabels: true,
      idealEdgeLength: () => 70,
      nodeRepulsion: () => 6000,
    } as cytoscape.LayoutOptions).run();
  }, [nodes, edges, centre, expanded]);

  useEffect(() => {
    const picture = cy.current!;
    picture.nodes().removeClass("chosen");
    if (selected) picture.getElementById(selected).addClass("chosen");
  }, [selected, nodes]);

  const centreName = nodes.find((node) => node.id === centre)?.name ?? centre;
  const move = (step: number) => {
    if (nodes.length === 0) return;
    const at = nodes.findIndex((node) => node.id === selected);
    const next = nodes[(at + step + nodes.length) % nodes.length]!;
    onSelect(next.id);
  };
  return (
    <div class="graph-picture-frame">
      <div
        ref={container}
        class="graph-picture"
        role="img"
        tabIndex={0}
        aria-label={`Picture of the graph around ${centreName}: ${nodes.length} nodes and ${edges.length} relationships, coloured by label. Arrow keys choose a node, Enter expands it. The same nodes and relationships are in the tables below.`}
        onKeyDown={(event) => {
          if (event.key === "ArrowRight" || event.key === "ArrowDown") { event.preventDefault(); move(1); }
          else if (event.key === "ArrowLeft" || event.key === "ArrowUp") { event.preventDefault(); move(-1); }
          else if (event.key === "Enter" && selected) { event.preventDefault(); onExpand(selected); }
        }}
      />
      <button type="button" class="graph-fit" onClick={() => cy.current?.fit(undefined, 24)}>Fit to view</button>
    </div>
  );
}

function Selection({ node, centre, expanded, onToggle, recentre }: {
  node: GraphNode | undefined; centre: string; expanded: readonly string[]; onToggle: (id: string) => void; recentre: (id: string) => string;
}) {
  return (
    <aside class="graph-selection" aria-label="Selected node" aria-live="polite">
      {node ? (
        <>
          <h2>{node.name}</h2>
          <p>{node.label ? <LabelBadge label={node.label.label} /> : null} <code class="graph-id">{node.id}</code></p>
          <p><a href={href("node", node.id)}>Open its page</a></p>
          {node.id === centre ? <p>This is the centre of the graph.</p> : (
            <>
              <p>
                <button type="button" onClick={() => onToggle(node.id)}>
                  {expanded.includes(node.id) ? "Collapse its neighbours" : "Expand its neighbours"}
                </button>
              </p>
              <p><a href={recentre(node.id)}>Centre the graph here</a></p>
            </>
          )}
        </>
      ) : (
        <p class="graph-hint">Click or tap a node (or focus the picture and use the arrow keys) to see it here.</p>
      )}
    </aside>
  );
}

function Tables({ centre, nodes, edges, expanded, onToggle }: {
  centre: string; nodes: readonly GraphNode[]; edges: readonly GraphEdge[]; expanded: readonly string[]; onToggle: (id: string) => void;
}) {
  const names = new Map(nodes.map((node) => [node.id, node.name]));
  const degree = new Map<string, number>();
  for (const edge of edges) {
    degree.set(edge.from, (degree.get(edge.from) ?? 0) + 1);
    degree.set(edge.to, (degree.get(edge.to) ?? 0) + 1);
  }
  return (
    <details class="graph-tables">
      <summary>The same as tables: {nodes.length} nodes and {edges.length} relationships</summary>
      <div class="table-scroll">
        <table class="graph-nodes">
          <caption>Nodes</caption>
          <thead><tr><th scope="col">Node</th><th scope="col">Label</th><th scope="col">Relationships shown</th><th scope="col">Neighbours</th></tr></thead>
          <tbody>
            {nodes.map((node) => (
              <tr key={node.id} data-id={node.id}>
                <th scope="row"><NodeLink id={node.id} name={node.name} badge={false} /></th>
                <td>{node.label?.name ?? "—"}</td>
                <td>{degree.get(node.id) ?? 0}</td>
                <td>
                  {node.id === centre ? "centre" : (
                    <button type="button" aria-label={`${expanded.includes(node.id) ? "Collapse" : "Expand"} ${node.name}`} onClick={() => onToggle(node.id)}>
                      {expanded.includes(node.id) ? "Collapse" : "Expand"}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div class="table-scroll">
        <table class="graph-edges">
          <caption>Relationships</caption>
          <thead><tr><th scope="col">From</th><th scope="col">Relationship</th><th scope="col">To</th><th scope="col">Note</th></tr></thead>
          <tbody>
            {edges.map((edge) => (
              <tr key={edge.id}>
                <td><NodeLink id={edge.from} name={names.get(edge.from)} badge={false} /></td>
                <td>{words(edge.type)}</td>
                <td><NodeLink id={edge.to} name={names.get(edge.to)} badge={false} /></td>
                <td>{edge.note}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
