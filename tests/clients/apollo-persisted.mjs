// Apollo Client 4 with its persisted-query link (hashes sent over GET) and, separately, its batch link, against the
// running host. Prints what each HTTP request carried and what the queries answered.
import { createHash } from 'node:crypto';
import { ApolloClient, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { BatchHttpLink } from '@apollo/client/link/batch-http';

const base = process.argv[2];
const uri = `${base}/graphql`;
const sent = [];
const recordingFetch = async (url, options) => {
  const parsed = new URL(url);
  const body = options?.body ? JSON.parse(options.body) : null;
  const entries = Array.isArray(body) ? body : [body ?? Object.fromEntries(parsed.searchParams)];
  const response = await fetch(url, options);
  sent.push({ method: options?.method ?? 'GET', entries: entries.length, batch: Array.isArray(body), withQuery: entries.filter((e) => e.query).length, status: response.status });
  return response;
};

const sha256 = (text) => createHash('sha256').update(text).digest('hex');
const persisted = new ApolloClient({
  cache: new InMemoryCache(),
  link: new PersistedQueryLink({ sha256, useGETForHashedQueries: true }).concat(new HttpLink({ uri, fetch: recordingFetch })),
});
const industries = gql`query DashboardIndustries { industries(first: 3) { totalCount nodes { id name } } }`;
const first = await persisted.query({ query: industries, fetchPolicy: 'network-only' });
const second = await persisted.query({ query: industries, fetchPolicy: 'network-only' });
const persistedRequests = sent.splice(0);

const batched = new ApolloClient({
  cache: new InMemoryCache(),
  link: new BatchHttpLink({ uri, batchMax: 5, batchInterval: 50, fetch: recordingFetch }),
});
const node = gql`query Node($id: ID!) { node(id: $id) { id } }`;
const results = await Promise.all([
  batched.query({ query: industries }),
  batched.query({ query: node, variables: { id: 'industry:agriculture_farmwork' } }),
  batched.query({ query: gql`query Tactic { node(id: "tactic:hashtag_campaign") { id } }` }),
]);

console.log(JSON.stringify({
  persisted: {
    requests: persistedRequests,
    firstTotal: first.data?.industries?.totalCount ?? null,
    secondTotal: second.data?.industries?.totalCount ?? null,
    firstNames: first.data?.industries?.nodes?.map((n) => n.name) ?? [],
  },
  batch: {
    requests: sent,
    total: results[0].data?.industries?.totalCount ?? null,
    nodeId: results[1].data?.node?.id ?? null,
    tacticId: results[2].data?.node?.id ?? null,
  },
}));
