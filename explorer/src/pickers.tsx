// Inputs shared by the views: a select of industries or jurisdictions (each list is one request, kept for the
// page's life), and a node picker that searches as you type (a combobox with a listbox of matches, keyboard-usable).
import { useEffect, useId, useState } from "preact/hooks";
import { ApiError, request } from "./api";
import { graphql } from "./generated";
import type { NodeLabel } from "./generated/schema";
import { labelOfId } from "./labels";

const IndustryList = graphql(`
  query ExplorerIndustries {
    industries(first: 100, orderBy: { field: NAME }) { nodes { id name } }
  }
`);

const JurisdictionList = graphql(`
  query ExplorerJurisdictions {
    jurisdictions(first: 100, orderBy: { field: NAME }) { nodes { id name } }
  }
`);

const NodeSearch = graphql(`
  query ExplorerNodePicker($text: String!, $labels: [NodeLabel!]) {
    search(text: $text, labels: $labels, first: 8) {
      node { id ... on Strategy { name } ... on Industry { name } ... on Organization { name } ... on Person { name } ... on Jurisdiction { name } ... on Outcome { name } ... on Source { title } ... on Finding { summary } }
    }
  }
`);

export interface Option {
  readonly id: string;
  readonly name: string;
}

type ListState = { status: "loading" } | { status: "error"; error: ApiError } | { status: "done"; options: readonly Option[] };

const lists = new Map<string, Promise<readonly Option[]>>();

function useList(kind: "industries" | "jurisdictions"): ListState {
  const [state, setState] = useState<ListState>({ status: "loading" });
  useEffect(() => {
    let list = lists.get(kind);
    if (!list) {
      list = kind === "industries"
        ? request(IndustryList, {}).then((data) => data.industries.nodes)
        : request(JurisdictionList, {}).then((data) => data.jurisdictions.nodes);
      list.catch(() => lists.delete(kind));
      lists.set(kind, list);
    }
    let live = true;
    list.then(
      (options) => live && setState({ status: "done", options }),
      (error: unknown) => live && setState({ status: "error", error: error instanceof ApiError ? error : new ApiError(String(error), "CLIENT") }),
    );
    return () => { live = false; };
  }, [kind]);
  return state;
}

interface SelectProps {
  readonly label: string;
  readonly value: string;
  readonly onChange: (id: string) => void;
  /** The text of the empty choice; without it a choice is required. */
  readonly none?: string;
}

export function IndustrySelect(props: SelectProps) {
  return <ListSelect {...props} state={useList("industries")} />;
}

export function JurisdictionSelect(props: SelectProps) {
  return <ListSelect {...props} state={useList("jurisdictions")} />;
}

function ListSelect({ label, value, onChange, none, state }: SelectProps & { state: ListState }) {
  const id = useId();
  return (
    <label for={id}>
      {label}
      <select id={id} value={value} disabled={state.status !== "done"} onChange={(event) => onChange(event.currentTarget.value)}>
        {none !== undefined || !value ? <option value="">{none ?? "Choose…"}</option> : null}
        {state.status === "done" ? state.options.map((option) => <option key={option.id} value={option.id}>{option.name}</option>) : null}
        {state.status === "loading" ? <option value={value}>Loading…</option> : null}
        {state.status === "error" ? <option value={value}>Could not load the list ({state.error.code})</option> : null}
      </select>
    </label>
  );
}

/**
 * A node chosen by typing part of its name: matches come from the full-text search (at most 8), listed under the
 * input; arrows move, Enter picks, Escape closes. The chosen node's id is what onChange receives.
 */
export function NodePicker({ label, value, onChange, labels }: { label: string; value: string; onChange: (id: string) => void; labels?: readonly NodeLabel[] }) {
  const id = useId();
  const [text, setText] = useState(value);
  const [matches, setMatches] = useState<readonly Option[]>([]);
  const [active, setActive] = useState(-1);
  const [open, setOpen] = useState(false);
  useEffect(() => setText(value), [value]);
  useEffect(() => {
    const words = text.trim();
    if (!open || words.length < 2 || words === value) {
      setMatches([]);
      return undefined;
    }
    const abort = new AbortController();
    const timer = setTimeout(() => {
      request(NodeSearch, { text: words, labels: labels ? [...labels] : null }, abort.signal).then(
        (data) => setMatches((data.search ?? []).map(({ node }) => ({ id: node.id, name: nameOf(node) }))),
        () => setMatches([]),
      );
    }, 200);
    return () => { clearTimeout(timer); abort.abort(); };
  }, [text, open, value, labels]);
  const pick = (option: Option) => {
    setOpen(false);
    setMatches([]);
    setText(option.id);
    onChange(option.id);
  };
  const expanded = open && matches.length > 0;
  return (
    <div class="node-picker">
      <label for={id}>{label}</label>
      <input
        id={id}
        type="text"
        role="combobox"
        autocomplete="off"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={`${id}-list`}
        aria-activedescendant={expanded && active >= 0 ? `${id}-${active}` : undefined}
        placeholder="Type a name or an id"
        value={text}
        onInput={(event) => { setText(event.currentTarget.value); setOpen(true); setActive(-1); }}
        onKeyDown={(event) => {
          if (event.key === "ArrowDown" && matches.length > 0) { event.preventDefault(); setActive((active + 1) % matches.length); }
          else if (event.key === "ArrowUp" && matches.length > 0) { event.preventDefault(); setActive((active - 1 + matches.length) % matches.length); }
          else if (event.key === "Escape") setOpen(false);
          else if (event.key === "Enter") {
            event.preventDefault();
            const chosen = matches[active >= 0 ? active : 0];
            if (expanded && chosen) pick(chosen);
            else if (labelOfId(text.trim())) { setOpen(false); onChange(text.trim()); }
          }
        }}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
      />
      <ul id={`${id}-list`} role="listbox" class="node-picker-list" hidden={!expanded} aria-label={`${label}: matches`}>
        {matches.map((option, index) => (
          <li id={`${id}-${index}`} key={option.id} role="option" aria-selected={index === active} onMouseDown={(event) => { event.preventDefault(); pick(option); }}>
            {option.name} <span class="node-picker-id">{option.id}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** A node's display name from whichever of name, title or summary its type has. */
export function nameOf(node: { id: string; name?: string | null; title?: string | null; summary?: string | null }): string {
  return node.name ?? node.title ?? node.summary ?? node.id;
}
