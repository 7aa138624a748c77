#!/usr/bin/env bash
# Benchmark: intake + routing + persist over HTTP under load, beside a raw PostgreSQL single-row insert
# baseline (pgbench) measured in the same run, at the same concurrency.
#
#   ops/benchmark/run.sh [CONCURRENCY] [SECONDS]      (defaults 8 and 20)
#
# Starts its own Keycloak and application (ports 28180/29000/28080, fresh databases streetgov_bench*),
# runs pgbench, then IntakeLoad (max rate closed-loop, then half of it open-loop with percentiles),
# prints both and the ratio, and stops what it started. Results: ops/benchmark/results/<timestamp>.txt
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
C="${1:-8}"
T="${2:-20}"
APP_PORT=28080 KC_PORT=28180 KC_MGMT=29000
WORK="$ROOT/ops/.local/bench"
OUT="$ROOT/ops/benchmark/results"
mkdir -p "$WORK" "$OUT"
PGHOST="${PGHOST:-127.0.0.1}" PGUSER="${PGUSER:-postgres}"
export PGHOST PGUSER

stop() {
  ops/app.sh stop --work "$WORK" >/dev/null 2>&1 || true
  ops/keycloak/keycloak.sh stop --http-port "$KC_PORT" >/dev/null 2>&1 || true
}
trap stop EXIT

[[ -f ui/target/streetgov.war ]] || ./mvnw -q -B -DskipTests install
ops/keycloak/keycloak.sh start --http-port "$KC_PORT" --mgmt-port "$KC_MGMT" --db streetgov_bench_keycloak --fresh
ops/app.sh start --port "$APP_PORT" --db streetgov_bench --keycloak-port "$KC_PORT" --seed-demo --work "$WORK" --fresh-db
# A freshly started Keycloak and application keep compiling and warming caches for a while after
# they report ready; measure after that, not during it.
sleep "${STREETGOV_BENCH_SETTLE:-30}"

# Baseline: raw single-row inserts with pgbench, same concurrency, on the same server.
psql -q -d postgres -c "drop database if exists streetgov_bench_pg" -c "create database streetgov_bench_pg"
psql -q -d streetgov_bench_pg -c "create table bench_matter (district_id varchar(32) not null, id bigserial,
  title varchar(300) not null, description varchar(4000) not null, street varchar(64) not null,
  received_at timestamp not null, primary key (district_id, id))"
pg_line="$(pgbench -n -c "$C" -j 2 -T "$T" -f ops/benchmark/insert.sql streetgov_bench_pg 2>/dev/null \
  | grep -E '^tps' | head -1)"
pg_tps="$(sed -E 's/^tps = ([0-9.]+).*/\1/' <<<"$pg_line")"

load="$(java ops/benchmark/IntakeLoad.java "http://localhost:${APP_PORT}" \
  "http://localhost:${KC_PORT}" xicheng-staff "$C" "$T")"
max_rps="$(sed -nE 's/^max_rps=([0-9.]+).*/\1/p' <<<"$load")"
# The web tier's own ceiling: the same HTTP + token checks on GET /api/me, no intake.
ceiling="$(java ops/benchmark/IntakeLoad.java "http://localhost:${APP_PORT}" \
  "http://localhost:${KC_PORT}" xicheng-staff "$C" "$T" me | head -1)"
me_rps="$(sed -nE 's/^max_rps=([0-9.]+).*/\1/p' <<<"$ceiling")"
ratio="$(awk -v a="$max_rps" -v b="$pg_tps" 'BEGIN { printf "%.3f", a / b }')"
ratio_web="$(awk -v a="$max_rps" -v b="$me_rps" 'BEGIN { printf "%.3f", a / b }')"

stamp="$(date -u +%Y%m%dT%H%M%SZ)"
{
  echo "# intake benchmark ${stamp} on $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB"
  echo "command: ops/benchmark/run.sh ${C} ${T}"
  echo "pgbench single-row insert (c=${C}, j=2, ${T}s): tps=${pg_tps}"
  echo "intake (POST /api/matters): $(head -1 <<<"$load")"
  echo "intake at half that rate:    $(tail -1 <<<"$load")"
  echo "web-tier ceiling (GET /api/me, same auth): ${ceiling}"
  echo "ratio intake/web tier = ${ratio_web} (goal >= 0.5); intake/pgbench = ${ratio}; p99 at half max rate: goal <= 50 ms"
} | tee "$OUT/${stamp}.txt"
