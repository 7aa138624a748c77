#!/usr/bin/env bash
# Starts and stops the application (the ui WAR on Payara Micro).
#
#   app.sh start --port P --db NAME --keycloak-port K [--fresh-db] [--seed-demo]
#                [--war FILE] [--payara FILE] [--work DIR] [--timeout SECONDS]   (default 900: seeding
#                the demo year takes 7–8 minutes on a slow 2-core machine)
#   app.sh stop --work DIR
#
# start writes DIR/app.properties (database, OpenID provider, client secret), starts Payara Micro in
# the background (log DIR/payara.log, pid DIR/payara.pid) and returns when MicroProfile Health
# readiness (database, schema, Keycloak) is UP. If the deployment failed or readiness does not come,
# it prints the SEVERE log lines and exits non-zero: Payara logs "Deployed" even for a failed deploy.
# Database roles (DD022): PGUSER/PGPASSWORD (default postgres) own the tables and migrate; the pool
# connects as STREETGOV_DB_USER/STREETGOV_DB_PASSWORD (default streetgov_app), created if missing.
# STREETGOV_JAVA_OPTS replaces the JVM options (default: 1 GiB fixed heap, G1; see below).
# With --seed-demo, STREETGOV_DEMO_HISTORY=false leaves out the demo districts' generated year of matters.
# Clustering (issue 15, DD038) is off unless STREETGOV_CLUSTER_NAME is set: then the instance joins the
# Payara Micro cluster of that name over TCP on STREETGOV_CLUSTER_INTERFACE (default 127.0.0.1), its data
# grid listening from STREETGOV_CLUSTER_PORT (default 5900), the members found at
# STREETGOV_CLUSTER_MEMBERS (default 127.0.0.1:5900,127.0.0.1:5901). STREETGOV_ROUTING_TTL_MILLIS sets
# how long a routing context is used before it is re-read (default 2000; changes drop it at once).
# STREETGOV_SHARDS ("s2=host:port/database,...") adds shards, STREETGOV_DEMO_PLACEMENT puts demo
# districts on them (DD039; see shards() below). STREETGOV_STANDBYS ("main=host:port,s2=host:port")
# names streaming-replication standbys of shards that dashboards and exports may read from (DD040; see
# standbys() below), STREETGOV_STANDBY_MAX_LAG_MILLIS how far behind one may be (default 30000).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
log() { printf '[app.sh] %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

port="" db="" kc_port="" fresh="" seed="false" timeout=900
war="${ROOT}/ui/target/streetgov.war"
payara="${ROOT}/ui/target/payara-micro.jar"
work="${ROOT}/ops/.local/app"

parse() {
  while [[ $# -gt 0 ]]; do
    case "$1" in
      --port) port="$2"; shift 2 ;;
      --db) db="$2"; shift 2 ;;
      --keycloak-port) kc_port="$2"; shift 2 ;;
      --fresh-db) fresh="--fresh"; shift ;;
      --seed-demo) seed="true"; shift ;;
      --war) war="$2"; shift 2 ;;
      --payara) payara="$2"; shift 2 ;;
      --work) work="$2"; shift 2 ;;
      --timeout) timeout="$2"; shift 2 ;;
      *) die "unknown option $1" ;;
    esac
  done
}

severe_lines() {
  grep -a -A 3 'SEVERE' "$1" | grep -av '^\s*at ' | head -n 40 >&2 || true
}

# A Payara JDBC pool NAME-pool and resource jdbc/NAME defined after boot, with web.xml's bounded waits
# and validation: pool NAME STEADY USER PASSWORD HOST PORT DATABASE.
pool() {
  local name="$1" steady="$2" user="$3" password="$4" host="$5" port="$6" database="$7"
  cat >> "${work}/postboot.asadmin" <<ASADMIN
create-jdbc-connection-pool --datasourceclassname=org.postgresql.ds.PGSimpleDataSource --restype=javax.sql.DataSource --isconnectvalidatereq=true --validationmethod=custom-validation --validationclassname=org.glassfish.api.jdbc.validation.PostgresConnectionValidation --failconnection=true --maxwait=5000 --creationretryattempts=0 --steadypoolsize=${steady} --maxpoolsize=32 --property user=${user}:password=${password}:serverName=${host}:portNumber=${port}:databaseName=${database}:connectTimeout=3:loginTimeout=5:socketTimeout=30:tcpKeepAlive=true ${name}-pool
create-jdbc-resource --connectionpoolid=${name}-pool jdbc/${name}
ASADMIN
}

