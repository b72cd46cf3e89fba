// urql with graphcache's normalized cache: a query kept open, then a mutation of the entity it shows; graphcache
// updates the open query from the mutation's result. Prints every result the query delivered and the HTTP requests.
import { Client, fetchExchange, gql } from '@urql/core';
import { cacheExchange } from '@urql/exchange-graphcache';

const [base, curatorKey, id] = process.argv.slice(2);
const requests = [];
const client = new Client({
  url: `${base}/graphql`,
  exchanges: [cacheExchange({}), fetchExchange],
  fetchOptions: { headers: { authorization: `Bearer ${curatorKey}` } },
  fetch: (url, options) => {
    requests.push(options?.method ?? 'GET');
    return fetch(url, options);
  },
});

const tactic = gql`query Tactic($id: ID!) { node(id: $id) { id ... on Tactic { name version } } }`;
const seen = [];
let resolveFirst;
const firstResult = new Promise((resolve) => { resolveFirst = resolve; });
let resolveUpdate;
const updated = new Promise((resolve) => { resolveUpdate = resolve; });
const subscription = client.query(tactic, { id }).subscribe((result) => {
  if (result.error) {
    seen.push({ error: result.error.message });
  } else if (result.data?.node) {
    seen.push({ name: result.data.node.name, version: result.data.node.version, stale: !!result.stale });
  }
  if (seen.length === 1) resolveFirst();
  if (seen.length > 1 && result.data?.node?.version > seen[0].version) resolveUpdate();
});
await firstResult;
const version = seen[0].version;
const requestsBeforeMutation = requests.length;
const mutation = await client.mutation(
  gql`mutation Rename($id: ID!, $version: Int!, $name: String!) { updateTactic(id: $id, version: $version, patch: { name: $name }) { id name version } }`,
  { id, version, name: 'Renamed by urql' },
).toPromise();
await Promise.race([updated, new Promise((resolve) => setTimeout(resolve, 5000))]);
subscription.unsubscribe();
console.log(JSON.stringify({
  seen,
  mutationError: mutation.error?.message ?? null,
  requestsBeforeMutation,
  requests,
}));
