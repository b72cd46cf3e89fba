// graphql-ws (with the ws package as WebSocket) subscribing to graphChanged: prints the first event it receives.
// Arguments: the API's base URL, then optionally a bearer credential (sent in the connection_init payload).
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const [base, bearer] = process.argv.slice(2);
const client = createClient({
  url: `${base.replace(/^http/, 'ws')}/graphql`,
  webSocketImpl: WebSocket,
  connectionParams: bearer ? { authorization: `Bearer ${bearer}` } : undefined,
  retryAttempts: 0,
});
const query = 'subscription { graphChanged { graphVersion kind nodes { id label removed } relationshipTypes nodesWritten relationshipsWritten complete } }';
const version = await client.iterate({ query: '{ graphVersion }' }).next();
const result = await new Promise((resolve, reject) => {
  const timer = setTimeout(() => reject(new Error('no event within 60 s')), 60_000);
  const dispose = client.subscribe({ query }, {
    next: (value) => { clearTimeout(timer); dispose(); resolve(value); },
    error: (error) => { clearTimeout(timer); reject(error instanceof Error ? error : new Error(JSON.stringify(error))); },
    complete: () => {},
  });
});
await client.dispose();
console.log(JSON.stringify({ before: version.value, received: result }));
