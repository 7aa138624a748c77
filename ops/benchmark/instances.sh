#!/usr/bin/env bash
# Benchmark (issue 15): intake through HAProxy with one application instance and with two, in one run.
# Two Payara Micro instances of one cluster (28081, 28082; data grid 25900/25901) against one
# PostgreSQL and Keycloak, HAProxy in front (28000): IntakeLoad first with only instance A in the
# balancer, then with both. On this 2-core machine the instances, PostgreSQL, Keycloak and the load
# generator share the same cores, so this shows that a second instance serves correctly behind the
# balancer, not a speed-up.
#
#   ops/benchmark/instances.sh [CONCURRENCY] [SECONDS]      (defaults 8, 20)
#
# Results: ops/benchmark/results/instances-<timestamp>.txt
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
C="${1:-8}"
T="${2:-20}"
KC_PORT=28180 KC_MGMT=29000 LB=28000 PORTS=(28081 28082) GRID=(25900 25901)
WORK="$ROOT/ops/.local/bench-instances"
OUT="$ROOT/ops/benchmark/results"
mkdir -p "$WORK" "$OUT"
export PGHOST="${PGHOST:-127.0.0.1}" PGUSER="${PGUSER:-postgres}" PGPASSWORD="${PGPASSWORD:-postgres}"
haproxy_pid=""
stop() {
  [[ -n "$haproxy_pid" ]] && kill "$haproxy_pid" 2>/dev/null || true
  for p in "${PORTS[@]}"; do ops/app.sh stop --work "$WORK/app-$p" >/dev/null 2>&1 || true; done
  ops/keycloak/keycloak.sh stop --http-port "$KC_PORT" >/dev/null 2>&1 || true
}
trap stop EXIT

[[ -f ui/target/streetgov.war ]] || ./mvnw -q -B -DskipTests install
ops/keycloak/keycloak.sh start --http-port "$KC_PORT" --mgmt-port "$KC_MGMT" --db streetgov_bench_keycloak --fresh
export STREETGOV_CLUSTER_NAME=streetgov-bench STREETGOV_CLUSTER_MEMBERS="127.0.0.1:${GRID[0]},127.0.0.1:${GRID[1]}"
STREETGOV_DEMO_HISTORY=false STREETGOV_CLUSTER_PORT="${GRID[0]}" ops/app.sh start --port "${PORTS[0]}" \
  --db streetgov_bench --keycloak-port "$KC_PORT" --seed-demo --work "$WORK/app-${PORTS[0]}" --fresh-db
STREETGOV_CLUSTER_PORT="${GRID[1]}" ops/app.sh start --port "${PORTS[1]}" --db streetgov_bench \
  --keycloak-port "$KC_PORT" --work "$WORK/app-${PORTS[1]}"

balancer() { # the servers behind the balancer, "a" or "a b"
  {
    printf 'global\n    maxconn 4096\ndefaults\n    mode http\n    timeout connect 5s\n'
    printf '    timeout client 60s\n    timeout server 60s\nfrontend streetgov\n    bind 127.0.0.1:%s\n' "$LB"
    printf '    default_backend instances\nbackend instances\n    balance roundrobin\n'
    printf '    option httpchk GET /health/ready\n    http-check expect status 200\n'
    [[ "$1" == *a* ]] && printf '    server a 127.0.0.1:%s check\n' "${PORTS[0]}"
    [[ "$1" == *b* ]] && printf '    server b 127.0.0.1:%s check\n' "${PORTS[1]}"
  } > "$WORK/haproxy.cfg"
  [[ -n "$haproxy_pid" ]] && { kill "$haproxy_pid"; wait "$haproxy_pid" 2>/dev/null || true; }
  haproxy -f "$WORK/haproxy.cfg" -db > "$WORK/haproxy.log" 2>&1 &
  haproxy_pid=$!
  sleep 3
}
load() { STREETGOV_BENCH_WARMUP=20 java ops/benchmark/IntakeLoad.java "http://localhost:${LB}" "http://localhost:${KC_PORT}" xicheng-staff "$C" "$T"; }
sleep "${STREETGOV_BENCH_SETTLE:-20}"
balancer a
one="$(load)"
balancer "a b"
two="$(load)"
spread="$(psql -tA -d streetgov_bench -c "select count(*) from matter where district_id = 'xicheng'")"

stamp="$(date -u +%Y%m%dT%H%M%SZ)"
{
  echo "# 1 vs 2 instances behind HAProxy ${stamp} on $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB"
  echo "command: ops/benchmark/instances.sh ${C} ${T}"
  echo "one instance behind the balancer:  $(tr '\n' ' ' <<<"$one")"
  echo "two instances behind the balancer: $(tr '\n' ' ' <<<"$two")"
  echo "Xicheng's matters in the database afterwards (warm-ups and both runs): ${spread}"
} | tee "$OUT/instances-${stamp}.txt"
