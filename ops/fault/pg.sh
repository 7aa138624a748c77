#!/usr/bin/env bash
# A private PostgreSQL cluster for the fault test, so that it can be stopped and restarted without
# touching the machine's cluster on 5432 (other builds and tests use that one).
#
#   pg.sh init | start | stop | restart | destroy
#   pg.sh standby-of PRIMARY_PORT     (FAULT_PG_PORT: the standby's port; then start/stop/destroy it)
#
# Environment: FAULT_PG_PORT (default 31432), FAULT_PG_DIR (default /tmp/streetgov-fault-pg-PORT).
# Runs Debian's initdb / pg_ctl (newest /usr/lib/postgresql/*/bin) as the 'postgres' OS user via
# runuser, because PostgreSQL refuses to run as root. The cluster listens on 127.0.0.1 only, with
# trust authentication (a throw-away test cluster), its socket in its own directory.
set -euo pipefail

PORT="${FAULT_PG_PORT:-31432}"
DIR="${FAULT_PG_DIR:-/tmp/streetgov-fault-pg-${PORT}}"
DATA="${DIR}/data"
BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"

log() { printf '[fault/pg.sh] %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }
[[ -x "${BIN}/pg_ctl" ]] || die "no PostgreSQL binaries under /usr/lib/postgresql/*/bin (run ops/prerequisites.sh)"

as_postgres() {
  if [[ "$(id -un)" == "postgres" ]]; then "$@"; else runuser -u postgres -- "$@"; fi
}

pg_ctl() {
  as_postgres "${BIN}/pg_ctl" -D "$DATA" -l "${DIR}/postgres.log" "$@"
}

cmd_init() {
  [[ "$PORT" != "5432" ]] || die "refusing to manage the machine's cluster on 5432"
  cmd_destroy
  mkdir -p "$DIR"
  chown postgres: "$DIR"
  as_postgres "${BIN}/initdb" -D "$DATA" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  cat >>"${DATA}/postgresql.conf" <<CONF
port = ${PORT}
listen_addresses = '127.0.0.1'
unix_socket_directories = '${DIR}'
max_connections = 60
CONF
  log "initialised ${DATA} (port ${PORT})"
}

# A hot standby of the running cluster on 127.0.0.1:PRIMARY_PORT (DD040): pg_basebackup with -R, so it
# streams from the primary (trust on 127.0.0.1, initdb's pg_hba allows replication) and answers reads.
cmd_standby_of() {
  local primary="$1"
  [[ "$PORT" != "5432" && "$primary" =~ ^[0-9]+$ ]] || die "standby-of needs the primary's port, and not 5432 for itself"
  cmd_destroy
  mkdir -p "$DIR"
  chown postgres: "$DIR"
  as_postgres "${BIN}/pg_basebackup" -h 127.0.0.1 -p "$primary" -U postgres -D "$DATA" -R -X stream
  cat >>"${DATA}/postgresql.conf" <<CONF
port = ${PORT}
unix_socket_directories = '${DIR}'
CONF
  log "initialised ${DATA} as a standby of 127.0.0.1:${primary} (port ${PORT})"
}

cmd_start() { pg_ctl -w -t 30 start >/dev/null; }
cmd_stop() { pg_ctl -w -t 30 -m fast stop >/dev/null; }
cmd_restart() { pg_ctl -w -t 30 -m fast restart >/dev/null; }

cmd_destroy() {
  if [[ -f "${DATA}/postmaster.pid" ]]; then
    pg_ctl -w -t 30 -m immediate stop >/dev/null 2>&1 || true
  fi
  rm -rf "$DIR"
}

case "${1:-}" in
  init) cmd_init ;;
  start) cmd_start ;;
  stop) cmd_stop ;;
  restart) cmd_restart ;;
  destroy) cmd_destroy ;;
  standby-of) cmd_standby_of "${2:-}" ;;
  *) sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
