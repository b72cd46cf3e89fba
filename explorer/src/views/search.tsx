// Full-text search (#/search?q=...&label=...): the words and the label filter live in the URL, and the results follow
// it. The first page is one request (searchConnection, best match first); "Load more" asks for the next page after
// the last cursor and appends it.
import { useEffect, useId, useState } from "preact/hooks";
import { ApiError, request, useQuery } from "../api";
import { graphql } from "../generated";
import type { ExplorerSearchQuery } from "../generated/graphql";
import type { NodeLabel } from "../generated/schema";
import { LABELS, labelOfId } from "../labels";
import { nameOf } from "../pickers";
import { href, navigate, type Route } from "../router";
import { Empty, ErrorNotice, LabelBadge, Loading, PageTitle } from "../ui";
import "./search.css";

const PAGE = 20;

const Search = graphql(`
  query ExplorerSearch($text: String!, $labels: [NodeLabel!], $first: Int!, $after: String) {
    searchConnection(text: $text, labels: $labels, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        score
        snippet
        node { __typename id ... on Strategy { name } ... on Industry { name } ... on Organization { name } ... on Person { name } ... on Jurisdiction { name } ... on Outcome { name } ... on Source { title } ... on Finding { summary } }
      }
    }
  }
`);

type Page = NonNullable<ExplorerSearchQuery["searchConnection"]>;
type Hit = Page["nodes"][number];

function labelParam(value: string | null): NodeLabel | "" {
  return LABELS.find((info) => info.label === value)?.label ?? "";
}

export function SearchView({ route }: { route: Route }) {
  const text = (route.params.get("q") ?? "").trim();
  const label = labelParam(route.params.get("label"));
  const [words, setWords] = useState(text);
  const [chosen, setChosen] = useState<NodeLabel | "">(label);
  useEffect(() => setWords(text), [text]);
  useEffect(() => setChosen(label), [label]);
  const go = (nextWords: string, nextLabel: string) => navigate(href("search", undefined, { q: nextWords.trim(), label: nextLabel }));
  const inputId = useId();
  const selectId = useId();
  return (
    <section class="search-view">
      <PageTitle>Search</PageTitle>
      <form class="filters search-form" role="search" aria-label="Search the graph" onSubmit={(event) => { event.preventDefault(); go(words, chosen); }}>
        <label for={inputId}>
          Words
          <input id={inputId} type="search" maxLength={200} value={words} placeholder="e.g. arbitration, hotel panic button"
            onInput={(event) => setWords(event.currentTarget.value)} />
        </label>
        <label for={selectId}>
          Label
          <select id={selectId} value={chosen} onChange={(event) => {
            const next = labelParam(event.currentTarget.value);
            setChosen(next);
            if (words.trim()) go(words, next);
          }}>
            <option value="">All labels</option>
            {LABELS.map((info) => <option key={info.label} value={info.label}>{info.plural}</option>)}
          </select>
        </label>
        <button type="submit">Search</button>
      </form>
      {text
        ? <Results key={`${text}\u0000${label}`} text={text} label={label} />
        : <p class="search-hint">Type words to find: names, descriptions, finding summaries and source quotes are searched; every word must match (as a prefix), best match first.</p>}
    </section>
  );
}

function Results({ text, label }: { text: string; label: NodeLabel | "" }) {
  const state = useQuery(Search, { text, labels: label ? [label] : null, first: PAGE, after: null });
  const [more, setMore] = useState<{ hits: readonly Hit[]; next: Page["pageInfo"] } | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<ApiError | null>(null);
  if (state.status === "loading") return <Loading what="the matches" />;
  if (state.status === "error") return <ErrorNotice error={state.error} />;
  const first = state.data.searchConnection;
  if (!first || first.totalCount === 0) {
    return <Empty>No node matches “{text}”{label ? ` among ${LABELS.find((info) => info.label === label)?.plural.toLowerCase()}` : ""}. Try fewer or shorter words, or all labels.</Empty>;
  }
  const hits = [...first.nodes, ...(more?.hits ?? [])];
  const pageInfo = more?.next ?? first.pageInfo;
  const loadMore = () => {
    setLoadingMore(true);
    setMoreError(null);
    request(Search, { text, labels: label ? [label] : null, first: PAGE, after: pageInfo.endCursor ?? null }).then(
      (data) => {
        const page = data.searchConnection;
        if (page) setMore({ hits: [...(more?.hits ?? []), ...page.nodes], next: page.pageInfo });
        setLoadingMore(false);
      },
      (error: unknown) => {
        setMoreError(error instanceof ApiError ? error : new ApiError(String(error), "CLIENT"));
        setLoadingMore(false);
      },
    );
  };
  return (
    <>
      <p class="search-count" role="status">
        {first.totalCount === 1 ? "1 node matches" : `${first.totalCount} nodes match`} “{text}”, best match first; showing {hits.length}.
      </p>
      <ol class="search-results">
        {hits.map((hit) => <HitItem key={hit.node.id} hit={hit} />)}
      </ol>
      {moreError ? <ErrorNotice error={moreError} /> : null}
      {loadingMore ? <Loading what="more matches" /> : null}
      {pageInfo.hasNextPage && !loadingMore
        ? <button type="button" class="load-more" onClick={loadMore}>Load more</button>
        : null}
    </>
  );
}

function HitItem({ hit }: { hit: Hit }) {
  const info = labelOfId(hit.node.id);
  return (
    <li>
      <div class="search-hit-head">
        {info ? <LabelBadge label={info.label} /> : null}
        <a href={href("node", hit.node.id)}>{nameOf(hit.node)}</a>
        <span class="search-score" title="Relevance (BM25); higher is better">score {hit.score.toFixed(1)}</span>
      </div>
      {hit.snippet.replace(/[«»]/g, "") !== nameOf(hit.node) ? <p class="search-snippet"><Snippet text={hit.snippet} /></p> : null}
    </li>
  );
}

/** The matched passage with the API's « » marks shown as highlights. */
function Snippet({ text }: { text: string }) {
  const parts = text.split(/[«»]/);
  return <>{parts.map((part, index) => (index % 2 === 1 ? <mark key={index}>{part}</mark> : part))}</>;
}
