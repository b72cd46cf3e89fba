// Bundles the explorer into the files the API embeds (src/KnowledgeGraph.Api/Explorer): index.html, explorer.js,
// explorer.css and THIRD-PARTY-NOTICES.txt with the licence of every package in the bundle. The output depends only
// on the sources and the locked packages, so the test command can rebuild it elsewhere (--out DIR) and compare.
import { build } from "esbuild";
import { copyFile, mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const outIndex = process.argv.indexOf("--out");
const out = outIndex > 0 ? process.argv[outIndex + 1] : join(here, "../src/KnowledgeGraph.Api/Explorer");
await mkdir(out, { recursive: true });

const result = await build({
  entryPoints: { explorer: join(here, "src/main.tsx") },
  outdir: out,
  bundle: true,
  minify: true,
  format: "esm",
  target: ["es2022"],
  jsx: "automatic",
  jsxImportSource: "preact",
  legalComments: "none",
  charset: "utf8",
  metafile: true,
  logLevel: "warning",
});

await copyFile(join(here, "src/index.html"), join(out, "index.html"));

// One notice per bundled package, read from its own LICENSE file.
const packages = new Set();
for (const input of Object.keys(result.metafile.inputs)) {
  const match = input.match(/node_modules\/((?:@[^/]+\/)?[^/]+)\//);
  if (match) packages.add(match[1]);
}
const notices = [];
for (const name of [...packages].sort()) {
  const dir = join(here, "node_modules", name);
  const { version, license } = JSON.parse(await readFile(join(dir, "package.json"), "utf8"));
  let text = "";
  for (const file of ["LICENSE", "LICENSE.md", "LICENSE.txt", "license"]) {
    text = await readFile(join(dir, file), "utf8").catch(() => "");
    if (text) break;
  }
  notices.push(`${name} ${version} (${license})\n\n${text.trim()}\n`);
}
await writeFile(join(out, "THIRD-PARTY-NOTICES.txt"),
  "The explorer bundles these packages; their licences follow.\n\n" + notices.join("\n" + "-".repeat(78) + "\n\n"));
