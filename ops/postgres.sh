#!/usr/bin/env bash
# Makes sure PostgreSQL answers on 127.0.0.1:5432 for user postgres (password "postgres", or trust).
#
#   postgres.sh ensure            use a running server, else start (installing if missing) Debian's
#   postgres.sh createdb NAME [--fresh]
#   postgres.sh role NAME PASSWORD   a login role that owns nothing and is subject to row-level
#                                    security (DD022), created if missing; an existing one is kept
#   postgres.sh cluster NAME PORT    a second PostgreSQL server of Debian's (pg_createcluster) on
#                                    PORT, created if missing and started (a shard, DD039)
#   postgres.sh standby NAME PORT PRIMARY_PORT
#                                    a hot standby of the cluster on PRIMARY_PORT (DD040), on PORT
#   postgres.sh stopcluster NAME     stops it
#
# A server already running on 127.0.0.1:5432 is used as it is. Otherwise Debian's binaries are
# installed if missing and the cluster is started as the 'postgres' user (PostgreSQL refuses root).
set -euo pipefail

export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
export PGPASSWORD="${PGPASSWORD:-postgres}"

log() { printf '[postgres.sh] %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

answers() { pg_isready -q -h "$PGHOST" -p "$PGPORT" 2>/dev/null; }

cmd_ensure() {
  if command -v pg_isready >/dev/null && answers; then
    return 0
  fi
  if ! command -v pg_ctlcluster >/dev/null; then
    log "installing PostgreSQL from Debian's packages"
    apt-get update -q >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql >/dev/null
  fi
  local version
  version="$(ls /etc/postgresql 2>/dev/null | sort -V | tail -n 1)"
  if [[ -z "$version" ]]; then
    version="$(ls /usr/lib/postgresql | sort -V | tail -n 1)"
    pg_createcluster "$version" main >/dev/null
  fi
  log "starting PostgreSQL ${version}"
  pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
  for _ in $(seq 1 30); do
    answers && break
    sleep 1
  done
  answers || die "PostgreSQL does not answer on ${PGHOST}:${PGPORT}"
  # A fresh Debian cluster asks for passwords on TCP: give postgres the local development password.
  su postgres -c "psql -q -c \"alter user postgres password '${PGPASSWORD}'\"" >/dev/null
}

cmd_createdb() {
  local name="${1:?database name}" fresh="${2:-}"
  if [[ "$fresh" == "--fresh" ]]; then
    psql -q -d postgres -c "drop database if exists \"${name}\" with (force)" >/dev/null
  fi
  if [[ -z "$(psql -tA -d postgres -c "select 1 from pg_database where datname = '${name}'")" ]]; then
    psql -q -d postgres -c "create database \"${name}\"" >/dev/null
  fi
}

# Roles are cluster-wide; the application's must exist before Payara's pool first connects.
cmd_role() {
  local name="${1:?role name}" password="${2:?role password}"
  psql -q -d postgres -v ON_ERROR_STOP=1 -v name="$name" -v password="$password" >/dev/null <<'SQL'
select format('create role %I with login password %L nosuperuser nocreatedb nocreaterole nobypassrls',
              :'name', :'password')
 where not exists (select 1 from pg_roles where rolname = :'name') \gexec
SQL
}

# Starts Debian cluster VERSION/NAME unless something answers on PORT, and waits up to 30 s for it.
started() {
  local version="$1" name="$2" port="$3"
  if ! pg_isready -q -h 127.0.0.1 -p "$port"; then
    pg_ctlcluster --skip-systemctl-redirect "$version" "$name" start
    for _ in $(seq 1 30); do
      pg_isready -q -h 127.0.0.1 -p "$port" && break
      sleep 1
    done
  fi
}

cmd_cluster() {
  local name="${1:?cluster name}" port="${2:?port}" version
  version="$(ls /etc/postgresql 2>/dev/null | sort -V | tail -n 1)"
  [[ -n "$version" ]] || version="$(ls /usr/lib/postgresql | sort -V | tail -n 1)"
  if [[ ! -d "/etc/postgresql/${version}/${name}" ]]; then
    log "creating PostgreSQL ${version} cluster ${name} on port ${port}"
    pg_createcluster "$version" "$name" --port "$port" >/dev/null
  fi
  started "$version" "$name" "$port"
  pg_isready -q -h 127.0.0.1 -p "$port" || die "cluster ${name} does not answer on port ${port}"
  # over the socket (peer authentication): TCP asks for the password this sets
  su postgres -c "psql -q -h /var/run/postgresql -p ${port} -c \"alter user postgres password '${PGPASSWORD}'\"" >/dev/null
}

# A hot standby of another local cluster (DD040): Debian's pg_createcluster for the configuration and
# port, its data directory then replaced by pg_basebackup -R from the primary over the socket (peer
# authentication; Debian's pg_hba allows local replication), so it streams and answers reads. Kept
# between runs; started if stopped.
cmd_standby() {
  local name="${1:?standby cluster name}" port="${2:?port}" primary="${3:?primary port}" version data
  version="$(ls /etc/postgresql 2>/dev/null | sort -V | tail -n 1)"
  data="/var/lib/postgresql/${version}/${name}"
  if [[ ! -f "${data}/standby.signal" ]]; then
    log "creating PostgreSQL ${version} cluster ${name} on port ${port}, a standby of port ${primary}"
    [[ -d "/etc/postgresql/${version}/${name}" ]] || pg_createcluster "$version" "$name" --port "$port" >/dev/null
    pg_ctlcluster --skip-systemctl-redirect "$version" "$name" stop 2>/dev/null || true
    rm -rf "$data"
    install -d -o postgres -g postgres -m 700 "$data"
    su postgres -c "/usr/lib/postgresql/${version}/bin/pg_basebackup -h /var/run/postgresql -p ${primary} -D ${data} -R -X stream"
  fi
  started "$version" "$name" "$port"
  pg_isready -q -h 127.0.0.1 -p "$port" || die "standby ${name} does not answer on port ${port}"
}

cmd_stopcluster() {
  local name="${1:?cluster name}" version
  version="$(ls /etc/postgresql 2>/dev/null | sort -V | tail -n 1)"
  pg_ctlcluster --skip-systemctl-redirect "$version" "$name" stop 2>/dev/null || true
}

case "${1:-}" in
  ensure) cmd_ensure ;;
  createdb) shift; cmd_createdb "$@" ;;
  role) shift; cmd_role "$@" ;;
  cluster) shift; cmd_cluster "$@" ;;
  standby) shift; cmd_standby "$@" ;;
  stopcluster) shift; cmd_stopcluster "$@" ;;
  *) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
