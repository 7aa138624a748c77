#!/usr/bin/env bash
# Benchmark: the results dashboard's computations over the demo districts' generated year of matters
# (Xicheng about 140,000), warm, beside baselines measured in the same run.
#
#   ops/benchmark/results.sh [WARMUP] [RUNS]          (defaults 30 and 200)
#
# Starts its own Keycloak and application (ports 28180/29000/28080, fresh databases streetgov_bench*)
# with the demo districts and their generated history, records how long seeding took (from the
# application's log), then runs ResultsLoad: the dashboard's SQL as the application's role with
# app.district set (row-level security on), p50/p95/p99 per computation, and EXPLAIN ANALYZE of the
# heaviest one. STREETGOV_BENCH_REUSE=1 skips the start and measures the existing streetgov_bench
# database. Results: ops/benchmark/results/results-<timestamp>.txt
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
WARMUP="${1:-30}"
RUNS="${2:-200}"
APP_PORT=28080 KC_PORT=28180 KC_MGMT=29000
WORK="$ROOT/ops/.local/bench-results"
OUT="$ROOT/ops/benchmark/results"
DB=streetgov_bench
mkdir -p "$WORK" "$OUT"
PGHOST="${PGHOST:-127.0.0.1}" PGUSER="${PGUSER:-postgres}" PGPORT="${PGPORT:-5432}"
export PGHOST PGUSER PGPORT
APP_USER="${STREETGOV_DB_USER:-streetgov_app}" APP_PASSWORD="${STREETGOV_DB_PASSWORD:-streetgov-app}"

started=0
stop() {
  if (( started )); then
    ops/app.sh stop --work "$WORK" >/dev/null 2>&1 || true
    ops/keycloak/keycloak.sh stop --http-port "$KC_PORT" >/dev/null 2>&1 || true
  fi
}
trap stop EXIT

[[ -f ui/target/streetgov.war ]] || { echo "build the WAR first: ./mvnw -B -DskipTests package" >&2; exit 1; }
jar="$(ls ui/target/streetgov/WEB-INF/lib/postgresql-*.jar 2>/dev/null | head -1)"
[[ -n "$jar" ]] || { echo "no PostgreSQL driver under ui/target/streetgov/WEB-INF/lib" >&2; exit 1; }

seeding="(reused database ${DB})"
if [[ "${STREETGOV_BENCH_REUSE:-0}" != 1 ]]; then
  started=1
  ops/keycloak/keycloak.sh start --http-port "$KC_PORT" --mgmt-port "$KC_MGMT" --db streetgov_bench_keycloak --fresh
  t0=$SECONDS
  ops/app.sh start --port "$APP_PORT" --db "$DB" --keycloak-port "$KC_PORT" --seed-demo --work "$WORK" --fresh-db \
    --timeout 600
  seeding="$(grep -aoE 'generated the demo history of .*|demo districts seeded in .*' "$WORK/payara.log" || true)
application ready $((SECONDS - t0)) s after ops/app.sh start (fresh database, migrations, seeding)"
  sleep "${STREETGOV_BENCH_SETTLE:-10}"
fi

url="jdbc:postgresql://${PGHOST}:${PGPORT}/${DB}"
xicheng="$(java -cp "$jar" ops/benchmark/ResultsLoad.java "$url" "$APP_USER" "$APP_PASSWORD" xicheng 19 "$WARMUP" "$RUNS")"
luohu="$(java -cp "$jar" ops/benchmark/ResultsLoad.java "$url" "$APP_USER" "$APP_PASSWORD" luohu 1 "$WARMUP" "$RUNS")"
volumes="$(psql -X -q -A -F ' ' -t -d "$DB" -c "select m.district_id, count(*) as matters,
  count(v.matter_number) as visits from matter m left join return_visit v
  on v.district_id = m.district_id and v.matter_number = m.number group by 1 order by 1")"
# The heaviest computation, as the planner runs it (owner connection: plan shape, not the timing above).
plan="$(psql -X -q -A -t -d "$DB" -c "explain (analyze, buffers, costs off)
  select date_trunc('month', m.received_at - interval '18 days') + interval '1 month', count(*),
         count(*) filter (where v.reached and v.resolved)
  from matter m join return_visit v on v.district_id = m.district_id and v.matter_number = m.number
       and v.state = 'DONE'
  left join matter_exclusion x on x.district_id = m.district_id and x.matter_number = m.number and x.state = 'APPROVED'
  where m.district_id = 'xicheng' and m.received_at >= now() - interval '13 months' group by 1")"

stamp="$(date -u +%Y%m%dT%H%M%SZ)"
{
  echo "# results benchmark ${stamp} on $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(psql -X -A -t -d "$DB" -c 'show server_version')"
  echo "command: ops/benchmark/results.sh ${WARMUP} ${RUNS}"
  echo "## seeding"
  echo "$seeding"
  echo "## volumes (district matters visits)"
  echo "$volumes"
  echo "## xicheng (as ${APP_USER}, app.district set, row-level security on)"
  echo "$xicheng"
  echo "## luohu"
  echo "$luohu"
  echo "## plan of the 12-period trend (xicheng)"
  echo "$plan"
} | tee "$OUT/results-${stamp}.txt"
