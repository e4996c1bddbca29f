#!/usr/bin/env bash
# Regenerates the PDF fixtures of this folder from the HTML pages beside them (the project's own
# texts), with two producers councils' PDFs come from: Chromium's print to PDF and LibreOffice.
# Needs Debian's chromium and libreoffice-writer-nogui; the PDFs are committed so tests need neither.
# Usage: src/test/resources/pdf/make-fixtures.sh   (from anywhere)
set -euo pipefail
cd "$(dirname "$0")"
for page in tables columns page-break; do
  chromium --headless=new --no-sandbox --disable-dev-shm-usage --disable-gpu --no-pdf-header-footer \
    --print-to-pdf="$PWD/$page.chromium.pdf" "file://$PWD/$page.html" 2>/dev/null
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for page in tables page-break; do
  soffice -env:UserInstallation="file://$work/profile" --headless --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export \
    --outdir "$work" "$page.html" >/dev/null 2>&1
  mv "$work/$page.pdf" "$page.libreoffice.pdf"
done
ls -l ./*.pdf
