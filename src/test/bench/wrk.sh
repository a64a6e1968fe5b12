#!/usr/bin/env bash
# Load benchmark of the public read API over real HTTP with wrk (Debian package "wrk").
# Dataset: the demo content (22 published articles, 5 authors, 8 categories, 14 tags) in a fresh H2 file.
# Usage: ./mvnw package -DskipTests && src/test/bench/wrk.sh [seconds] [connections]
set -euo pipefail
cd "$(dirname "$0")/../../.."
duration=${1:-15}
connections=${2:-16}
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 1; }

data=$(mktemp -d)
AKHBAR_DATA_DIR="$data" java -jar target/quarkus-app/quarkus-run.jar >"$data/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; rm -rf "$data"' EXIT
for _ in $(seq 1 100); do curl -sf -o /dev/null http://127.0.0.1:8080/api/v1/articles && break; sleep 0.2; done

seed=$(python3 -c "import urllib.parse;print(urllib.parse.quote('تفاصيل-جديدة-تكشف-لأول-مرة-حول-الساعات-الأخيرة-لبشار-الأسد-في-سوريا-وقصة-الهروب-إلى-موسكو'))")
wrk -t2 -c"$connections" -d5s "http://127.0.0.1:8080/api/v1/articles" >/dev/null # warm-up
for path in "/api/v1/articles?size=20" "/api/v1/articles?tag=%D8%B3%D9%88%D8%B1%D9%8A%D8%A7&size=20" \
    "/api/v1/articles/$seed" "/api/v1/articles/$seed/related" "/api/v1/authors/rami-fakhori" "/api/v1/categories"; do
    echo "== GET ${path:0:70}"
    wrk -t2 -c"$connections" -d"${duration}s" --latency "http://127.0.0.1:8080$path" | grep -E "Requests/sec|50%|99%|Non-2xx"
done
