#!/usr/bin/env bash
# Renders the seed .txt files into PDF, DOCX and ModernGov-style HTML (with their gold and sidecar
# files) and scores each format with the shared scorer, to compare with the .txt figures. Where the
# tools are installed it also prints the ModernGov HTML the way councils' papers reach PDF and Word:
# Chromium's print to PDF (pdf-chromium), LibreOffice's PDF export (pdf-libreoffice), LibreOffice's
# PDF of the DOCX (pdf-libreoffice-docx) and pandoc's DOCX (docx-pandoc); a missing tool is skipped.
# Usage: bench/seeds-as-formats.sh [SEEDS_DIR]   (run from the checkout; builds the jar if absent)
set -euo pipefail
cd "$(dirname "$0")/.."
SEEDS=${1:-../shared/corpus/seeds}
SCORER=${SCORER:-../shared/eval/score.py}
. bench/fixtures.sh
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
fixtures seeds "$SEEDS" "$WORK"
formats="txt pdf docx html"
companions() { cp "$WORK"/html/*.json "$WORK/$1/"; formats="$formats $1"; }
if command -v chromium >/dev/null; then
  mkdir -p "$WORK/pdf-chromium"
  for f in "$WORK"/html/*.html; do
    chromium --headless=new --no-sandbox --disable-dev-shm-usage --disable-gpu --no-pdf-header-footer \
      --print-to-pdf="$WORK/pdf-chromium/$(basename "${f%.html}").pdf" "file://$f" 2>/dev/null
  done
  companions pdf-chromium
fi
if command -v soffice >/dev/null; then
  lo() { soffice -env:UserInstallation="file://$WORK/lo-profile" --headless "$@" >/dev/null 2>&1; }
  lo --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export --outdir "$WORK/pdf-libreoffice" "$WORK"/html/*.html
  companions pdf-libreoffice
  lo --convert-to pdf --outdir "$WORK/pdf-libreoffice-docx" "$WORK"/docx/*.docx
  companions pdf-libreoffice-docx
fi
if command -v pandoc >/dev/null; then
  mkdir -p "$WORK/docx-pandoc"
  for f in "$WORK"/html/*.html; do pandoc -f html -t docx -o "$WORK/docx-pandoc/$(basename "${f%.html}").docx" "$f"; done
  companions docx-pandoc
fi
for f in $formats; do
  printf '== %s\n' "$f"
  python3 "$SCORER" --jar target/councilgraph.jar --corpus "$WORK/$f" --min-recall 0 --min-precision 0 | tail -1
done
