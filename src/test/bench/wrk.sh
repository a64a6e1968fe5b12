#!/usr/bin/env bash
# Load benchmark of the public read API over real HTTP with wrk (Debian package "wrk").
# Dataset: the demo content (22 published articles, 5 authors, 8 categories, 14 tags) in a fresh H2 file, plus
# EXTRA published articles written through the admin API (tagged and filed like the demo ones).
# Usage: ./mvnw package -DskipTests && EXTRA=2000 src/test/bench/wrk.sh [seconds] [connections]
set -euo pipefail
cd "$(dirname "$0")/../../.."
duration=${1:-15}
connections=${2:-16}
extra=${EXTRA:-0}
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 1; }

data=$(mktemp -d)
AKHBAR_DATA_DIR="$data" AKHBAR_ADMIN_PASSWORD=benchmark-admin-password \
    java -jar target/quarkus-app/quarkus-run.jar >"$data/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; rm -rf "$data"' EXIT
for _ in $(seq 1 100); do curl -sf -o /dev/null http://127.0.0.1:8080/q/health/ready && break; sleep 0.2; done

if [ "$extra" -gt 0 ]; then
    token=$(curl -s http://127.0.0.1:8080/api/v1/auth/token -H 'Content-Type: application/json' \
        -d '{"email":"admin@akhbar.local","password":"benchmark-admin-password"}' | sed 's/.*"accessToken":"\([^"]*\)".*/\1/')
    categories=(أخر-الأخبار الشأن-السوري اقتصاد رياضة تكنولوجيا ثقافة-وفنون)
    tags=(سوريا روسيا دمشق الطاقة كرة-القدم السينما الانتخابات إيران)
    echo "Writing $extra articles through the admin API..."
    for i in $(seq 1 "$extra"); do
        c=${categories[$((i % 6))]}; t1=${tags[$((i % 8))]}; t2=${tags[$(((i * 3) % 8))]}
        curl -s -o /dev/null -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
            http://127.0.0.1:8080/api/v1/admin/articles -d "{\"title\":\"خبر تجريبي رقم $i عن $t1\",\
\"body\":\"<p>فقرة أولى من الخبر رقم $i.</p><p>فقرة ثانية فيها تفاصيل إضافية عن $t2 و$c.</p>\",\
\"authors\":[\"rami-fakhori\"],\"category\":\"$c\",\"tags\":[\"$t1\",\"$t2\"],\"status\":\"published\",\
\"publishedAt\":\"2025-03-01T08:00:00Z\"}"
    done
fi
echo "Published articles: $(curl -s -D - -o /dev/null 'http://127.0.0.1:8080/api/v1/articles?size=1' | grep -i x-total-count)"

seed=$(printf '%s' 'تفاصيل-جديدة-تكشف-لأول-مرة-حول-الساعات-الأخيرة-لبشار-الأسد-في-سوريا-وقصة-الهروب-إلى-موسكو' | od -An -tx1 | tr -d ' \n' | sed 's/../%&/g')
wrk -t2 -c"$connections" -d5s "http://127.0.0.1:8080/api/v1/articles" >/dev/null # warm-up
for path in "/api/v1/articles?size=20" "/api/v1/articles?tag=%D8%B3%D9%88%D8%B1%D9%8A%D8%A7&size=20" \
    "/api/v1/articles?page=50&size=20" "/api/v1/articles/$seed" "/api/v1/articles/$seed/related" \
    "/api/v1/authors/rami-fakhori" "/api/v1/categories"; do
    echo "== GET ${path:0:70}"
    wrk -t2 -c"$connections" -d"${duration}s" --latency "http://127.0.0.1:8080$path" | grep -E "Requests/sec|50%|99%|Non-2xx"
done
