// graphql-schema-linter's description rules over the published SDL file and over the SDL the running host serves.
// Prints {file: {findings, messages}, live: {findings, messages}}; the test asserts both are zero.
import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const base = process.argv[2];
const here = fileURLToPath(new URL('.', import.meta.url));
const linter = join(here, 'node_modules', 'graphql-schema-linter', 'lib', 'cli.js');
const rules = [
  'types-have-descriptions',
  'fields-have-descriptions',
  'arguments-have-descriptions',
  'enum-values-have-descriptions',
  'input-object-values-have-descriptions',
];

function lint(path) {
  return new Promise((resolve, reject) => {
    // Exit code 1 means findings; the JSON report on stdout says which.
    execFile(process.execPath, [linter, '--rules', rules.join(','), '--format', 'json', path], { maxBuffer: 64 << 20 }, (error, stdout, stderr) => {
      if (error && error.code !== 1) {
        reject(new Error(`linter failed (${error.code}): ${stderr}`));
        return;
      }
      const report = JSON.parse(stdout);
      resolve({ findings: report.errors.length, messages: report.errors.slice(0, 20).map((e) => `${e.rule}: ${e.message}`) });
    });
  });
}

const response = await fetch(`${base}/graphql/schema.graphql`);
const dir = await mkdtemp(join(tmpdir(), 'schema-lint-'));
const livePath = join(dir, 'live.graphql');
await writeFile(livePath, await response.text());
const file = await lint(join(here, '..', '..', 'schema', 'knowledge-graph.graphql'));
const live = await lint(livePath);
console.log(JSON.stringify({ rules: rules.length, file, live }));
