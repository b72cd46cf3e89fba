// Plain JSON POST to /graphql. The parsed JSON body is returned even on
// HTTP 400 (GraphQL validation errors), so GraphiQL shows the errors.
// Header key is lowercase on purpose: createFetcher's defaults use "accept",
// and a differently-cased key would be merged into one combined header.
var fetcher = GraphiQL.createFetcher({
  url: '/graphql',
  enableIncrementalDelivery: false,
  headers: { accept: 'application/graphql-response+json, application/json' }
});

var defaultQuery = [
  '# Which interventions are in the graph, and what did they find? (only EFFECT findings carry an effect)',
  'query Interventions {',
  '  interventions(first: 5, orderBy: {field: NAME, direction: ASC}) {',
  '    totalCount',
  '    nodes { id name findings(first: 3) { nodes { kind effect evidenceKind evidenceStrength summary } } }',
  '  }',
  '}',
  ''
].join('\n');

ReactDOM.createRoot(document.getElementById('graphiql')).render(
  React.createElement(GraphiQL, { fetcher: fetcher, defaultQuery: defaultQuery })
);
