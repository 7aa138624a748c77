#!/usr/bin/env bash
# Keycloak for 街道治理云 (streetgov): fetch, start and stop a local Keycloak server.
#
#   keycloak.sh fetch
#   keycloak.sh start --http-port P --mgmt-port M --db NAME [--fresh] [--log FILE] [--pidfile FILE]
#                     [--realm-file FILE] [--timeout SECONDS]
#   keycloak.sh stop  [--pidfile FILE | --http-port P]
#   keycloak.sh status [--pidfile FILE | --http-port P]
#   keycloak.sh dropdb --db NAME
#   keycloak.sh home            (prints the unpacked Keycloak directory)
#
# Environment:
#   STREETGOV_CACHE              cache root (default ~/.cache/streetgov)
#   STREETGOV_OIDC_SECRET        client secret of 'streetgov-ui', substituted into the realm file
#                                at import time (default: streetgov-dev-secret)
#   KC_BOOTSTRAP_ADMIN_USERNAME  master-realm admin (default admin)
#   KC_BOOTSTRAP_ADMIN_PASSWORD  master-realm admin password (default admin)
#   JAVA_OPTS_KC_HEAP            JVM heap options (default "-Xms64m -Xmx512m")
#   PGHOST / PGPORT / PGUSER     PostgreSQL server (default 127.0.0.1 / 5432 / postgres, trust auth)
#   KC_DB_PASSWORD               database password, if the server is not on trust auth
#
# See README.md next to this script for the realm's shape and the token claims.
set -euo pipefail

readonly KC_VERSION="26.7.3"
readonly KC_ARTIFACT="org.keycloak:keycloak-quarkus-dist:${KC_VERSION}:zip"
readonly DEP_PLUGIN="org.apache.maven.plugins:maven-dependency-plugin:3.8.1"
# Build-time options baked into the optimized image by 'kc.sh build'. Changing them triggers a rebuild.
readonly KC_BUILD_OPTS=(--db=postgres --health-enabled=true)

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
CACHE_DIR="${STREETGOV_CACHE:-$HOME/.cache/streetgov}"
KC_HOME="${CACHE_DIR}/keycloak-${KC_VERSION}"
BUILD_MARKER="${KC_HOME}/.streetgov-build"

PGHOST="${PGHOST:-127.0.0.1}"
PGPORT="${PGPORT:-5432}"
PGUSER="${PGUSER:-postgres}"

