#!/usr/bin/env bash
# End-to-end check of keycloak.sh and realm-streetgov.json:
# fetch, start on a fresh database, check token claims and the login page, stop, drop the database.
#
#   verify.sh [--http-port 18180] [--mgmt-port 19000] [--db streetgov_kc_verify] [--keep]
#
# --keep leaves Keycloak running and the database in place. Prints decoded token payloads and
# ends with a line "N passed, M failed"; exits non-zero if any check failed.
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
HTTP_PORT=18180
MGMT_PORT=19000
DB=streetgov_kc_verify
KEEP=false
while [[ $# -gt 0 ]]; do
  case "$1" in
    --http-port) HTTP_PORT="$2"; shift 2 ;;
    --mgmt-port) MGMT_PORT="$2"; shift 2 ;;
    --db) DB="$2"; shift 2 ;;
    --keep) KEEP=true; shift ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
done

command -v jq >/dev/null || { echo "verify.sh needs jq (apt-get install jq)" >&2; exit 2; }

KC="${SCRIPT_DIR}/keycloak.sh"
BASE="http://127.0.0.1:${HTTP_PORT}/realms/streetgov"
ISSUER="http://localhost:${HTTP_PORT}/realms/streetgov"
PASSED=0
FAILED=0

check() { # check DESCRIPTION JQ_FILTER JSON
  if jq -e "$2" >/dev/null 2>&1 <<<"$3"; then
    PASSED=$((PASSED + 1)); echo "  ok    $1"
  else
    FAILED=$((FAILED + 1)); echo "  FAIL  $1  (filter: $2)"
  fi
}

# Decode the payload (2nd part) of a JWT.
jwt_payload() {
  local p
  p="$(cut -d. -f2 <<<"$1" | tr '_-' '/+')"
  while (( ${#p} % 4 )); do p="${p}="; done
  base64 -d <<<"$p"
}

password_token() { # password_token USER -> access token (client streetgov-cli)
  curl -fsS -d client_id=streetgov-cli -d grant_type=password -d scope=openid \
    -d username="$1" -d password=demo1234 "${BASE}/protocol/openid-connect/token" | jq -r .access_token
}

cleanup() {
  if [[ "$KEEP" != true ]]; then
    "$KC" stop --http-port "$HTTP_PORT" || true
    "$KC" dropdb --db "$DB" || true
  fi
}
trap cleanup EXIT

t0=$SECONDS
"$KC" fetch
echo "fetch: $((SECONDS - t0)) s"
t0=$SECONDS
"$KC" start --http-port "$HTTP_PORT" --mgmt-port "$MGMT_PORT" --db "$DB" --fresh
echo "start --fresh: $((SECONDS - t0)) s"

echo "== xicheng-admin"
XA="$(jwt_payload "$(password_token xicheng-admin)")"
jq . <<<"$XA"
check "iss is ${ISSUER}" ".iss == \"${ISSUER}\"" "$XA"
check "groups has district-admin" '.groups | index("district-admin")' "$XA"
check "upn and preferred_username" '.upn == "xicheng-admin" and .preferred_username == "xicheng-admin"' "$XA"
check "organization.xicheng with id and adcode" \
  '.organization.xicheng.id != null and .organization.xicheng.adcode == ["110102"] and (.organization | length) == 1' "$XA"
check "access token lifespan 5 min" '.exp - .iat == 300' "$XA"
check "access token audience streetgov-api" '(.aud | if type == "array" then . else [.] end) | index("streetgov-api") != null' "$XA"

echo "== luohu-staff"
LS="$(jwt_payload "$(password_token luohu-staff)")"
jq . <<<"$LS"
check "groups has street-staff" '.groups | index("street-staff")' "$LS"
check "street group /南湖街道 inside organization.luohu" '.organization.luohu.groups == ["/南湖街道"]' "$LS"
check "adcode 440303" '.organization.luohu.adcode == ["440303"]' "$LS"

echo "== vendor"
VE="$(jwt_payload "$(password_token vendor)")"
jq -c '{upn, groups, organization}' <<<"$VE"
check "groups has vendor-operator" '.groups | index("vendor-operator")' "$VE"
check "vendor is in no organization" '(.organization // {}) == {}' "$VE"

for u in dongcheng-staff:东直门街道 chenghua-staff:猛追湾街道 xicheng-staff:西长安街街道; do
  user="${u%%:*}" street="${u#*:}"
  P="$(jwt_payload "$(password_token "$user")")"
  check "${user} in /${street}" "[.organization[].groups[]] == [\"/${street}\"]" "$P"
done

echo "== discovery and login page"
DISC="$(curl -fsS "${BASE}/.well-known/openid-configuration")"
jq -c '{issuer, authorization_endpoint, token_endpoint, jwks_uri}' <<<"$DISC"
check "discovery issuer" ".issuer == \"${ISSUER}\"" "$DISC"
code="$(curl -s -o /tmp/streetgov-login.$$ -w '%{http_code}' \
  "${BASE}/protocol/openid-connect/auth?client_id=streetgov-ui&response_type=code&scope=openid&redirect_uri=http://localhost:18080/")"
html_ok=false
grep -qi '<html' /tmp/streetgov-login.$$ && grep -q 'name="username"' /tmp/streetgov-login.$$ && html_ok=true
rm -f /tmp/streetgov-login.$$
check "login page for streetgov-ui: 200 HTML with a username field" '.code == 200 and .html' \
  "{\"code\": ${code}, \"html\": ${html_ok}}"

echo "${PASSED} passed, ${FAILED} failed"
[[ "$FAILED" -eq 0 ]]
