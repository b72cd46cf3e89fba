// Deep links: the view and its inputs live in the URL's hash (#/node/industry%3Afilm_tv, #/gaps?rows=TACTIC...), so
// a link or a reload restores the view, and Back works. Nothing here touches the server.
import { useEffect, useState } from "preact/hooks";

export type View = "home" | "search" | "node" | "graph" | "path" | "gaps" | "worked" | "compare" | "transfer";

const VIEWS: readonly View[] = ["home", "search", "node", "graph", "path", "gaps", "worked", "compare", "transfer"];

export interface Route {
  readonly view: View;
  /** The node the view is about, for node and graph. */
  readonly id?: string;
  readonly params: URLSearchParams;
}

export function parseRoute(hash: string): Route {
  const text = hash.replace(/^#\/?/, "");
  const queryAt = text.indexOf("?");
  const path = queryAt < 0 ? text : text.slice(0, queryAt);
  const params = new URLSearchParams(queryAt < 0 ? "" : text.slice(queryAt + 1));
  const [first = "", ...rest] = path.split("/");
  const view = (VIEWS as readonly string[]).includes(first) ? (first as View) : "home";
  const id = rest.length > 0 ? safeDecode(rest.join("/")) : undefined;
  return id ? { view, id, params } : { view, params };
}

/** The hash for a view: href("node", "industry:film_tv") is "#/node/industry%3Afilm_tv". */
export function href(view: View, id?: string, params?: Record<string, string | readonly string[] | undefined>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params ?? {})) {
    if (value === undefined || value === "") continue;
    if (typeof value === "string") query.set(key, value);
    else if (value.length > 0) query.set(key, value.join(","));
  }
  const search = query.toString();
  return `#/${view}${id ? "/" + encodeURIComponent(id) : ""}${search ? "?" + search : ""}`;
}

/** Moves to a view; replace keeps the history entry (for filters typed into a form). */
export function navigate(hash: string, replace = false): void {
  if (replace) history.replaceState(null, "", hash);
  else location.hash = hash;
  if (replace) window.dispatchEvent(new HashChangeEvent("hashchange"));
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(location.hash));
    window.addEventListener("hashchange", onChange);
    return () => window.removeEventListener("hashchange", onChange);
  }, []);
  return route;
}

/** A comma-separated list parameter, empty when absent. */
export function listParam(params: URLSearchParams, name: string): string[] {
  return (params.get(name) ?? "").split(",").filter((item) => item !== "");
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
