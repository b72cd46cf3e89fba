#!/usr/bin/env bash
# Retakes the explorer's screenshots in docs/explorer (the README shows them) by running the explorer's browser
# tests, and prints each view's GraphQL request count and times on the seed graph, measured in that run.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d explorer/node_modules ] || npm ci --silent --no-audit --no-fund --prefix explorer
export KG_EXPLORER_SCREENSHOTS=docs/explorer
dotnet test tests/KnowledgeGraph.Tests --filter "FullyQualifiedName~KnowledgeGraph.Tests.Explorer" --logger "console;verbosity=minimal"
printf '%-28s %9s %22s %18s\n' view requests "first paint (ms)" "data shown (ms)"
for f in docs/explorer/*.json; do
  node -e 'const m = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    console.log([m.view.padEnd(28), String(m.graphQLRequests).padStart(9), String(m.firstContentfulPaintMs ?? "-").padStart(22), String(m.loadedMs ?? "-").padStart(18)].join(" "))' "$f"
done
