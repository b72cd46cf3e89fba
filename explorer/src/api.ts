// The explorer's only way to the data: the public GraphQL endpoint, like any other client. Queries go as GET when
// they fit in a URL (so the API's ETag and 304 answers apply) and as POST otherwise. Errors become ApiError with the
// API's extensions.code and a sentence a reader can act on.
import { useEffect, useState } from "preact/hooks";
import type { TypedDocumentString } from "./generated/graphql";

const ENDPOINT = new URL("../graphql", location.href).toString();
const MAX_GET_URL = 6000;
const KEY_STORAGE = "knowledge-graph-explorer-key";

export class ApiError extends Error {
  constructor(message: string, readonly code: string) {
    super(message);
  }
}

interface GraphQLError {
  message?: string;
  extensions?: { code?: string };
}

const ADVICE: Record<string, string> = {
  UNAUTHENTICATED: "This graph is not open to anonymous readers: enter a reader key below.",
  FORBIDDEN: "The key given may not read this.",
  RATE_LIMITED: "Too many requests for now; wait a moment and try again.",
  BUDGET_EXCEEDED: "The request cost more than the budget left; wait a moment or narrow it.",
  NETWORK: "The explorer could not reach the API. Is the server running?",
  INTERNAL: "The server failed to answer this request.",
};

/** The reader key kept for this browser tab, sent as a bearer token; empty when none. */
export function readerKey(): string {
  return sessionStorage.getItem(KEY_STORAGE) ?? "";
}

export function setReaderKey(key: string): void {
  if (key) sessionStorage.setItem(KEY_STORAGE, key);
  else sessionStorage.removeItem(KEY_STORAGE);
}

export async function request<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  signal?: AbortSignal,
): Promise<TResult> {
  const query = document.toString();
  const headers: Record<string, string> = { Accept: "application/graphql-response+json, application/json" };
  const key = readerKey();
  if (key) headers.Authorization = `Bearer ${key}`;
  const url = new URL(ENDPOINT);
  url.searchParams.set("query", query);
  if (variables && Object.keys(variables).length > 0) url.searchParams.set("variables", JSON.stringify(variables));
  let response: Response;
  try {
    response = url.toString().length <= MAX_GET_URL
      ? await fetch(url, { headers, signal })
      : await fetch(ENDPOINT, {
        method: "POST",
        headers: { ...headers, "Content-Type": "application/json" },
        body: JSON.stringify({ query, variables }),
        signal,
      });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError(ADVICE.NETWORK!, "NETWORK");
  }
  let body: { data?: TResult | null; errors?: GraphQLError[] };
  try {
    body = await response.json();
  } catch {
    throw new ApiError(`The API answered ${response.status} ${response.statusText} without a GraphQL result.`, `HTTP_${response.status}`);
  }
  const first = body.errors?.[0];
  if (first || body.data == null) {
    const code = first?.extensions?.code ?? `HTTP_${response.status}`;
    const message = first?.message ?? "The API answered without data.";
    throw new ApiError(ADVICE[code] ? `${ADVICE[code]} (${message})` : message, code);
  }
  return body.data;
}

export type QueryState<T> =
  | { readonly status: "loading" }
  | { readonly status: "error"; readonly error: ApiError }
  | { readonly status: "done"; readonly data: T };

/**
 * Runs a query when the view opens and again whenever its variables change (compared as JSON); a stale answer
 * is dropped. Pass null as variables to wait (e.g. until a form is filled in).
 */
export function useQuery<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables | null,
): QueryState<TResult> {
  const key = variables === null ? null : JSON.stringify(variables);
  const [state, setState] = useState<QueryState<TResult>>({ status: "loading" });
  useEffect(() => {
    if (key === null) return undefined;
    const abort = new AbortController();
    setState({ status: "loading" });
    request(document, JSON.parse(key) as TVariables, abort.signal).then(
      (data) => setState({ status: "done", data }),
      (error: unknown) => {
        if (abort.signal.aborted) return;
        setState({ status: "error", error: error instanceof ApiError ? error : new ApiError(String(error), "CLIENT") });
      },
    );
    return () => abort.abort();
  }, [document, key]);
  return state;
}
