#!/usr/bin/env bash
# Renders the seed .txt files into PDF, DOCX and ModernGov-style HTML (with their gold and sidecar
# files) and scores each format with the shared scorer, to compare with the .txt figures.
# Usage: bench/seeds-as-formats.sh [SEEDS_DIR]   (run from the checkout; builds the jar if absent)
set -euo pipefail
cd "$(dirname "$0")/.."
SEEDS=${1:-../shared/corpus/seeds}
SCORER=${SCORER:-../shared/eval/score.py}
. bench/fixtures.sh
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
fixtures seeds "$SEEDS" "$WORK"
for f in txt pdf docx html; do
  printf '== %s\n' "$f"
  python3 "$SCORER" --jar target/councilgraph.jar --corpus "$WORK/$f" --min-recall 0 --min-precision 0 | tail -1
done