log() { printf '[keycloak.sh] %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

usage() {
  sed -n '2,22p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
  exit "${1:-2}"
}

# ---------------------------------------------------------------------------------------------
# fetch: download the distribution from Maven Central, unpack it once, run 'kc.sh build' once.
# ---------------------------------------------------------------------------------------------
cmd_fetch() {
  mkdir -p "$CACHE_DIR"
  # Serialize concurrent fetches (e.g. two test runs starting at once).
  exec 9>"${CACHE_DIR}/.keycloak-${KC_VERSION}.lock"
  flock 9

  local wanted_build="${KC_VERSION} ${KC_BUILD_OPTS[*]}"
  if [[ -f "$BUILD_MARKER" && "$(cat "$BUILD_MARKER")" == "$wanted_build" ]]; then
    log "Keycloak ${KC_VERSION} already fetched and built in ${KC_HOME}"
    exec 9>&-
    return 0
  fi

  if [[ ! -x "${KC_HOME}/bin/kc.sh" ]]; then
    local dl_dir="${CACHE_DIR}/download"
    local zip="${dl_dir}/keycloak-quarkus-dist-${KC_VERSION}.zip"
    mkdir -p "$dl_dir"
    if [[ ! -s "$zip" ]]; then
      log "Downloading ${KC_ARTIFACT} via Maven (reuses ~/.m2 if already there)..."
      # Run outside any project directory so that no surrounding pom.xml is picked up.
      # The machine's Maven if there is one, else the project's wrapper (run from outside the project).
      local mvn_cmd="mvn"
      command -v mvn >/dev/null || mvn_cmd="${SCRIPT_DIR}/../../mvnw"
      (cd "$dl_dir" && "$mvn_cmd" -B -Dstyle.color=never "${DEP_PLUGIN}:copy" \
          -Dartifact="${KC_ARTIFACT}" -DoutputDirectory="$dl_dir") >"${dl_dir}/mvn.log" 2>&1 \
        || { tail -n 30 "${dl_dir}/mvn.log" >&2; die "maven could not fetch ${KC_ARTIFACT}"; }
    fi
    [[ -s "$zip" ]] || die "expected ${zip} after download"

    log "Unpacking into ${KC_HOME}..."
    local tmp="${CACHE_DIR}/.unpack-$$"
    rm -rf "$tmp"
    mkdir -p "$tmp"
    unzip -q "$zip" -d "$tmp"
    [[ -x "${tmp}/keycloak-${KC_VERSION}/bin/kc.sh" ]] || die "unexpected zip layout"
    rm -rf "$KC_HOME"
    mv "${tmp}/keycloak-${KC_VERSION}" "$KC_HOME"
    rm -rf "$tmp"
    # The zip is no longer needed (it stays in ~/.m2 anyway).
    rm -f "$zip"
  fi

  log "Building optimized server image: kc.sh build ${KC_BUILD_OPTS[*]}"
  local t0=$SECONDS
  rm -f "$BUILD_MARKER"
  "${KC_HOME}/bin/kc.sh" build "${KC_BUILD_OPTS[@]}" >"${CACHE_DIR}/keycloak-build.log" 2>&1 \
    || { tail -n 50 "${CACHE_DIR}/keycloak-build.log" >&2; die "kc.sh build failed"; }
  echo "$wanted_build" >"$BUILD_MARKER"
  log "Built in $((SECONDS - t0)) s"
  exec 9>&-  # closing the descriptor releases the lock
}

# ---------------------------------------------------------------------------------------------
# PostgreSQL helpers (trust auth as user postgres on 127.0.0.1 by default)
# ---------------------------------------------------------------------------------------------
psql_admin() {
  psql -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -d postgres -v ON_ERROR_STOP=1 -qAt "$@"
}

check_db_name() {
  [[ "$1" =~ ^[a-z_][a-z0-9_]*$ ]] || die "database name must match [a-z_][a-z0-9_]*: '$1'"
}

ensure_db() {
  local name="$1" fresh="$2"
  check_db_name "$name"
  if [[ "$fresh" == "true" ]]; then
    log "Dropping database ${name} (--fresh)"
    psql_admin -c "DROP DATABASE IF EXISTS \"${name}\" WITH (FORCE)"
  fi
  if [[ "$(psql_admin -c "SELECT 1 FROM pg_database WHERE datname = '${name}'")" != "1" ]]; then
    log "Creating database ${name}"
    psql_admin -c "CREATE DATABASE \"${name}\" ENCODING 'UTF8' TEMPLATE template0"
  fi
}

cmd_dropdb() {
  local db=""
  while [[ $# -gt 0 ]]; do
    case "$1" in
      --db) db="$2"; shift 2 ;;
      *) die "unknown option for dropdb: $1" ;;
    esac
  done
  [[ -n "$db" ]] || die "dropdb needs --db NAME"
  check_db_name "$db"
  psql_admin -c "DROP DATABASE IF EXISTS \"${db}\" WITH (FORCE)"
  log "Dropped database ${db}"
}

# ---------------------------------------------------------------------------------------------
# start
# ---------------------------------------------------------------------------------------------
pid_alive() { [[ -n "${1:-}" ]] && kill -0 "$1" 2>/dev/null; }

# Each running server gets its own small "home" directory, ${CACHE_DIR}/instance-<http port>:
# bin/kc.sh is copied, lib/ conf/ themes/ providers/ are symlinks into the shared unpacked
# distribution, and data/ (import dir, tmp, transaction logs) is private. --import-realm always
# reads <home>/data/import, so a shared home would make every instance import every realm file
# any instance ever put there.
prepare_instance() {
  local inst="$1" realm_file="$2"
  mkdir -p "${inst}/bin" "${inst}/data/import"
  cp -f "${KC_HOME}/bin/kc.sh" "${inst}/bin/kc.sh"
  local d
  for d in lib conf themes providers; do
    ln -sfn "${KC_HOME}/${d}" "${inst}/${d}"
  done
  rm -f "${inst}/data/import/"*.json
  cp "$realm_file" "${inst}/data/import/$(basename "$realm_file")"
}

cmd_start() {
  local http_port="" mgmt_port="" db="" fresh="false" logfile="" pidfile="" timeout=120
  local realm_file="${SCRIPT_DIR}/realm-streetgov.json"
  while [[ $# -gt 0 ]]; do
    case "$1" in
      --http-port) http_port="$2"; shift 2 ;;
      --mgmt-port) mgmt_port="$2"; shift 2 ;;
      --db) db="$2"; shift 2 ;;
      --fresh) fresh="true"; shift ;;
      --log) logfile="$2"; shift 2 ;;
      --pidfile) pidfile="$2"; shift 2 ;;
      --realm-file) realm_file="$2"; shift 2 ;;
      --timeout) timeout="$2"; shift 2 ;;
      *) die "unknown option for start: $1" ;;
    esac
  done
  [[ -n "$http_port" && -n "$mgmt_port" && -n "$db" ]] || die "start needs --http-port, --mgmt-port and --db"
  [[ -f "$realm_file" ]] || die "realm file not found: $realm_file"
  local inst="${CACHE_DIR}/instance-${http_port}"
  logfile="${logfile:-${inst}/keycloak.log}"
  pidfile="${pidfile:-${inst}/keycloak.pid}"

  if [[ -f "$pidfile" ]] && pid_alive "$(cat "$pidfile")"; then
    die "Keycloak already running with PID $(cat "$pidfile") (pidfile ${pidfile})"
  fi
  local port
  for port in "$http_port" "$mgmt_port"; do
    if (exec 3<>"/dev/tcp/127.0.0.1/${port}") 2>/dev/null; then
      die "port ${port} is already in use on 127.0.0.1"
    fi
  done

  cmd_fetch
  ensure_db "$db" "$fresh"
  # Realms that already exist in the database are skipped by the import, so a restart on the
  # same database keeps its data; use --fresh to start from the realm file again.
  prepare_instance "$inst" "$realm_file"

  mkdir -p "$(dirname "$logfile")" "$(dirname "$pidfile")"

  # Values used by the realm file's ${...} placeholders and by Keycloak itself.
  export STREETGOV_OIDC_SECRET="${STREETGOV_OIDC_SECRET:-streetgov-dev-secret}"
  export KC_BOOTSTRAP_ADMIN_USERNAME="${KC_BOOTSTRAP_ADMIN_USERNAME:-admin}"
  export KC_BOOTSTRAP_ADMIN_PASSWORD="${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin}"
  export JAVA_OPTS_KC_HEAP="${JAVA_OPTS_KC_HEAP:--Xms64m -Xmx512m}"
  if [[ -n "${KC_DB_PASSWORD:-}" ]]; then export KC_DB_PASSWORD; fi

  # Hostname: the frontend URL is pinned to http://localhost:P so that the issuer ('iss') is the
  # same whatever address a browser or an application uses. --hostname-backchannel-dynamic lets
  # applications call the token/userinfo/JWKS endpoints through http://127.0.0.1:P as well; the
  # tokens they get still carry iss=http://localhost:P/realms/streetgov.
  # shellcheck disable=SC2054  # the commas below are part of option values
  local args=(
    start --optimized
    --http-enabled=true
    --http-host=127.0.0.1
    --http-port="$http_port"
    --http-management-port="$mgmt_port"
    --hostname="http://localhost:${http_port}"
    --hostname-strict=false
    --hostname-backchannel-dynamic=true
    --db-url="jdbc:postgresql://${PGHOST}:${PGPORT}/${db}"
    --db-username="$PGUSER"
    --cache=local
    --import-realm
    --log-console-color=false
    # the readiness poll below would otherwise log "Reporting health down status" twice a second
    --log-level=INFO,io.smallrye.health:WARN
  )

  log "Starting Keycloak ${KC_VERSION}: http ${http_port}, management ${mgmt_port}, db ${db}, log ${logfile}"
  local t0
  t0=$(date +%s.%N)
  # setsid: own process group and session, so the server survives the caller's terminal and
  # 'stop' can signal kc.sh together with its java child.
  setsid "${inst}/bin/kc.sh" "${args[@]}" </dev/null >"$logfile" 2>&1 &
  local pid=$!
  echo "$pid" >"$pidfile"

  local url="http://127.0.0.1:${mgmt_port}/health/ready"
  local deadline=$((SECONDS + timeout))
  while true; do
    if curl -fsS -m 2 "$url" 2>/dev/null | grep -q '"status": *"UP"'; then
      break
    fi
    if ! pid_alive "$pid"; then
      tail -n 50 "$logfile" >&2 || true
      rm -f "$pidfile"
      die "Keycloak exited during startup (log: ${logfile})"
    fi
    if ((SECONDS >= deadline)); then
      tail -n 50 "$logfile" >&2 || true
      stop_pid "$pid"
      rm -f "$pidfile"
      die "Keycloak not ready after ${timeout} s (log: ${logfile})"
    fi
    sleep 0.5
  done
  local elapsed
  elapsed=$(awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
  log "Keycloak ready in ${elapsed} s (PID ${pid}, pidfile ${pidfile})"
  log "  issuer: http://localhost:${http_port}/realms/streetgov"
  log "  admin console: http://localhost:${http_port}/admin/ (${KC_BOOTSTRAP_ADMIN_USERNAME})"
}

