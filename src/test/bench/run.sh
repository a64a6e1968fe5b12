#!/usr/bin/env bash
# The read benchmark: real HTTP with wrk, on a generated dataset, the API pinned to one core and wrk to the other.
# Dataset: src/test/bench/GenerateDataset.java (deterministic): N articles of ~600 Arabic words over ten years,
# 50 authors, 20 categories, 200 tags, about N comments (40 on the newest article, the one read here), imported through POST /api/v1/admin/import into a fresh embedded H2 database.
# The ceiling: nginx (if installed) serving the same article JSON as a static file, on the same core, in the same run.
#
# Usage: ./mvnw package -DskipTests && src/test/bench/run.sh [articles]       (default 10000)
# Settings: SECONDS_PER_READ (10), WARMUP (20: every read runs that long before any is measured, since one core
# compiles slowly), CONNECTIONS (8), KEEP=1 keeps the data.
set -euo pipefail
cd "$(dirname "$0")/../../.."
articles=${1:-10000}
seconds=${SECONDS_PER_READ:-10}
warmup=${WARMUP:-20}
connections=${CONNECTIONS:-8}
port=18080
jar=target/quarkus-app/quarkus-run.jar
# The JVM settings of the Dockerfile (and of the README's production run command), for a one- or two-core container.
java_opts=${JAVA_OPTS:-$(sed -n 's/.*JAVA_OPTS_APPEND="\([^"]*\)".*/\1/p' docker/Dockerfile)}

[ -f "$jar" ] || { echo "Build first: ./mvnw package -DskipTests" >&2; exit 1; }
if ! command -v wrk >/dev/null; then
    if [ "$(id -u)" = 0 ]; then apt-get install -y -qq wrk >/dev/null; else echo "wrk is missing (apt-get install wrk)" >&2; exit 1; fi
fi
cpus=$(nproc)
# Arrays, not functions: a background function would be a subshell, and $! its pid instead of the server's.
pin_app=()
pin_load=()
if [ "$cpus" -ge 2 ]; then pin_app=(taskset -c 0); pin_load=(taskset -c 1); fi

work=$(mktemp -d)
app=""
nginx_pid=""
cleanup() {
    [ -n "$app" ] && kill "$app" 2>/dev/null && wait "$app" 2>/dev/null || true
    [ -n "$nginx_pid" ] && kill "$nginx_pid" 2>/dev/null || true
    [ "${KEEP:-0}" = 1 ] && echo "Kept $work" || rm -rf "$work"
}
trap cleanup EXIT

start_app() {
    if curl -s -o /dev/null "http://127.0.0.1:$port/"; then
        echo "Port $port is taken: another server would answer in place of this one." >&2
        exit 1
    fi
    local begin=$(date +%s%N)
    AKHBAR_DATA_DIR="$work/data" AKHBAR_ADMIN_PASSWORD=benchmark-admin-password AKHBAR_DEMO_ENABLED=false \
        AKHBAR_RATE_LIMIT_ENABLED=false \
        AKHBAR_CACHE_ENABLED=${cache_enabled:-true} QUARKUS_HTTP_PORT=$port "${pin_app[@]}" \
        java $java_opts ${cds_opts:-} -jar "$jar" >>"$work/app.log" 2>&1 &
    app=$!
    for _ in $(seq 1 600); do
        curl -sf -o /dev/null "http://127.0.0.1:$port/api/v1/articles?size=1" && break
        sleep 0.05
    done
    start_ms=$(( ($(date +%s%N) - begin) / 1000000 ))
}

echo "== Dataset: $articles articles"
java src/test/bench/GenerateDataset.java "$articles" >"$work/dataset.ndjson"
# The import run doubles as the training run of a class-data-sharing archive (written when it stops).
cds_opts="-XX:ArchiveClassesAtExit=$work/app.jsa" start_app
token=$(curl -s "http://127.0.0.1:$port/api/v1/auth/token" -H 'Content-Type: application/json' \
    -d '{"email":"admin@akhbar.local","password":"benchmark-admin-password"}' | sed 's/.*"accessToken":"\([^"]*\)".*/\1/')
