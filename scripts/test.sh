#!/usr/bin/env bash
# Runs the whole test suite. Installs first what the tests need and the machine lacks (Debian's chromium for the
# GraphiQL browser test, postgresql and redis-server for the tests that start their own private servers), then prints
# a last line "N passed, N failed" (the format check `dotnet format --verify-no-changes` counts as one test).
set -uo pipefail
cd "$(dirname "$0")/.."

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
# The PostgreSQL store tests start their own private server from these binaries. Installing Debian's package may also
# start a default cluster on port 5432 (systemd/pg_ctlcluster): harmless, the tests never use it.
compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || missing+=(postgresql)
# The cache tests start private Redis servers (and stop them to prove the API survives it).
[ -x /usr/bin/redis-server ] || missing+=(redis-server)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]} ..."
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null \
    || { echo "could not install ${missing[*]}"; echo "0 passed, 1 failed"; exit 1; }
fi

# The Cypher export is checked by Neo4j's own Cypher parser, an npm package kept out of git in tools/cypher-lint.
if [ ! -d tools/cypher-lint/node_modules/@neo4j-cypher/language-support ]; then
  npm install --silent --no-audit --no-fund --prefix tools/cypher-lint @neo4j-cypher/language-support@2.0.0-next.38 >/dev/null 2>&1 \
    || { echo "could not install the Cypher checker (npm)"; echo "0 passed, 1 failed"; exit 1; }
fi

# Real JavaScript clients (Apollo Client, urql, graphql-sse, graphql-ws, GraphQL Code Generator) run against the API
# from tests/clients, at the versions its package-lock.json pins.
if [ ! -d tests/clients/node_modules ]; then
  npm ci --silent --no-audit --no-fund --prefix tests/clients >/dev/null 2>&1 \
    || { echo "could not install the JavaScript clients (npm)"; echo "0 passed, 1 failed"; exit 1; }
fi

results=$(mktemp -d)
trap 'rm -rf "$results"' EXIT

# The explorer (explorer/, TypeScript over the public API) is rebuilt from its sources and compared with what is
# committed: the typed operations generated from schema/knowledge-graph.graphql, then the bundle the API embeds
# (src/KnowledgeGraph.Api/Explorer). A schema change that breaks an operation, a type error, or a bundle that was not
# rebuilt after a change of its sources each fail this check, which counts as one test.
if [ ! -d explorer/node_modules ]; then
  npm ci --silent --no-audit --no-fund --prefix explorer >/dev/null 2>&1 \
    || { echo "could not install the explorer's packages (npm)"; echo "0 passed, 1 failed"; exit 1; }
fi
explorer_check() {
  (cd explorer && EXPLORER_GENERATED_DIR="$results/explorer/generated" npx --no-install graphql-codegen --config codegen.ts) \
    && diff -r "$results/explorer/generated" explorer/src/generated \
    && npm --prefix explorer run --silent typecheck \
    && node explorer/build.mjs --out "$results/explorer/bundle" \
    && diff -r "$results/explorer/bundle" src/KnowledgeGraph.Api/Explorer
}
explorer_failed=0
if ! explorer_check >"$results/explorer.log" 2>&1; then
  explorer_failed=1
  sed -n '1,40p' "$results/explorer.log"
  echo "The explorer's committed build differs from its sources: run 'npm run build --prefix explorer' and commit the result."
fi
dotnet test KnowledgeGraph.sln --logger "trx" --results-directory "$results" "$@"
status=$?
[ "$explorer_failed" -eq 0 ] || [ "$status" -ne 0 ] || status=1

passed=$((1 - explorer_failed))
failed=$explorer_failed
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx")
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0}))
done
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  failed=1   # the build or the test host failed before any test could report
fi

# The house style is checked like a test: code that dotnet format would change counts as one failure.
if dotnet format KnowledgeGraph.sln --verify-no-changes --no-restore >"$results/format.log" 2>&1; then
  passed=$((passed + 1))
else
  sed -n '1,20p' "$results/format.log"
  echo "dotnet format would change the files above: run 'dotnet format KnowledgeGraph.sln'."
  failed=$((failed + 1))
  [ "$status" -ne 0 ] || status=1
fi
echo "$passed passed, $failed failed"
exit "$status"
