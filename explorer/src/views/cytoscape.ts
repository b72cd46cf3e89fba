// Cytoscape.js as the graph and path views use it: fcose registered once, the page's strict Content-Security-Policy
// respected, and one look shared by both pictures (nodes coloured by label, as the badges and the legend are).
import cytoscape from "cytoscape";
import fcose from "cytoscape-fcose";
import { LABELS } from "../labels";

cytoscape.use(fcose);

/**
 * Creates a picture in the container. Cytoscape adds a one-rule <style> element to the page unless an element with
 * its id is there already; the page's policy refuses inline styles, so a placeholder takes that id and graph.css
 * carries the rule instead (`.__________cytoscape_container { position: relative }`).
 */
export function createPicture(container: HTMLElement, options: Omit<cytoscape.CytoscapeOptions, "container" | "style">): cytoscape.Core {
  if (!document.getElementById("__________cytoscape_stylesheet")) {
    const placeholder = document.createElement("meta");
    placeholder.id = "__________cytoscape_stylesheet";
    placeholder.name = "cytoscape-styles";
    placeholder.content = "in explorer.css";
    document.head.append(placeholder);
  }
  return cytoscape({
    container,
    style: PICTURE_STYLE,
    autounselectify: true,
    boxSelectionEnabled: false,
    minZoom: 0.2,
    maxZoom: 3,
    ...options,
  });
}

const PICTURE_STYLE: cytoscape.StylesheetJson = [
  {
    selector: "node",
    style: {
      "background-color": "#888",
      width: 22,
      height: 22,
      label: "data(short)",
      "font-size": 10,
      "font-family": "system-ui, sans-serif",
      color: "#1b1d21",
      "text-valign": "bottom",
      "text-margin-y": 3,
      "text-background-color": "#ffffff",
      "text-background-opacity": 0.8,
      "text-background-padding": "1px",
      "min-zoomed-font-size": 7,
      "border-width": 1,
      "border-color": "#ffffff",
    },
  },
  ...LABELS.map((info) => ({ selector: `node.label-${info.prefix}`, style: { "background-color": info.colour } })),
  { selector: "node.centre", style: { width: 34, height: 34, "border-width": 4, "border-color": "#15324f", "font-weight": "bold", "font-size": 12 } },
  { selector: "node.expanded", style: { "border-width": 3, "border-style": "double", "border-color": "#15324f" } },
  { selector: "node.chosen", style: { "overlay-color": "#e37400", "overlay-opacity": 0.35, "overlay-padding": 6, "z-index": 10 } },
  {
    selector: "edge",
    style: {
      width: 1.5,
      "line-color": "#8d96a1",
      "target-arrow-color": "#8d96a1",
      "target-arrow-shape": "triangle",
      "arrow-scale": 0.8,
      "curve-style": "bezier",
    },
  },
  { selector: "edge.lit", style: { width: 4, "line-color": "#e37400", "target-arrow-color": "#e37400", "z-index": 10 } },
];

/** A node's caption in the picture: its name cut to a few words. */
export function shortName(name: string): string {
  return name.length > 28 ? name.slice(0, 26).trimEnd() + "…" : name;
}

/** A test hook: the picture now on screen, read by the browser tests (window.__explorerGraph.nodes().length). */
export function exposePicture(cy: cytoscape.Core | undefined): void {
  (window as unknown as { __explorerGraph?: cytoscape.Core }).__explorerGraph = cy;
}