split -l 20000 "$work/dataset.ndjson" "$work/part-"
import_start=$(date +%s%N)
for part in "$work"/part-*; do
    curl -sf -H "Authorization: Bearer $token" -H 'Content-Type: application/x-ndjson' --data-binary "@$part" \
        "http://127.0.0.1:$port/api/v1/admin/import" >"$part.report"
    grep -q '"rejectedCount":0' "$part.report" || { echo "Import refused lines: $(head -c 500 "$part.report")" >&2; exit 1; }
done
import_s=$(( ($(date +%s%N) - import_start) / 1000000000 ))
echo "Imported in ${import_s}s ($(( articles / (import_s > 0 ? import_s : 1) )) articles/s); database file: $(du -sh "$work/data" | cut -f1)"
echo "Search index, kept up to date during the import: $(du -sh "$work/data/search" | cut -f1)"
# A full rebuild from the database, as after an upgrade of the analysis: the log says how long it took.
curl -sf -o /dev/null -X POST -H "Authorization: Bearer $token" "http://127.0.0.1:$port/api/v1/admin/search/reindex"
for _ in $(seq 1 36000); do
    grep -q "Search index built: $articles articles" "$work/app.log" && break
    sleep 0.1
done
echo "Search index rebuilt from the database: $(grep -o "Search index built: $articles articles in [0-9]* ms" "$work/app.log" | tail -1); size $(du -sh "$work/data/search" | cut -f1)"

# Start time on a loaded data directory: from launch to the first 200.
kill "$app"; wait "$app" 2>/dev/null || true
echo "Database file after a clean shutdown: $(du -sh "$work/data/akhbar.mv.db" | cut -f1)"
cds_opts="-XX:SharedArchiveFile=$work/app.jsa" start_app
echo "Start on the loaded data directory, with the class-data-sharing archive of the import run: ${start_ms} ms"
kill "$app"; wait "$app" 2>/dev/null || true
start_app
echo "Start on the loaded data directory: ${start_ms} ms"

base="http://127.0.0.1:$port/api/v1"
urlencode() { printf '%s' "$1" | od -An -tx1 | tr -d ' \n' | sed 's/../%&/g'; }
newest=$(curl -s "$base/articles?size=1" | sed 's/.*"items":\[{"slug":"\([^"]*\)".*/\1/')
biggest() { curl -s "$base/$1?size=100" | grep -o '"slug":"[^"]*"[^{}]*"articleCount":[0-9]*' \
    | sed 's/"slug":"\([^"]*\)".*"articleCount":\([0-9]*\)/\2 \1/' | sort -rn | head -1 | cut -d' ' -f2; }
tag=$(biggest tags)
author=$(curl -s "$base/authors?size=100" | grep -o '"slug":"author-[0-9]*"[^{}]*"articleCount":[0-9]*' \
    | sed 's/"slug":"\([^"]*\)".*"articleCount":\([0-9]*\)/\2 \1/' | sort -rn | head -1 | cut -d' ' -f2)
# A top-level section of the generated dataset: its page includes its four sub-sections.
category=أخبار
slug=$(urlencode "$newest")
# WordPress's routes name posts by number; the newest article's, as the compatible API gives it.
wp="http://127.0.0.1:$port/wp-json/wp/v2"
wp_number=$(curl -s "$wp/posts?per_page=1&_fields=id" | sed 's/.*"id":\([0-9]*\).*/\1/')
etag=$(curl -s -D - -o "$work/article.json" "$base/articles/$slug" | tr -d '\r' | sed -n 's/^[Ee][Tt]ag: //p')

if command -v nginx >/dev/null; then
    mkdir -p "$work/www" "$work/nginx"
    chmod 755 "$work" "$work/www"
    cp "$work/article.json" "$work/www/article.json"
    chmod 644 "$work/www/article.json"
    cat >"$work/nginx/nginx.conf" <<CONF
worker_processes 1;
daemon off;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path $work/nginx; proxy_temp_path $work/nginx; fastcgi_temp_path $work/nginx;
    uwsgi_temp_path $work/nginx; scgi_temp_path $work/nginx;
    server { listen 127.0.0.1:18089; root $work/www; default_type application/json; etag on; }
}
CONF
    "${pin_app[@]}" nginx -c "$work/nginx/nginx.conf" &
    nginx_pid=$!
    sleep 0.5
