// The path view: the shortest paths between two nodes (one request), drawn as a left-to-right picture (Cytoscape.js,
// each node placed at its step along the path) with each hop's citation on hover, and listed hop by hop beside it
// with the same citations (the list is the accessible way to the same). State in the URL:
// #/path?from=&to=&maxHops=&hubs=1.
import type cytoscape from "cytoscape";
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import { useQuery } from "../api";
import { graphql } from "../generated";
import type { ExplorerPathsQuery } from "../generated/graphql";
import { labelOfId } from "../labels";
import { NodePicker, nameOf } from "../pickers";
import { href, navigate, type Route } from "../router";
import { Badge, Empty, ErrorNotice, Loading, NodeLink, PageTitle, words } from "../ui";
import { createPicture, exposePicture, shortName } from "./cytoscape";
import "./path.css";

const Paths = graphql(`
  query ExplorerPaths($from: ID!, $to: ID!, $maxHops: Int, $throughHubs: Boolean) {
    start: node(id: $from) { id ... on Strategy { name } ... on Industry { name } ... on Organization { name } ... on Person { name } ... on Jurisdiction { name } ... on Outcome { name } ... on Source { title } ... on Finding { summary } }
    end: node(id: $to) { id ... on Strategy { name } ... on Industry { name } ... on Organization { name } ... on Person { name } ... on Jurisdiction { name } ... on Outcome { name } ... on Source { title } ... on Finding { summary } }
    paths(from: $from, to: $to, maxHops: $maxHops, throughHubs: $throughHubs, first: 5) {
      length
      nodes { id ... on Strategy { name } ... on Industry { name } ... on Organization { name } ... on Person { name } ... on Jurisdiction { name } ... on Outcome { name } ... on Source { title } ... on Finding { summary } }
      hops {
        forward meaning relationship
        from { id }
        to { id }
        properties { name value }
        sources { id title type publisher publishedOn }
      }
    }
  }
`);

type PathData = NonNullable<ExplorerPathsQuery["paths"]>[number];
type Hop = PathData["hops"][number];

/** Sources listed under a hop before the rest fold away. */
const SOURCES_SHOWN = 3;

export function PathView({ route }: { route: Route }) {
  const from = route.params.get("from") ?? "";
  const to = route.params.get("to") ?? "";
  const maxHops = Math.min(6, Math.max(1, Number(route.params.get("maxHops")) || 4));
  const hubs = route.params.get("hubs") === "1";
  const link = (changes: { from?: string; to?: string; maxHops?: number; hubs?: boolean }) => href("path", undefined, {
    from: changes.from ?? from,
    to: changes.to ?? to,
    maxHops: String(changes.maxHops ?? maxHops),
    hubs: (changes.hubs ?? hubs) ? "1" : undefined,
  });
  const state = useQuery(Paths, from && to ? { from, to, maxHops, throughHubs: hubs } : null);
  return (
    <section class="path-view">
      <PageTitle>Paths between two nodes</PageTitle>
      <form class="filters path-form" onSubmit={(event) => event.preventDefault()}>
        <NodePicker label="From" value={from} onChange={(id) => navigate(link({ from: id }))} />
        <NodePicker label="To" value={to} onChange={(id) => navigate(link({ to: id }))} />
        <label>
          At most
          <select value={String(maxHops)} onChange={(event) => navigate(link({ maxHops: Number(event.currentTarget.value) }), true)}>
            {[1, 2, 3, 4, 5, 6].map((hops) => <option key={hops} value={String(hops)}>{hops} {hops === 1 ? "hop" : "hops"}</option>)}
          </select>
        </label>
        <label class="path-hubs">
          <span><input type="checkbox" checked={hubs} onChange={(event) => navigate(link({ hubs: event.currentTarget.checked }), true)} /> Pass through catch-all nodes</span>
        </label>
      </form>
      {!from || !to ? <Empty>Choose where the paths start and where they end.</Empty> : null}
      {from && to && state.status === "loading" ? <Loading what="the paths" /> : null}
      {from && to && state.status === "error" ? (
        state.error.code === "NOT_FOUND"
          ? <div class="error" role="alert"><p>{state.error.message} Choose another node above.</p></div>
          : <ErrorNotice error={state.error} />
      ) : null}
      {from && to && state.status === "done" ? <Answer data={state.data} maxHops={maxHops} hubs={hubs} hubsLink={link({ hubs: true })} longerLink={maxHops < 6 ? link({ maxHops: maxHops + 1 }) : null} /> : null}
    </section>
  );
}

