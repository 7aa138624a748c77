#!/usr/bin/env bash
# Benchmark: is the cost of one intake flat in the size of the district? (issue 11, item 5)
#
#   flock /tmp/streetgov-stack.lock ops/benchmark/flat.sh [SECONDS] [CONCURRENCY]   (defaults 8 and 8)
#
# Starts its own Keycloak and application (ports 28180/29000/28080, fresh databases
# streetgov_bench_flat*, demo districts without their generated year), warms intake up in Xicheng for
# STREETGOV_BENCH_WARMUP seconds (default 15) and removes what the warm-up created. Then, for each size
# in SIZES (default 1000 10000 50000 100000 200000): fills Xicheng with filler matters as the owner
# (insert … select; no ANALYZE, autovacuum may be off: statistics stay those of the start, as on a
# server between two vacuums) until the district holds that many, and measures in the same round
#   - the web tier's ceiling: GET /api/me, closed loop, maximum rate;
#   - intake: POST /api/matters, closed loop, maximum rate, then half of it open loop with p50/p95/p99;
#   - the database CPU per intake: CPU time of the application's PostgreSQL backends over the intake
#     phase (/proc/<pid>/stat) divided by the matters it created;
#   - the application's CPU per intake and per GET /api/me: CPU time of the Payara process over each
#     phase divided by the matters created / requests answered. With the database's share this is the
#     CPU budget that bounds the ratio on a machine where all of it runs.
# The pool's connections keep their prepared statements from the warm-up on: a plan cached while the
# district was small is what the later rounds run, unless something re-plans it.
# Takes about 6 minutes. Results: ops/benchmark/results/flat-<timestamp>.txt
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
T="${1:-8}"
C="${2:-8}"
SIZES="${SIZES:-1000 10000 50000 100000 200000}"
APP_PORT=28080 KC_PORT=28180 KC_MGMT=29000
DB=streetgov_bench_flat
WORK="$ROOT/ops/.local/bench-flat"
OUT="$ROOT/ops/benchmark/results"
mkdir -p "$WORK" "$OUT"
PGHOST="${PGHOST:-127.0.0.1}" PGUSER="${PGUSER:-postgres}"
export PGHOST PGUSER
APP="http://localhost:${APP_PORT}" KC="http://localhost:${KC_PORT}"

stop() {
  ops/app.sh stop --work "$WORK" >/dev/null 2>&1 || true
  ops/keycloak/keycloak.sh stop --http-port "$KC_PORT" >/dev/null 2>&1 || true
}
trap stop EXIT

[[ -f ui/target/streetgov.war ]] || ./mvnw -q -B -o -DskipTests package
ops/keycloak/keycloak.sh start --http-port "$KC_PORT" --mgmt-port "$KC_MGMT" --db streetgov_bench_flat_keycloak --fresh
STREETGOV_DEMO_HISTORY=false ops/app.sh start --port "$APP_PORT" --db "$DB" --keycloak-port "$KC_PORT" \
  --seed-demo --work "$WORK" --fresh-db
sleep "${STREETGOV_BENCH_SETTLE:-10}"

sql() { psql -X -q -At -v ON_ERROR_STOP=1 -d "$DB" -c "$1"; }
matters() { sql "select count(*) from matter where district_id = 'xicheng'"; }
# Filler: closed matters of the past year over Xicheng's 15 streets, each with its RECEIVED event,
# numbered F000000001… (intake numbers are yyyyMMdd-NNNNNN, so none collide).
fill() {
  local want="$1" have first
  have="$(matters)"
  (( want > have )) || return 0
  first="$(sql "select coalesce(max(substr(number, 2)::int), 0) + 1 from matter
                 where district_id = 'xicheng' and number like 'F%'")"
  sql "insert into matter (district_id, number, channel, title, description, street, time_limit,
         time_limit_name, time_measure, time_amount, received_at, due_at, state, lead_unit)
       select 'xicheng', 'F' || lpad(g::text, 9, '0'), 'PHONE', '填充诉求' || g,
              '压测填充：小区门口的路灯坏了好几天了，晚上很黑', 'street-' || (1 + g % 15), 'normal',
              '一般', 'WORKING_DAYS', 5, now() - (g % 365) * interval '1 day' - (g % 997) * interval '1 minute',
              now() - (g % 365) * interval '1 day' + interval '5 days', 'CLOSED', 'minsheng'
         from generate_series($first, $first + $want - $have - 1) g"
  sql "insert into matter_event (district_id, matter_number, seq, at, actor, type, to_state)
       select 'xicheng', 'F' || lpad(g::text, 9, '0'), 1, now() - (g % 365) * interval '1 day', 'system',
              'RECEIVED', 'RECEIVED'
         from generate_series($first, $first + $want - $have - 1) g"
}
# CPU ticks (utime + stime) of each backend of the application's role in the benchmark database.
ticks() {
  local pid
  for pid in $(sql "select pid from pg_stat_activity where datname = '$DB' and usename <> current_user"); do
    [[ -r /proc/$pid/stat ]] && awk -v p="$pid" '{ print p, $14 + $15 }' "/proc/$pid/stat"
  done
}
# CPU ticks of the application (Payara) process.
app_ticks() { local pid; pid="$(cat "$WORK/payara.pid")"; awk -v p="$pid" '{ print p, $14 + $15 }' "/proc/$pid/stat"; }
cpu_ms() { # before-file after-file → ms of CPU used in between
  awk -v hz="$(getconf CLK_TCK)" 'NR == FNR { b[$1] = $2; next } { s += $2 - ($1 in b ? b[$1] : 0) }
    END { printf "%.0f", s * 1000 / hz }' "$1" "$2"
}
load() { java ops/benchmark/IntakeLoad.java "$APP" "$KC" xicheng-staff "$C" "$@"; }

