#!/usr/bin/env bash
# What `serve --base-uri` costs when it rewrites a store loaded under another base: the same requests
# against one store served under its own base (anchor) and published at another, page cache off so
# that every request queries the store. Ratios, not absolute figures, are the result.
# Usage: bench/base-rewrite.sh [CORPUS_DIR] [DURATION] [CONNECTIONS]
# Needs wrk (apt-get install -y wrk) and a built jar (mvn -B -q package -DskipTests).
set -euo pipefail
cd "$(dirname "$0")/.."
CORPUS=${1:-../shared/corpus/seeds}
DURATION=${2:-8s}
CONNS=${3:-8}
PORT=${PORT:-3098}
LOADED="http://localhost:$PORT/"
PUBLISHED="http://127.0.0.1:$PORT/"   # another base for the same server: the rewrite is on
JAR=target/councilgraph.jar
command -v wrk >/dev/null || { echo "wrk is not installed: apt-get install -y wrk" >&2; exit 1; }
[ -f "$JAR" ] || { echo "build first: mvn -B -q package -DskipTests" >&2; exit 1; }
DB=$(mktemp -d /tmp/councilgraph-bench-XXXXXX)
java -jar "$JAR" load "$CORPUS" --db "$DB/db" --base-uri "$LOADED" 2>&1 | tail -1
SERVER=
stop() { if [ -n "$SERVER" ]; then kill "$SERVER" 2>/dev/null; wait "$SERVER" 2>/dev/null || true; SERVER=; fi; }
trap 'stop; rm -rf "$DB"' EXIT
start() {  # extra serve options
  java -Xmx512m -jar "$JAR" serve --db "$DB/db" --port "$PORT" --page-cache 0 "$@" > "$DB/server.log" 2>&1 &
  SERVER=$!
  for _ in $(seq 1 60); do curl -sf "${LOADED}\$/ping" >/dev/null && return; sleep 0.5; done
  echo "server did not start" >&2; cat "$DB/server.log" >&2; exit 1
}
rps() {  # accept, url
  wrk -t2 -c2 -d2s -H "Accept: $1" "$2" >/dev/null
  wrk -t2 -c"$CONNS" -d"$DURATION" -H "Accept: $1" "$2" | awk '/Requests\/sec/ {print $2}'
}
start
COUNCIL=$(curl -sf -H 'Accept: text/csv' --data-urlencode 'query=SELECT ?c WHERE { ?c a <https://w3id.org/councilgraph/def#Council> } ORDER BY ?c LIMIT 1' "${LOADED}sparql" | sed -n 2p | tr -d '\r')
PATH_PART=${COUNCIL#"$LOADED"id/}
echo "council: $COUNCIL; wrk -t2 -c$CONNS -d$DURATION; $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
describe() { python3 -c 'import sys,urllib.parse;print(urllib.parse.quote("DESCRIBE <"+sys.argv[1]+">"))' "$1"; }
a_html=$(rps text/html "${LOADED}doc/$PATH_PART")
a_ttl=$(rps text/turtle "${LOADED}doc/$PATH_PART")
a_sparql=$(rps text/turtle "${LOADED}sparql?query=$(describe "$COUNCIL")")
stop
start --base-uri "$PUBLISHED"
b_html=$(rps text/html "${PUBLISHED}doc/$PATH_PART")
b_ttl=$(rps text/turtle "${PUBLISHED}doc/$PATH_PART")
b_sparql=$(rps text/turtle "${PUBLISHED}sparql?query=$(describe "${PUBLISHED}id/$PATH_PART")")
stop
printf '%-32s %12s %12s %8s\n' "request (page cache off)" "own base" "rewritten" "ratio"
for row in "council page, HTML:$a_html:$b_html" "council page, Turtle:$a_ttl:$b_ttl" "DESCRIBE via /sparql:$a_sparql:$b_sparql"; do
  IFS=: read -r label a b <<< "$row"
  printf '%-32s %10s/s %10s/s %8s\n' "$label" "$a" "$b" "$(python3 -c "print(f'{$b/$a:.2f}')")"
done
