#!/usr/bin/env bash
# Benchmark: the results dashboard's computations over the demo districts' generated year of matters
# (Xicheng about 140,000), warm, beside baselines measured in the same run.
#
#   ops/benchmark/results.sh [WARMUP] [RUNS]          (defaults 30 and 200)
#
# Starts its own Keycloak and application (ports 28180/29000/28080, fresh databases streetgov_bench*)
# with the demo districts and their generated history, records how long seeding took (from the
# application's log), then runs ResultsLoad: GET /api/results (the figures of the district admin's
# dashboard, computed by the application under row-level security) as xicheng-admin and luohu-admin,
# one request at a time, beside GET /api/me in the same run; p50/p95/p99; and EXPLAIN ANALYZE of the
# trend's query over result_day (DD026). STREETGOV_BENCH_REUSE=1 measures the application already
# running on those ports (started by an earlier run with STREETGOV_BENCH_KEEP=1).
# Results: ops/benchmark/results/results-<timestamp>.txt
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

started=0
stop() {
  if (( started )) && [[ "${STREETGOV_BENCH_KEEP:-0}" != 1 ]]; then
    ops/app.sh stop --work "$WORK" >/dev/null 2>&1 || true
    ops/keycloak/keycloak.sh stop --http-port "$KC_PORT" >/dev/null 2>&1 || true
  fi
}
trap stop EXIT

[[ -f ui/target/streetgov.war ]] || { echo "build the WAR first: ./mvnw -B -DskipTests package" >&2; exit 1; }

seeding="(reused database ${DB})"
if [[ "${STREETGOV_BENCH_REUSE:-0}" != 1 ]]; then
  started=1
  # Payara Micro keeps the exploded application of an earlier run in its root directory and deploys
  # that first (the new WAR only on a second deployment): start from an empty one.
  rm -rf "$WORK/payara-root"
  ops/keycloak/keycloak.sh start --http-port "$KC_PORT" --mgmt-port "$KC_MGMT" --db streetgov_bench_keycloak --fresh \
    --timeout 300
  t0=$SECONDS
  ops/app.sh start --port "$APP_PORT" --db "$DB" --keycloak-port "$KC_PORT" --seed-demo --work "$WORK" --fresh-db \
    --timeout 600
  seeding="$(grep -aoE 'generated the demo history of .*|demo districts seeded in .*' "$WORK/payara.log" || true)
application ready $((SECONDS - t0)) s after ops/app.sh start (fresh database, migrations, seeding)"
  sleep "${STREETGOV_BENCH_SETTLE:-10}"
fi

xicheng="$(java ops/benchmark/ResultsLoad.java "http://localhost:${APP_PORT}" "http://localhost:${KC_PORT}" \
  xicheng-admin "$WARMUP" "$RUNS")"
luohu="$(java ops/benchmark/ResultsLoad.java "http://localhost:${APP_PORT}" "http://localhost:${KC_PORT}" \
  luohu-admin "$WARMUP" "$RUNS")"
volumes="$(psql -X -q -A -F ' ' -t -d "$DB" -c "select m.district_id, count(*) as matters,
  count(v.matter_number) as visits, (select count(*) from result_day r where r.district_id = m.district_id)
  as result_days from matter m left join return_visit v
  on v.district_id = m.district_id and v.matter_number = m.number group by 1 order by 1")"
# The trend's query as the planner runs it (owner connection: plan shape, not the timing above).
plan="$(psql -X -q -A -t -d "$DB" -c "explain (analyze, buffers, costs off)
  select day, sum(counted), sum(invalid), sum(contacted), sum(resolved), sum(satisfied), sum(basic),
         sum(excluded_count)
  from result_day where district_id = 'xicheng' and day >= current_date - 400 and day < current_date
  group by 1 order by 1")"

stamp="$(date -u +%Y%m%dT%H%M%SZ)"
{
  echo "# results benchmark ${stamp} on $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(psql -X -A -t -d "$DB" -c 'show server_version')"
  echo "command: ops/benchmark/results.sh ${WARMUP} ${RUNS}"
  echo "## seeding"
  echo "$seeding"
  echo "## volumes (district matters visits result_day_rows)"
  echo "$volumes"
  echo "## xicheng (HTTP, sequential, district admin's token)"
  echo "$xicheng"
  echo "## luohu"
  echo "$luohu"
  echo "## plan of the trend's day counts (xicheng, a year)"
  echo "$plan"
} | tee "$OUT/results-${stamp}.txt"
