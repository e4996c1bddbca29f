#!/usr/bin/env bash
# Times the two steps `demo` runs before it serves, into a fresh TDB2 store: loading the sample papers (the anchor)
# and importing the official extract (examples/official); then a second import, which should find every file
# unchanged. Prints each time and the import's cost as a ratio of the load's.
# Usage: bench/demo-start.sh   (after mvn -B -q package -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/.."
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
seconds() { local start end; start=$(date +%s.%N); "$@" > "$WORK/out.log" 2>&1; end=$(date +%s.%N); echo "$end - $start" | bc; }
load=$(seconds java -jar target/councilgraph.jar load examples --db "$WORK/db" --progress none)
import=$(seconds java -jar target/councilgraph.jar import examples/official --db "$WORK/db")
tail -1 "$WORK/out.log"
again=$(seconds java -jar target/councilgraph.jar import examples/official --db "$WORK/db")
printf 'load examples/ (3 papers):            %5.1f s\n' "$load"
printf 'import examples/official (4 files):   %5.1f s  (%.1f x the load)\n' "$import" "$(echo "$import / $load" | bc -l)"
printf 'import again (all unchanged):         %5.1f s  (%.1f x the load)\n' "$again" "$(echo "$again / $load" | bc -l)"
