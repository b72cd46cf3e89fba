#!/usr/bin/env bash
# pg-down.sh WORK_DIR [--purge] — stop the private cluster started by pg-up.sh (fast shutdown);
# --purge also deletes WORK_DIR/pgdata.
set -euo pipefail
ROOT=${1:?usage: pg-down.sh WORK_DIR [--purge]}
PGBIN=${PGBIN:-$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)}
PGDATA=$ROOT/pgdata
if [ -s "$PGDATA/postmaster.pid" ] && runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PGDATA" status >/dev/null 2>&1; then
  t0=$(date +%s%N)
  runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PGDATA" -m fast -w -t 60 stop >/dev/null
  echo "pg stop: $(( ($(date +%s%N)-t0)/1000000 )) ms"
else
  echo "postgres not running"
fi
if [ "${2:-}" = "--purge" ]; then rm -rf "$PGDATA" "$ROOT/pgsock"; echo "purged $PGDATA"; fi
