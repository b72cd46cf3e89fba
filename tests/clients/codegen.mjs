// GraphQL Code Generator (typescript + typescript-operations, strictScalars) over the schema the host serves and
// the dashboard's operations in dashboard/*.graphql, then tsc --strict over dashboard/panels.ts and the generated
// types. A second, deliberately wrong file shows the compiler does catch a misuse of the types.
// Prints {generated, operations, diagnostics, messages, wrongDiagnostics}.
import { generate } from '@graphql-codegen/cli';
import { copyFile, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const base = process.argv[2];
const here = fileURLToPath(new URL('.', import.meta.url));
const out = await mkdtemp(join(tmpdir(), 'dashboard-codegen-'));
const generated = join(out, 'graphql.ts');
const scalars = { DateTime: 'string', Date: 'string', URL: 'string', JSON: 'unknown' };

await generate(
  {
    schema: `${base}/graphql/schema.graphql`,
    documents: join(here, 'dashboard', '*.graphql'),
    silent: true,
    generates: {
      // Every schema type (typescript plugin); typescript-operations 6 writes the enums and inputs its operations use itself.
      [join(out, 'schema-types.ts')]: {
        plugins: ['typescript'],
        config: { strictScalars: true, enumsAsTypes: true, scalars },
      },
      [generated]: {
        plugins: ['typescript-operations'],
        config: { strictScalars: true, scalars },
      },
    },
  },
  true,
);

await copyFile(join(here, 'dashboard', 'panels.ts'), join(out, 'panels.ts'));
await writeFile(join(out, 'wrong.ts'), `import type { Verdict, WhatWorkedPanelQuery } from './graphql';
export const v: Verdict = 'PROBABLY_WORKED';
export const n = (q: WhatWorkedPanelQuery): number => q.whatWorked.length;
`);

function compile(files) {
  const program = ts.createProgram(files, { strict: true, noEmit: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ES2022, moduleResolution: ts.ModuleResolutionKind.Bundler, skipLibCheck: true });
  const diagnostics = ts.getPreEmitDiagnostics(program);
  return { count: diagnostics.length, messages: diagnostics.slice(0, 20).map((d) => `${d.file ? d.file.fileName.replace(out, '') : ''}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`) };
}

const right = compile([join(out, 'panels.ts')]);
const wrong = compile([join(out, 'wrong.ts')]);
const text = await readFile(generated, 'utf8');
const schemaTypes = await readFile(join(out, 'schema-types.ts'), 'utf8');
const operations = (await readdir(join(here, 'dashboard'))).filter((f) => f.endsWith('.graphql')).length;
await rm(out, { recursive: true, force: true });
console.log(JSON.stringify({
  generated: text.length,
  operations,
  scalars: /DateTime: \{ input: string; output: string; \}/.test(schemaTypes) && /JSON: \{ input: unknown; output: unknown; \}/.test(schemaTypes),
  verdictUnion: /export type Verdict =[^;]*'WORKED'/.test(text),
  diagnostics: right.count,
  messages: right.messages,
  wrongDiagnostics: wrong.count,
}));
