#!/usr/bin/env bash
# Benchmark (issue 15): tenants at scale. Onboards synthetic districts through the real onboarding
# service (POST /api/vendor/districts: Keycloak organization, street groups, first administrator, the
# district's rows on the shard with the fewest districts) up to N in all, and measures Xicheng's intake
# (IntakeLoad's half-rate phase: p50/p95/p99) with 10 districts and again with N.
#
#   ops/benchmark/tenants.sh [N] [CONCURRENCY] [SECONDS]     (defaults 1000, 4, 20)
#
# Starts its own Keycloak and application (ports 28180/29000/28080, fresh databases streetgov_bench,
# shard s2 streetgov_bench_s2, streetgov_bench_keycloak; the demo districts without their generated
# year) and stops them. Results: ops/benchmark/results/tenants-<timestamp>.txt
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
N="${1:-1000}"
C="${2:-4}"
T="${3:-20}"
APP_PORT=28080 KC_PORT=28180 KC_MGMT=29000
WORK="$ROOT/ops/.local/bench-tenants"
OUT="$ROOT/ops/benchmark/results"
mkdir -p "$WORK" "$OUT"
export PGHOST="${PGHOST:-127.0.0.1}" PGUSER="${PGUSER:-postgres}" PGPASSWORD="${PGPASSWORD:-postgres}"

stop() {
  ops/app.sh stop --work "$WORK" >/dev/null 2>&1 || true
  ops/keycloak/keycloak.sh stop --http-port "$KC_PORT" >/dev/null 2>&1 || true
}
trap stop EXIT

[[ -f ui/target/streetgov.war ]] || ./mvnw -q -B -DskipTests install
ops/keycloak/keycloak.sh start --http-port "$KC_PORT" --mgmt-port "$KC_MGMT" --db streetgov_bench_keycloak --fresh
STREETGOV_DEMO_HISTORY=false STREETGOV_SHARDS="s2=127.0.0.1:5432/streetgov_bench_s2" \
  ops/app.sh start --port "$APP_PORT" --db streetgov_bench --keycloak-port "$KC_PORT" --seed-demo --work "$WORK" --fresh-db
sleep "${STREETGOV_BENCH_SETTLE:-20}"

app="http://localhost:${APP_PORT}" kc="http://localhost:${KC_PORT}"
intake() { STREETGOV_BENCH_WARMUP=40 java ops/benchmark/IntakeLoad.java "$app" "$kc" xicheng-staff "$C" "$T" | tail -1; }

first="$(java ops/benchmark/TenantsLoad.java "$app" "$kc" 1 6 | tail -1)"
at10="$(intake)"
rest="$(java ops/benchmark/TenantsLoad.java "$app" "$kc" 7 "$((N - 4))" | tail -1)"
atN="$(intake)"
placed="$(psql -tA -d streetgov_bench -c "select shard || ':' || count(*) from district_shard group by shard order by 1" | tr '\n' ' ')"
orgs="$(psql -tA -d streetgov_bench -c "select count(*) from district")"
p50_10="$(sed -nE 's/.*p50_ms=([0-9.]+).*/\1/p' <<<"$at10")"
p50_N="$(sed -nE 's/.*p50_ms=([0-9.]+).*/\1/p' <<<"$atN")"
ratio="$(awk -v a="$p50_N" -v b="$p50_10" 'BEGIN { printf "%.3f", a / b }')"

stamp="$(date -u +%Y%m%dT%H%M%SZ)"
{
  echo "# tenants at scale ${stamp} on $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB"
  echo "command: ops/benchmark/tenants.sh ${N} ${C} ${T}"
  echo "onboarding districts 5-10:   ${first}"
  echo "onboarding districts 11-${N}: ${rest}"
  echo "districts registered: ${orgs}; placed per shard: ${placed}"
  echo "Xicheng intake with 10 districts (half rate): ${at10}"
  echo "Xicheng intake with ${N} districts (half rate): ${atN}"
  echo "p50 ratio ${N}/10 = ${ratio} (goal: within 10%, i.e. <= 1.10)"
} | tee "$OUT/tenants-${stamp}.txt"