function Answer({ data, maxHops, hubs, hubsLink, longerLink }: { data: ExplorerPathsQuery; maxHops: number; hubs: boolean; hubsLink: string; longerLink: string | null }) {
  const paths = useMemo(() => data.paths ?? [], [data]);
  const startName = data.start ? nameOf(data.start) : "the start";
  const endName = data.end ? nameOf(data.end) : "the end";
  const names = useMemo(() => new Map(paths.flatMap((path) => path.nodes.map((node) => [node.id, nameOf(node)] as const))), [paths]);
  if (paths.length === 0) {
    return (
      <div class="path-none">
        <p class="empty" role="status">No path within {maxHops} {maxHops === 1 ? "hop" : "hops"} between {startName} and {endName}.</p>
        <p>
          {longerLink ? <a href={longerLink}>Allow {maxHops + 1} hops</a> : null}
          {longerLink && !hubs ? " or " : null}
          {!hubs ? <a href={hubsLink}>pass through catch-all nodes</a> : null}
        </p>
      </div>
    );
  }
  return (
    <>
      <p class="path-summary">
        {paths.length === 1 ? "The shortest path" : `The ${paths.length} shortest paths`} from <strong>{startName}</strong> to <strong>{endName}</strong>,
        {" "}{hopsText(paths[0]!.length, paths[paths.length - 1]!.length)}. Hover a line in the picture for the hop’s citation, or read them in the list.
      </p>
      <div class="path-layout">
        <PathPicture paths={paths} names={names} />
        <div class="path-list">
          {paths.map((path, index) => (
            <section key={index} class="path-item" aria-labelledby={`path-${index}`}>
              <h2 id={`path-${index}`}>Path {index + 1}: {path.length} {path.length === 1 ? "hop" : "hops"}</h2>
              <ol class="path-hops">
                {path.hops.map((hop, step) => <HopItem key={step} hop={hop} names={names} />)}
              </ol>
            </section>
          ))}
        </div>
      </div>
    </>
  );
}

function HopItem({ hop, names }: { hop: Hop; names: ReadonlyMap<string, string> }) {
  const [more, setMore] = useState(false);
  const sources = more ? hop.sources : hop.sources.slice(0, SOURCES_SHOWN);
  return (
    <li class="path-hop" data-hop={hopKey(hop)}>
      <p class="path-step">
        <NodeLink id={hop.from.id} name={names.get(hop.from.id)} />
        <span class="path-rel">{hop.forward ? "" : "← "}{words(hop.relationship)}{hop.forward ? " →" : ""}</span>
        <NodeLink id={hop.to.id} name={names.get(hop.to.id)} />
      </p>
      <p class="path-meaning">{hop.meaning}</p>
      {hop.properties.length > 0 ? (
        <p class="path-properties">{hop.properties.map((property) => `${property.name}: ${property.value}`).join("; ")}</p>
      ) : null}
      {hop.sources.length > 0 ? (
        <div class="path-citation">
          <span class="path-cited">Cited by its ends:</span>
          <ul>
            {sources.map((source) => (
              <li key={source.id}>
                <a href={href("node", source.id)}>{source.title}</a>
                {source.type ? <> <Badge value={source.type} kind="source-type" /></> : null}
                {source.publisher || source.publishedOn ? <span class="path-source-meta"> {[source.publisher, source.publishedOn].filter(Boolean).join(", ")}</span> : null}
              </li>
            ))}
          </ul>
          {hop.sources.length > SOURCES_SHOWN ? (
            <button type="button" class="path-more" aria-expanded={more} onClick={() => setMore(!more)}>
              {more ? "Fewer sources" : `All ${hop.sources.length} sources`}
            </button>
          ) : null}
        </div>
      ) : <p class="path-citation path-uncited">No source cited by either end.</p>}
    </li>
  );
}

function hopsText(shortest: number, longest: number): string {
  return shortest === longest ? `${shortest} ${shortest === 1 ? "hop" : "hops"}` : `${shortest} to ${longest} hops`;
}

/** A hop's relationship, the same whichever way a path walks it. */
function hopKey(hop: Hop): string {
  const [start, end] = hop.forward ? [hop.from.id, hop.to.id] : [hop.to.id, hop.from.id];
  return `${hop.relationship}|${start}|${end}`;
}

