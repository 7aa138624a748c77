#!/usr/bin/env bash
# Fault test: intake under load while PostgreSQL is restarted (and, with FAULT_KEYCLOAK=true, while
# Keycloak is down for a minute). See README.md next to this script for what it proves and the figures.
#
#   ops/fault/run.sh              (also run by ./mvnw -B verify, in the ops module)
#
# Starts its OWN PostgreSQL cluster on 127.0.0.1:31432 (ops/fault/pg.sh; the machine's cluster on
# 5432 is never restarted) with a hot standby on 31433 that the dashboards read from, Keycloak on
# 31180/31900 (its database on the machine's cluster) and the application on 31080 with its database
# on the private cluster; runs ops/fault/StandbyCheck.java (figures from the standby: lag shown, stale
# within the limit, the primary's beyond it or when the standby stops), then ops/fault/FaultLoad.java,
# which injects the faults and checks the outcome; stops everything it started, also on failure.
# Environment: FAULT_KEYCLOAK=true keeps Keycloak down 60 s and asserts the API meanwhile; FAULT_RESULTS=FILE also writes the figures
# there; FAULT_SCRIPT=FILE runs that script against the stack instead of FaultLoad (exploration).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
APP_PORT=31080 KC_PORT=31180 KC_MGMT=31900
export FAULT_PG_PORT="${FAULT_PG_PORT:-31432}"
export FAULT_STANDBY_PORT="${FAULT_STANDBY_PORT:-31433}"
WORK="${FAULT_WORK:-$ROOT/ops/target/fault}"
mkdir -p "$WORK"
log() { printf '[fault/run.sh] %s\n' "$*" >&2; }

[[ -f ui/target/streetgov.war && -f ui/target/payara-micro.jar ]] \
  || { log "ERROR: build the WAR first (./mvnw -B verify builds it before this runs)"; exit 1; }

stop() {
  local rc=$?
  # A failed run leaves CI nothing but this output: show the application's unexpected failures (the
  # 500s' correlation ids, exception chains and the product's own frames) before the stack goes away.
  if (( rc != 0 )) && [[ -f "$WORK/app/payara.log" ]]; then
    log "the application's unexpected failures (from $WORK/app/payara.log):"
    grep -a -A 150 'Unexpected failure\|SEVERE' "$WORK/app/payara.log" \
      | grep -a -E 'Unexpected failure|SEVERE|Exception|Caused by|^\s+at com\.streetgov' | head -n 80 >&2 || true
  fi
  ops/app.sh stop --work "$WORK/app" >/dev/null 2>&1 || true
  ops/keycloak/keycloak.sh stop --http-port "$KC_PORT" >/dev/null 2>&1 || true
  FAULT_PG_PORT="$FAULT_STANDBY_PORT" ops/fault/pg.sh destroy || true
  ops/fault/pg.sh destroy || true
  ops/keycloak/keycloak.sh dropdb --db streetgov_fault_keycloak >/dev/null 2>&1 || true
  log "stopped everything it started (exit ${rc})"
}
trap stop EXIT

ops/fault/pg.sh init
ops/fault/pg.sh start
# Its hot standby (DD040), which the application's dashboards read from (StandbyCheck.java).
FAULT_PG_PORT="$FAULT_STANDBY_PORT" ops/fault/pg.sh standby-of "$FAULT_PG_PORT"
FAULT_PG_PORT="$FAULT_STANDBY_PORT" ops/fault/pg.sh start
# Keycloak's database stays on the machine's cluster; only the application's is restarted.
(unset PGPORT; ops/keycloak/keycloak.sh start --http-port "$KC_PORT" --mgmt-port "$KC_MGMT" \
  --db streetgov_fault_keycloak --fresh) &
kc=$!
# The fault test needs the demo districts, not their generated year of matters (90 s of loading).
STREETGOV_STANDBYS="main=127.0.0.1:${FAULT_STANDBY_PORT}" STREETGOV_STANDBY_MAX_LAG_MILLIS=8000 \
STREETGOV_DEMO_HISTORY=false PGHOST=127.0.0.1 PGPORT="$FAULT_PG_PORT" ops/app.sh start --port "$APP_PORT" --db streetgov_fault \
  --keycloak-port "$KC_PORT" --seed-demo --fresh-db --work "$WORK/app" &
app=$!
wait "$kc"
wait "$app"

export FAULT_APP="http://localhost:${APP_PORT}" FAULT_KC="http://localhost:${KC_PORT}" FAULT_KC_MGMT="$KC_MGMT"
if [[ -n "${FAULT_SCRIPT:-}" ]]; then
  bash "$FAULT_SCRIPT"
  exit 0
fi
javac -d "$WORK/classes" ops/fault/*.java
java -cp "$WORK/classes" StandbyCheck | tee "$WORK/standby.txt"
java -cp "$WORK/classes" FaultLoad | tee "$WORK/results.txt"
cat "$WORK/standby.txt" >> "$WORK/results.txt"
if [[ -n "${FAULT_RESULTS:-}" ]]; then cp "$WORK/results.txt" "$FAULT_RESULTS"; fi
