// graphql-sse (distinct connections mode) subscribing to graphChanged: prints the first event it receives.
// Arguments: the API's base URL, then optionally a bearer credential.
import { createClient } from 'graphql-sse';

const [base, bearer] = process.argv.slice(2);
const client = createClient({
  url: `${base}/graphql/stream`,
  headers: bearer ? { authorization: `Bearer ${bearer}` } : {},
  retryAttempts: 0,
});
const query = 'subscription { graphChanged { graphVersion kind nodes { id label removed } relationshipTypes nodesWritten relationshipsWritten complete } }';
const result = await new Promise((resolve, reject) => {
  const timer = setTimeout(() => reject(new Error('no event within 60 s')), 60_000);
  const dispose = client.subscribe({ query }, {
    next: (value) => { clearTimeout(timer); dispose(); resolve(value); },
    error: (error) => { clearTimeout(timer); reject(error); },
    complete: () => {},
  });
});
client.dispose();
console.log(JSON.stringify({ received: result }));