/** Where each node goes: the column of its first step along a path (the end in the last column), the row in it. */
function columns(paths: readonly PathData[]) {
  const longest = Math.max(...paths.map((path) => path.length));
  const place = new Map<string, { column: number; row: number }>();
  const rows = new Map<number, number>();
  for (const path of paths) {
    path.nodes.forEach((node, step) => {
      if (place.has(node.id)) return;
      const column = step === path.nodes.length - 1 ? longest : step;
      place.set(node.id, { column, row: rows.get(column) ?? 0 });
      rows.set(column, (rows.get(column) ?? 0) + 1);
    });
  }
  return { place, rows };
}

/** The paths as one picture: each node in the column of its first step along a path, the start left, the end right. */
function PathPicture({ paths, names }: { paths: readonly PathData[]; names: ReadonlyMap<string, string> }) {
  const container = useRef<HTMLDivElement>(null);
  const tip = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const { place, rows } = columns(paths);
    const nodes = [...place].map(([id, at]) => {
      const label = labelOfId(id);
      return {
        group: "nodes" as const,
        data: { id, short: shortName(names.get(id) ?? id) },
        classes: label ? `label-${label.prefix}` : "",
        // Each column's nodes centred vertically.
        position: { x: at.column * 200, y: (at.row - ((rows.get(at.column) ?? 1) - 1) / 2) * 90 },
      };
    });
    const hops = new Map<string, Hop>();
    for (const path of paths) for (const hop of path.hops) if (!hops.has(hopKey(hop))) hops.set(hopKey(hop), hop);
    const edges = [...hops].map(([key, hop]) => ({
      group: "edges" as const,
      data: { id: key, source: hop.forward ? hop.from.id : hop.to.id, target: hop.forward ? hop.to.id : hop.from.id },
    }));
    const picture = createPicture(container.current!, { elements: [...nodes, ...edges], layout: { name: "preset", fit: true, padding: 40 } });
    picture.nodes().first().addClass("centre");
    picture.getElementById(paths[0]!.nodes[paths[0]!.nodes.length - 1]!.id).addClass("centre");
    picture.on("tap", "node", (event) => navigate(href("node", event.target.id())));
    const show = (event: cytoscape.EventObject, text: string) => {
      const box = tip.current!;
      box.textContent = text;
      box.hidden = false;
      const at = event.renderedPosition ?? event.target.renderedMidpoint?.() ?? { x: 0, y: 0 };
      box.style.left = `${Math.min(at.x + 12, container.current!.clientWidth - 260)}px`;
      box.style.top = `${at.y + 12}px`;
    };
    picture.on("mouseover", "edge", (event) => {
      const hop = hops.get(event.target.id());
      if (!hop) return;
      event.target.addClass("lit");
      document.querySelectorAll(`[data-hop="${CSS.escape(hop && hopKey(hop))}"]`).forEach((item) => item.classList.add("path-hop-lit"));
      const cited = hop.sources.slice(0, SOURCES_SHOWN).map((source) => `• ${source.title}${source.publisher ? ` (${source.publisher})` : ""}`);
      const rest = hop.sources.length > SOURCES_SHOWN ? [`and ${hop.sources.length - SOURCES_SHOWN} more`] : [];
      show(event, [hop.meaning, ...hop.properties.map((property) => `${property.name}: ${property.value}`),
        hop.sources.length > 0 ? "Cited:" : "No source cited.", ...cited, ...rest].join("\n"));
    });
    picture.on("mouseover", "node", (event) => show(event, `${names.get(event.target.id()) ?? event.target.id()}\nClick to open its page.`));
    picture.on("mouseout", "edge, node", () => {
      tip.current!.hidden = true;
      picture.edges().removeClass("lit");
      document.querySelectorAll(".path-hop-lit").forEach((item) => item.classList.remove("path-hop-lit"));
    });
    exposePicture(picture);
    return () => { exposePicture(undefined); picture.destroy(); };
  }, [paths, names]);
  const nodeCount = new Set(paths.flatMap((path) => path.nodes.map((node) => node.id))).size;
  // As many rows as the most crowded column has nodes: one path is a line and needs less height.
  const rows = Math.max(...columns(paths).rows.values());
  return (
    <div class="path-picture-frame">
      <div
        ref={container}
        class={`path-picture path-rows-${Math.min(rows, 3)}`}
        role="img"
        aria-label={`Picture of ${paths.length} ${paths.length === 1 ? "path" : "paths"} through ${nodeCount} nodes, start on the left, end on the right. The list beside it gives every hop with its citation.`}
      />
      <div ref={tip} class="path-tip" role="tooltip" hidden />
    </div>
  );
}
