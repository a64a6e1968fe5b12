#!/usr/bin/env bash
# node-wpapi (pinned in package.json and package-lock.json) against the packaged app: a fresh embedded database,
# the project's WXR fixture imported through the admin API, then wpapi.test.mjs through /wp-json.
# Usage: ./mvnw package -DskipTests && src/test/wpapi/run.sh        (needs Node.js 18 or later and npm)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here/../../.."
port=${PORT:-18082}
jar=target/quarkus-app/quarkus-run.jar
[ -f "$jar" ] || { echo "Build first: ./mvnw package -DskipTests" >&2; exit 1; }
command -v node >/dev/null || { echo "Node.js is missing" >&2; exit 1; }
if curl -s -o /dev/null "http://127.0.0.1:$port/"; then
    echo "Port $port is taken: another server would answer in place of this one." >&2
    exit 1
fi

work=$(mktemp -d)
app=""
cleanup() {
    [ -n "$app" ] && kill "$app" 2>/dev/null && wait "$app" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

# The API's own address is the one its Link headers name, so wpapi's next-page helper comes back here.
AKHBAR_DATA_DIR="$work/data" AKHBAR_ADMIN_PASSWORD=wpapi-admin-password AKHBAR_DEMO_ENABLED=false \
    AKHBAR_RATE_LIMIT_ENABLED=false AKHBAR_SITE_API_URL="http://127.0.0.1:$port" QUARKUS_HTTP_PORT=$port \
    java -jar "$jar" >"$work/app.log" 2>&1 &
app=$!
for _ in $(seq 1 600); do
    curl -sf -o /dev/null "http://127.0.0.1:$port/q/health/ready" && break
    kill -0 "$app" 2>/dev/null || { cat "$work/app.log" >&2; exit 1; }
    sleep 0.1
done
token=$(curl -sf "http://127.0.0.1:$port/api/v1/auth/token" -H 'Content-Type: application/json' \
    -d '{"email":"admin@akhbar.local","password":"wpapi-admin-password"}' | sed 's/.*"accessToken":"\([^"]*\)".*/\1/')
curl -sf -o "$work/report.json" -H "Authorization: Bearer $token" -H 'Content-Type: application/xml' \
    --data-binary @src/test/resources/wordpress/export.xml "http://127.0.0.1:$port/api/v1/admin/import/wordpress"
echo "Imported the fixture: $(head -c 300 "$work/report.json")…"

cd "$here"
npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
AKHBAR_WP_ENDPOINT="http://127.0.0.1:$port/wp-json" node --test wpapi.test.mjs
