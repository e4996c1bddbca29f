#!/usr/bin/env bash
# Builds a folder of 1,000 generated documents (a quarter each .txt, .pdf, .docx and ModernGov .html)
# and times `load` twice into a fresh TDB2 store: the second run should find every file unchanged.
# Usage: bench/load-1000.sh [COUNT]
set -euo pipefail
cd "$(dirname "$0")/.."
COUNT=${1:-1000}
. bench/fixtures.sh
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
fixtures mixed "$COUNT" "$WORK/docs"
for run in first second; do
  start=$(date +%s.%N)
  java -jar target/councilgraph.jar load "$WORK/docs" --db "$WORK/db" --progress plain --report "$WORK/$run.json" 2>&1 | tail -3
  end=$(date +%s.%N)
  printf '%s run: %.1f s\n' "$run" "$(echo "$end - $start" | bc)"
done