# Warm-up in Xicheng (JIT, pool, routing index, and every pooled connection's prepared statements),
# then back to an empty district: rounds start from the sizes asked for.
STREETGOV_BENCH_WARMUP="${STREETGOV_BENCH_WARMUP:-15}" STREETGOV_BENCH_HALF=0 load 1 >/dev/null
sql "delete from matter_event where district_id = 'xicheng'"
sql "delete from matter where district_id = 'xicheng'"
sql "delete from matter_counter where district_id = 'xicheng'"

stamp="$(date -u +%Y%m%dT%H%M%SZ)"
report="$OUT/flat-${stamp}.txt"
{
  echo "# intake cost against the district's size ${stamp} on $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB"
  echo "command: ops/benchmark/flat.sh ${T} ${C}   (SIZES='${SIZES}', no ANALYZE between rounds)"
  echo "matters_at_start | fill_s | me_rps | intake_rps | ratio | half_rps | p50_ms | p95_ms | p99_ms | db_cpu_ms_per_intake | app_cpu_ms_per_intake | app_cpu_ms_per_me"
} | tee "$report"
for n in $SIZES; do
  t0=$SECONDS
  fill "$n"
  fill_s=$((SECONDS - t0))
  start="$(matters)"
  app_ticks >"$WORK/app.before"
  me="$(STREETGOV_BENCH_WARMUP=3 STREETGOV_BENCH_HALF=0 load "$T" me)"
  app_ticks >"$WORK/app.after"
  me_rps="$(sed -nE 's/^max_rps=([0-9.]+).*/\1/p' <<<"$me")"
  me_n="$(sed -nE 's/^max_rps=.* ok=([0-9]+) .*warmup_ok=([0-9]+).*/\1 \2/p' <<<"$me" | awk '{ print $1 + $2 }')"
  me_app="$(awk -v c="$(cpu_ms "$WORK/app.before" "$WORK/app.after")" -v n="${me_n:-0}" \
    'BEGIN { printf "%.2f", n ? c / n : 0 }')"
  ticks >"$WORK/ticks.before"
  app_ticks >"$WORK/app.before"
  out="$(STREETGOV_BENCH_WARMUP=3 load "$T")"
  app_ticks >"$WORK/app.after"
  ticks >"$WORK/ticks.after"
  created=$(( $(matters) - start ))
  rps="$(sed -nE 's/^max_rps=([0-9.]+).*/\1/p' <<<"$out")"
  half="$(tail -1 <<<"$out")"
  get() { sed -nE "s/.*$1=([0-9.]+).*/\1/p" <<<"$half"; }
  per="$(awk -v c="$(cpu_ms "$WORK/ticks.before" "$WORK/ticks.after")" -v n="$created" \
    'BEGIN { printf "%.2f", n ? c / n : 0 }')"
  app_per="$(awk -v c="$(cpu_ms "$WORK/app.before" "$WORK/app.after")" -v n="$created" \
    'BEGIN { printf "%.2f", n ? c / n : 0 }')"
  ratio="$(awk -v a="$rps" -v b="$me_rps" 'BEGIN { printf "%.3f", a / b }')"
  echo "$start | $fill_s | $me_rps | $rps | $ratio | $(get half_rps) | $(get p50_ms) | $(get p95_ms) | $(get p99_ms) | $per | $app_per | $me_app" \
    | tee -a "$report"
done