fi

measure() {
    local name=$1 url=$2; shift 2
    if [ "$phase" = warmup ]; then
        "${pin_load[@]}" wrk -t1 -c"$connections" -d"${warmup}s" "$@" "$url" >/dev/null
        return
    fi
    local out
    out=$("${pin_load[@]}" wrk -t1 -c"$connections" -d"${seconds}s" --latency "$@" "$url")
    local rps p50 p99 errors transfer
    rps=$(awk '/Requests\/sec/ {printf "%d", $2}' <<<"$out")
    p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
    p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
    errors=$(awk '/Non-2xx/ {print $5} /Socket errors/ {print "socket:" $4 $6 $8 $10}' <<<"$out" | paste -sd' ')
    transfer=$(awk '/Transfer\/sec/ {print $2}' <<<"$out")
    printf '| %s | %s | %s | %s | %s | %s |\n' "$name" "$rps" "$p50" "$p99" "${errors:-0}" "$transfer"
    [ -z "$errors" ] || failed=1
}
failed=0
reads() {
    measure "list, page 1 of 10" "$base/articles?size=10"
    measure "list, page 500 of 10" "$base/articles?size=10&page=500"
    measure "list by tag (the most used)" "$base/articles?size=10&tag=$(urlencode "$tag")"
    measure "list by category (the largest)" "$base/articles?size=10&category=$(urlencode "$category")"
    measure "article by slug" "$base/articles/$slug"
    measure "article by slug, 304" "$base/articles/$slug" -H "If-None-Match: $etag"
    measure "related articles" "$base/articles/$slug/related"
    measure "author box (the most prolific)" "$base/authors/$author"
    measure "author's articles, page 1" "$base/authors/$author/articles?size=10"
    measure "categories" "$base/categories"
    measure "tags" "$base/tags"
    measure "comments of an article" "$base/articles/$slug/comments"
    # Search answers are kept by the response cache like the reads above (cache off: each runs against the index).
    # The generated text has a vocabulary of 150 words, so every query matches a large part of the archive: the
    # worst case for facets.
    measure "search, one word" "$base/search?q=$(urlencode "الكهرباء")&size=10"
    measure "search, three words" "$base/search?q=$(urlencode "المنتخب الوطني البطولة")&size=10"
    measure "search, a phrase" "$base/search?q=$(urlencode '"مهرجان السينما"')&size=10"
    measure "search suggestions" "$base/search/suggest?q=$(urlencode "الكهر")"
    measure "RSS feed of the site (full bodies)" "$base/feeds/rss"
    measure "Atom feed of a category" "$base/feeds/categories/$(urlencode "$category")/atom"
    measure "article sitemap, part 1" "$base/sitemaps/articles-1.xml"
    measure "change feed from the start, 100 items" "$base/changes?since=0&limit=100"
    measure "wp/v2 posts, page 1 of 10, _embed" "$wp/posts?per_page=10&_embed=1"
    measure "wp/v2 post by id" "$wp/posts/$wp_number"
    measure "wp/v2 comments of a post" "$wp/comments?post=$wp_number"
    if [ -n "$nginx_pid" ]; then
        measure "nginx: the article JSON as a static file" "http://127.0.0.1:18089/article.json"
    fi
}
# One core compiles slowly: every read runs for WARMUP seconds first, then each is measured.
table() {
    printf '\n| read (%s articles, %s) | req/s | p50 | p99 | errors | transfer/s |\n|---|---|---|---|---|---|\n' \
        "$articles" "$1"
    phase=warmup
    reads
    phase=measure
    reads
    rss_kb=$(ps -o rss= -p "$app" | tr -d ' ')
    printf '\nRSS of the API after these reads: %d MB (JVM: %s)\n' $((rss_kb / 1024)) "$java_opts"
}
table "response cache on"
# The same reads rendered every time: what a miss costs, and what a write-heavy moment looks like.
kill "$app"; wait "$app" 2>/dev/null || true
cache_enabled=false start_app
table "response cache off"
[ "$failed" = 0 ] || { echo "Some reads answered errors (see the table)." >&2; exit 1; }
