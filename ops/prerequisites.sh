#!/usr/bin/env bash
# Installs what a fresh machine lacks for the build, the tests and ops/run:
# Debian's Chromium (Playwright drives it; Playwright's own browser download is not used) and
# Noto CJK fonts (Chinese text in screenshots), HAProxy (the load balancer of ops/cluster, issue 15),
# and a running PostgreSQL. Keycloak and Payara Micro
# come from Maven Central through the build and ops/keycloak/keycloak.sh.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

missing=()
command -v chromium >/dev/null || missing+=(chromium)
dpkg -s fonts-noto-cjk >/dev/null 2>&1 || missing+=(fonts-noto-cjk)
command -v curl >/dev/null || missing+=(curl)
command -v unzip >/dev/null || missing+=(unzip)
command -v psql >/dev/null || missing+=(postgresql-client)
command -v haproxy >/dev/null || missing+=(haproxy)
if (( ${#missing[@]} )); then
  echo "[prerequisites] installing ${missing[*]}"
  apt-get update -q >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}" >/dev/null
fi
"${ROOT}/ops/postgres.sh" ensure
echo "[prerequisites] ok: $(chromium --version 2>/dev/null | head -n 1), PostgreSQL on 127.0.0.1:5432"
