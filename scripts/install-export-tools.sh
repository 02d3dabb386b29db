#!/usr/bin/env bash
# What the export rendering tests open files with: LibreOffice (PPTX/XLSX → PDF; Writer for the
# import corpus's Word documents, test/corpus), poppler
# (pdftotext, pdfinfo, pdftoppm), Noto CJK fonts and Chromium. Installs the missing ones with
# apt-get (Debian), or says exactly what is missing when it cannot.
set -euo pipefail

missing=()
command -v libreoffice >/dev/null 2>&1 || missing+=(libreoffice-impress libreoffice-calc)
[ -e /usr/lib/libreoffice/program/swriter ] || missing+=(libreoffice-writer)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
[ -f /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc ] || missing+=(fonts-noto-cjk)
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ ${#missing[@]} -eq 0 ] && exit 0

echo "export tests need: ${missing[*]} — installing with apt-get" >&2
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "error: cannot apt-get install ${missing[*]} here; install them (Debian: apt-get install ${missing[*]})" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
