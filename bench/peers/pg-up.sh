#!/usr/bin/env bash
# pg-up.sh WORK_DIR — create (first time) and start a private PostgreSQL cluster in WORK_DIR/pgdata on
# 127.0.0.1:55433 (PGPORT), socket in WORK_DIR/pgsock, log in WORK_DIR/logs/pg.log. Must run as root; the cluster
# is owned by the 'postgres' OS user (initdb refuses to run as root), so WORK_DIR must be traversable by it.
set -euo pipefail
ROOT=${1:?usage: pg-up.sh WORK_DIR}
PGBIN=${PGBIN:-$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)}
PGDATA=$ROOT/pgdata
PGSOCK=$ROOT/pgsock
PGPORT=${PGPORT:-55433}
PGDB=${PGDB:-kg}

[ "$(id -u)" = 0 ] || { echo "pg-up.sh: run as root" >&2; exit 1; }
as_pg() { runuser -u postgres -- "$@"; }

mkdir -p "$PGSOCK" "$ROOT/logs"; chown postgres:postgres "$PGSOCK"; chmod 700 "$PGSOCK"
touch "$ROOT/logs/pg.log"; chown postgres:postgres "$ROOT/logs/pg.log"

if [ ! -s "$PGDATA/PG_VERSION" ]; then
  mkdir -p "$PGDATA"; chown postgres:postgres "$PGDATA"; chmod 700 "$PGDATA"
  t0=$(date +%s%N)
  as_pg "$PGBIN/initdb" -D "$PGDATA" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$ROOT/logs/initdb.log"
  echo "initdb: $(( ($(date +%s%N)-t0)/1000000 )) ms"
  # Benchmark-only tuning: durability off (throw-away data), sized for a 2-core/24 GB VM.
  cat >>"$PGDATA/postgresql.conf" <<CONF
# ---- peers benchmark settings ----
listen_addresses = '127.0.0.1'
port = $PGPORT
unix_socket_directories = '$PGSOCK'
max_connections = 100
shared_buffers = 1GB
effective_cache_size = 4GB
work_mem = 16MB
maintenance_work_mem = 512MB
random_page_cost = 1.1
jit = off
fsync = off
synchronous_commit = off
full_page_writes = off
wal_level = minimal
max_wal_senders = 0
max_wal_size = 4GB
checkpoint_timeout = 30min
autovacuum = on
logging_collector = off
log_min_messages = warning
CONF
  # loopback only, trust (private throw-away cluster)
  cat >"$PGDATA/pg_hba.conf" <<HBA
local all all trust
host  all all 127.0.0.1/32 trust
HBA
fi

if as_pg "$PGBIN/pg_ctl" -D "$PGDATA" status >/dev/null 2>&1; then
  echo "postgres already running (pid $(head -1 "$PGDATA/postmaster.pid"))"
else
  t0=$(date +%s%N)
  as_pg "$PGBIN/pg_ctl" -D "$PGDATA" -l "$ROOT/logs/pg.log" -w -t 60 start >/dev/null
  echo "pg start: $(( ($(date +%s%N)-t0)/1000000 )) ms (pid $(head -1 "$PGDATA/postmaster.pid"))"
fi

if ! psql -h 127.0.0.1 -p "$PGPORT" -U postgres -Atqc "select 1 from pg_database where datname='$PGDB'" postgres | grep -q 1; then
  psql -h 127.0.0.1 -p "$PGPORT" -U postgres -qc "create database $PGDB" postgres
fi
echo "ready: postgres://postgres@127.0.0.1:$PGPORT/$PGDB"