# The other shards (DD039) from STREETGOV_SHARDS ("s2=127.0.0.1:5433/streetgov,..."): each database
# created if missing (fresh with --fresh-db) with the application's role on its server, its URL given
# to the application, and a pool and JDBC resource jdbc/streetgov-<name> defined after boot with the
# same bounded waits and validation as web.xml's. STREETGOV_DEMO_PLACEMENT ("chenghua=s2") places
# demo districts on them.
shards() {
  local app_user="$1" app_password="$2" names=() spec
  [[ -n "${STREETGOV_SHARDS:-}" ]] || { echo "streetgov.demo.placement= " >> "${work}/app.properties"; return 0; }
  IFS=',' read -ra specs <<< "$STREETGOV_SHARDS"
  for spec in "${specs[@]}"; do
    local name="${spec%%=*}" where="${spec#*=}"
    local hostport="${where%%/*}" sdb="${where#*/}"
    local shost="${hostport%%:*}" sport="${hostport##*:}"
    [[ "$name" =~ ^[a-z][a-z0-9-]{0,31}$ && "$name" != main && -n "$sdb" && "$sport" =~ ^[0-9]+$ ]] \
      || die "STREETGOV_SHARDS: '${spec}' is not name=host:port/database"
    PGHOST="$shost" PGPORT="$sport" "${ROOT}/ops/postgres.sh" createdb "$sdb" $fresh
    PGHOST="$shost" PGPORT="$sport" "${ROOT}/ops/postgres.sh" role "$app_user" "$app_password"
    echo "streetgov.shard.${name}.url=jdbc:postgresql://${shost}:${sport}/${sdb}" >> "${work}/app.properties"
    pool "streetgov-${name}" 2 "$app_user" "$app_password" "$shost" "$sport" "$sdb"
    names+=("$name")
    log "shard ${name}: ${shost}:${sport}/${sdb}"
  done
  { echo "streetgov.shards=$(IFS=,; echo "${names[*]}")"
    echo "streetgov.demo.placement=${STREETGOV_DEMO_PLACEMENT:- }"; } >> "${work}/app.properties"
}

# Standbys (DD040) from STREETGOV_STANDBYS ("main=127.0.0.1:31433,s2=127.0.0.1:5435"): a hot standby
# of the shard's server (pg_basebackup -R; ops/fault/pg.sh standby makes one), holding the same
# database and roles, so nothing is created there. Each gets a pool and JDBC resource
# jdbc/streetgov-<shard>-standby with the shard pool's bounded waits and no connection made at start.
standbys() {
  local app_user="$1" app_password="$2" names=() spec
  [[ -n "${STREETGOV_STANDBYS:-}" ]] || return 0
  IFS=',' read -ra specs <<< "$STREETGOV_STANDBYS"
  for spec in "${specs[@]}"; do
    local name="${spec%%=*}" hostport="${spec#*=}" sdb=""
    local shost="${hostport%%:*}" sport="${hostport##*:}"
    if [[ "$name" == main ]]; then
      sdb="$db"
    else
      sdb="$(tr ',' '\n' <<< "${STREETGOV_SHARDS:-}" | sed -n "s|^${name}=[^/]*/||p")"
    fi
    [[ -n "$sdb" && "$sport" =~ ^[0-9]+$ ]] \
      || die "STREETGOV_STANDBYS: '${spec}' is not shard=host:port of main or a shard of STREETGOV_SHARDS"
    pool "streetgov-${name}-standby" 0 "$app_user" "$app_password" "$shost" "$sport" "$sdb"
    names+=("$name")
    log "standby of shard ${name}: ${shost}:${sport}/${sdb}"
  done
  { echo "streetgov.standbys=$(IFS=,; echo "${names[*]}")"
    echo "streetgov.standby.max-lag-millis=${STREETGOV_STANDBY_MAX_LAG_MILLIS:-30000}"; } >> "${work}/app.properties"
}