# ---------------------------------------------------------------------------------------------
# stop / status
# ---------------------------------------------------------------------------------------------
stop_pid() {
  local pid="$1"
  pid_alive "$pid" || return 0
  # kc.sh forwards TERM to java; the process group covers both.
  kill -TERM -- "-${pid}" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
  local _
  for _ in $(seq 1 60); do
    pid_alive "$pid" || return 0
    sleep 0.5
  done
  log "Keycloak (PID ${pid}) did not stop in 30 s; killing it"
  kill -KILL -- "-${pid}" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
}

resolve_pidfile() {
  local pidfile="" http_port=""
  while [[ $# -gt 0 ]]; do
    case "$1" in
      --pidfile) pidfile="$2"; shift 2 ;;
      --http-port) http_port="$2"; shift 2 ;;
      *) die "unknown option: $1" ;;
    esac
  done
  if [[ -z "$pidfile" ]]; then
    [[ -n "$http_port" ]] || die "give --pidfile FILE or --http-port P"
    pidfile="${CACHE_DIR}/instance-${http_port}/keycloak.pid"
  fi
  echo "$pidfile"
}

cmd_stop() {
  local pidfile
  pidfile="$(resolve_pidfile "$@")"
  if [[ ! -f "$pidfile" ]]; then
    log "No pidfile ${pidfile}; nothing to stop"
    return 0
  fi
  local pid
  pid="$(cat "$pidfile")"
  if pid_alive "$pid"; then
    log "Stopping Keycloak (PID ${pid})"
    stop_pid "$pid"
  else
    log "Keycloak (PID ${pid}) was not running"
  fi
  rm -f "$pidfile"
}

cmd_status() {
  local pidfile
  pidfile="$(resolve_pidfile "$@")"
  if [[ -f "$pidfile" ]] && pid_alive "$(cat "$pidfile")"; then
    echo "running (PID $(cat "$pidfile"))"
  else
    echo "stopped"
    return 1
  fi
}

main() {
  [[ $# -ge 1 ]] || usage
  local cmd="$1"
  shift
  case "$cmd" in
    fetch) cmd_fetch "$@" ;;
    start) cmd_start "$@" ;;
    stop) cmd_stop "$@" ;;
    status) cmd_status "$@" ;;
    dropdb) cmd_dropdb "$@" ;;
    home) echo "$KC_HOME" ;;
    -h|--help|help) usage 0 ;;
    *) log "unknown command: $cmd"; usage ;;
  esac
}

main "$@"
