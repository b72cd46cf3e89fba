// graphql-js's own introspection query with every October 2021 option on (specifiedByURL, isRepeatable, deprecated
// arguments and input fields, the schema's description), turned into a client schema as tools such as GraphiQL do.
import { buildClientSchema, getIntrospectionQuery, printSchema } from 'graphql';

const base = process.argv[2];
const query = getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true });
const response = await fetch(`${base}/graphql`, {
  method: 'POST',
  headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
  body: JSON.stringify({ query }),
});
const body = await response.json();
const result = { status: response.status, errors: (body.errors ?? []).map((e) => e.message) };
if (body.data) {
  const schema = buildClientSchema(body.data);
  const specifiedBy = schema.getDirective('specifiedBy');
  result.specifiedByURL = Object.fromEntries(['DateTime', 'Date', 'URL', 'JSON', 'String'].map((name) => [name, schema.getType(name)?.specifiedByURL ?? null]));
  result.directives = schema.getDirectives().map((d) => ({ name: d.name, isRepeatable: d.isRepeatable }));
  result.specifiedByOnScalar = specifiedBy?.locations ?? [];
  result.deprecatedLocations = schema.getDirective('deprecated')?.locations ?? [];
  result.description = schema.description ?? null;
  result.sdlMentionsSpecifiedBy = printSchema(schema).includes('scalar DateTime @specifiedBy(url: "https://scalars.graphql.org/andimarek/date-time")');
}
console.log(JSON.stringify(result));