cmd_start() {
  parse "$@"
  [[ -n "$port" && -n "$db" && -n "$kc_port" ]] || die "start needs --port, --db and --keycloak-port"
  [[ -f "$war" ]] || die "no WAR at ${war}: build first (./mvnw -DskipTests install)"
  [[ -f "$payara" ]] || die "no Payara Micro at ${payara}: build first"
  if curl -s -o /dev/null "http://127.0.0.1:${port}/"; then
    die "port ${port} is already in use"
  fi
  "${ROOT}/ops/postgres.sh" ensure
  "${ROOT}/ops/postgres.sh" createdb "$db" $fresh
  local app_user="${STREETGOV_DB_USER:-streetgov_app}" app_password="${STREETGOV_DB_PASSWORD:-streetgov-app}"
  "${ROOT}/ops/postgres.sh" role "$app_user" "$app_password"
  mkdir -p "$work"
  cat > "${work}/app.properties" <<PROPS
streetgov.db.url=jdbc:postgresql://${PGHOST:-127.0.0.1}:${PGPORT:-5432}/${db}
streetgov.db.user=${app_user}
streetgov.db.password=${app_password}
streetgov.db.owner.user=${PGUSER:-postgres}
streetgov.db.owner.password=${PGPASSWORD:-postgres}
streetgov.demo.seed=${seed}
streetgov.demo.history=${STREETGOV_DEMO_HISTORY:-true}
payara.security.openid.providerURI=http://localhost:${kc_port}/realms/streetgov
payara.security.openid.clientSecret=${STREETGOV_OIDC_SECRET:-streetgov-dev-secret}
streetgov.routing.ttl-millis=${STREETGOV_ROUTING_TTL_MILLIS:-2000}
hazelcast.socket.bind.any=false
PROPS
  cp "${ROOT}/ops/payara/preboot.asadmin" "${work}/preboot.asadmin"
  cp "${ROOT}/ops/payara/postboot.asadmin" "${work}/postboot.asadmin"
  shards "$app_user" "$app_password"
  standbys "$app_user" "$app_password"
  local cluster=(--nocluster)
  if [[ -n "${STREETGOV_CLUSTER_NAME:-}" ]]; then
    local iface="${STREETGOV_CLUSTER_INTERFACE:-127.0.0.1}"
    cluster=(--clustername "$STREETGOV_CLUSTER_NAME"
      --clustermode "tcpip:${STREETGOV_CLUSTER_MEMBERS:-${iface}:5900,${iface}:5901}"
      --startport "${STREETGOV_CLUSTER_PORT:-5900}" --interfaces "$iface" --nohostaware
      --name "streetgov-${port}")
    log "clustering as streetgov-${port} in ${STREETGOV_CLUSTER_NAME} (data grid on ${iface}:${STREETGOV_CLUSTER_PORT:-5900})"
  else
    cat "${ROOT}/ops/payara/no-data-grid.asadmin" >> "${work}/preboot.asadmin"
  fi
  local logfile="${work}/payara.log"
  : > "$logfile"
  # Payara Micro deploys the exploded application an earlier start left in its root directory before
  # the WAR given (an old build, with old migrations, against a fresh database): start from none.
  rm -rf "${work}/payara-root"
  # JVM for a server (STREETGOV_JAVA_OPTS replaces it): a fixed 1 GiB heap (-Xms = -Xmx: sized up
  # front, never resized under load; Payara, EclipseLink and four districts' routing indexes use a
  # few hundred MB), G1 (short, mostly concurrent pauses on every core: p99 of a request, where Serial
  # stops all threads for each collection), and exit on OutOfMemoryError so that a supervisor restarts
  # a sane process instead of one limping on in an unknown state.
  # DD018: preboot.asadmin removes the Server banner and sets SameSite=Lax on cookies; without a
  # cluster no-data-grid.asadmin turns Hazelcast off (port 6900); postboot.asadmin turns /metrics and
  # /openapi off (as pre-boot commands those fail).
  # shellcheck disable=SC2086
  nohup java ${STREETGOV_JAVA_OPTS:--Xms1g -Xmx1g -XX:+UseG1GC -XX:+ExitOnOutOfMemoryError} -jar "$payara" --deploy "$war" --contextroot / \
    --port "$port" "${cluster[@]}" --systemproperties "${work}/app.properties" \
    --prebootcommandfile "${work}/preboot.asadmin" \
    --postbootcommandfile "${work}/postboot.asadmin" \
    --rootdir "${work}/payara-root" >"$logfile" 2>&1 &
  echo $! > "${work}/payara.pid"
  log "Payara Micro starting (PID $(cat "${work}/payara.pid"), log ${logfile})"

  local started=$SECONDS
  while (( SECONDS - started < timeout )); do
    if ! kill -0 "$(cat "${work}/payara.pid")" 2>/dev/null; then
      severe_lines "$logfile"; tail -n 20 "$logfile" >&2
      die "Payara Micro exited"
    fi
    if grep -aq 'Exception while loading the app\|Exception while deploying the app' "$logfile"; then
      severe_lines "$logfile"
      cmd_stop_pid "${work}/payara.pid"
      die "the deployment failed"
    fi
    # Payara serves /health itself, so readiness can be UP a moment before the WAR's REST servlet is
    # registered: ready means the API answers too (401 without a token, never 404).
    if curl -sf "http://127.0.0.1:${port}/health/ready" >/dev/null 2>&1 \
        && [[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:${port}/api/me")" != "404" ]]; then
      log "ready in $((SECONDS - started)) s: http://localhost:${port}/"
      return 0
    fi
    sleep 1
  done
  severe_lines "$logfile"
  curl -s "http://127.0.0.1:${port}/health/ready" >&2 || true
  cmd_stop_pid "${work}/payara.pid"
  die "not ready within ${timeout} s"
}

cmd_stop_pid() {
  local pidfile="$1"
  [[ -f "$pidfile" ]] || return 0
  local pid
  pid="$(cat "$pidfile")"
  if kill -0 "$pid" 2>/dev/null; then
    kill "$pid"
    for _ in $(seq 1 30); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.5
    done
    kill -9 "$pid" 2>/dev/null || true
  fi
  rm -f "$pidfile"
}

cmd_stop() {
  parse "$@"
  cmd_stop_pid "${work}/payara.pid"
  log "stopped"
}

case "${1:-}" in
  start) shift; cmd_start "$@" ;;
  stop) shift; cmd_stop "$@" ;;
  *) sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
