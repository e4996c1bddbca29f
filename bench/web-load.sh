#!/usr/bin/env bash
# Page latency and throughput under load, against the same DESCRIBE through /sparql.
# Usage: bench/web-load.sh [CORPUS_DIR] [DURATION] [CONNECTIONS]
# Needs wrk (apt-get install -y wrk) and a built jar (mvn -B -q package -DskipTests).
set -euo pipefail
cd "$(dirname "$0")/.."
CORPUS=${1:-../shared/corpus/seeds}
DURATION=${2:-15s}
CONNS=${3:-8}
PORT=${PORT:-3099}
BASE="http://localhost:$PORT/"
JAR=target/councilgraph.jar
command -v wrk >/dev/null || { echo "wrk is not installed: apt-get install -y wrk" >&2; exit 1; }
[ -f "$JAR" ] || { echo "build first: mvn -B -q package -DskipTests" >&2; exit 1; }
DB=$(mktemp -d /tmp/councilgraph-bench-XXXXXX)
java -jar "$JAR" load "$CORPUS" --db "$DB/db" --base-uri "$BASE" 2>&1 | tail -1
SERVER=
stop() { if [ -n "$SERVER" ]; then kill "$SERVER" 2>/dev/null; wait "$SERVER" 2>/dev/null || true; SERVER=; fi; }
trap 'stop; rm -rf "$DB"' EXIT
start() {  # page-cache size
  java -Xmx512m -jar "$JAR" serve --db "$DB/db" --port "$PORT" --base-uri "$BASE" --page-cache "$1" > "$DB/server.log" 2>&1 &
  SERVER=$!
  for _ in $(seq 1 60); do curl -sf "${BASE}\$/ping" >/dev/null && return; sleep 0.5; done
  echo "server did not start" >&2; cat "$DB/server.log" >&2; exit 1
}
start 0
COUNCIL=$(curl -sf -H 'Accept: text/csv' --data-urlencode 'query=SELECT ?c WHERE { ?c a <https://w3id.org/councilgraph/def#Council> } ORDER BY ?c LIMIT 1' "${BASE}sparql" | sed -n 2p | tr -d '\r')
PATH_PART=${COUNCIL#"$BASE"id/}
DESCRIBE=$(python3 -c 'import sys,urllib.parse;print(urllib.parse.quote("DESCRIBE <"+sys.argv[1]+">"))' "$COUNCIL")
echo "council: $COUNCIL; wrk -t2 -c$CONNS -d$DURATION; $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
run() {  # label, accept, url
  # warm up, then measure
  wrk -t2 -c2 -d2s -H "Accept: $2" "$3" >/dev/null
  out=$(wrk -t2 -c"$CONNS" -d"$DURATION" --latency -H "Accept: $2" "$3")
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  p50=$(echo "$out" | awk '$1=="50%" {print $2}')
  p99=$(echo "$out" | awk '$1=="99%" {print $2}')
  non2xx=$(echo "$out" | awk '/Non-2xx/ {print $NF}')
  printf '%-38s %10s req/s   p50 %8s   p99 %8s   non-2xx %s\n' "$1" "$rps" "$p50" "$p99" "${non2xx:-0}"
}
all() {
  run "council page, HTML"           "text/html"   "${BASE}doc/$PATH_PART"
  run "council page, Turtle"         "text/turtle" "${BASE}doc/$PATH_PART"
  run "DESCRIBE via /sparql, Turtle" "text/turtle" "${BASE}sparql?query=$DESCRIBE"
  run "home page, HTML"              "text/html"   "${BASE}"
  run "ping"                         "*/*"         "${BASE}\$/ping"
}
echo "-- page cache off (every request queries the store)"
all
stop
start 2000
echo "-- page cache on (default)"
all
