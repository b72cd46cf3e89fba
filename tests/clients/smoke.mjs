// The harness itself: a plain fetch of the API's health, proving node reaches the host the test started.
const base = process.argv[2];
const response = await fetch(`${base}/graphql`, {
  method: 'POST',
  headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
  body: JSON.stringify({ query: '{ industries(first: 1) { totalCount } }' }),
});
const body = await response.json();
console.log(JSON.stringify({ status: response.status, totalCount: body.data?.industries?.totalCount ?? null }));
