// Small pieces every view uses: loading, error and empty states in words, links to nodes, label badges, and a
// generic "show this query's state" wrapper.
import type { ComponentChildren } from "preact";
import { useState } from "preact/hooks";
import { ApiError, type QueryState, readerKey, setReaderKey } from "./api";
import type { NodeLabel } from "./generated/schema";
import { labelInfo, labelOfId } from "./labels";
import { href } from "./router";

export function Loading({ what }: { what: string }) {
  return <p class="loading" role="status" aria-live="polite">Loading {what}…</p>;
}

export function ErrorNotice({ error }: { error: ApiError }) {
  return (
    <div class="error" role="alert">
      <p><strong>Could not load this view.</strong> {error.message}</p>
      <p class="error-code">Error code: <code>{error.code}</code></p>
      {error.code === "UNAUTHENTICATED" || error.code === "FORBIDDEN" ? <KeyForm /> : null}
    </div>
  );
}

function KeyForm() {
  const [key, setKey] = useState(readerKey());
  return (
    <form class="key-form" onSubmit={(event) => { event.preventDefault(); setReaderKey(key.trim()); location.reload(); }}>
      <label for="reader-key">Reader key</label>
      <input id="reader-key" type="password" autocomplete="off" value={key} onInput={(event) => setKey(event.currentTarget.value)} />
      <button type="submit">Use this key</button>
    </form>
  );
}

export function Empty({ children }: { children: ComponentChildren }) {
  return <p class="empty" role="status">{children}</p>;
}

/** Renders a query's loading and error states, and its data through the children function once there. */
export function QueryView<T>({ state, what, children }: { state: QueryState<T>; what: string; children: (data: T) => ComponentChildren }) {
  if (state.status === "loading") return <Loading what={what} />;
  if (state.status === "error") return <ErrorNotice error={state.error} />;
  return <>{children(state.data)}</>;
}

export function LabelBadge({ label }: { label: NodeLabel }) {
  const info = labelInfo(label);
  return <span class={`badge label-${info.prefix}`}>{info.name}</span>;
}

/** A link to a node's page, with its label as a badge when known from the id. */
export function NodeLink({ id, name, badge = true }: { id: string; name?: string | null; badge?: boolean }) {
  const info = labelOfId(id);
  return (
    <span class="node-link">
      {badge && info ? <LabelBadge label={info.label} /> : null}
      <a href={href("node", id)}>{name || id}</a>
    </span>
  );
}

/** A badge for an enum value such as a design or a strength: RANDOMIZED_TRIAL reads "randomized trial". */
export function Badge({ value, kind }: { value: string; kind: string }) {
  return <span class={`badge ${kind} ${kind}-${value.toLowerCase()}`}>{words(value)}</span>;
}

export function words(value: string): string {
  return value.toLowerCase().replaceAll("_", " ");
}

export function PageTitle({ children }: { children: ComponentChildren }) {
  return <h1 tabIndex={-1} class="page-title">{children}</h1>;
}
