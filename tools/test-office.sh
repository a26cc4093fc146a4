#!/usr/bin/env bash
# The office suite the notice's rendering test converts .docx files with, found or installed by ./test.
#
#   tools/test-office.sh   prints the path of LibreOffice's soffice on stdout
#
# The rendering test is not optional: a machine without LibreOffice gets Debian's `libreoffice-writer` (Writer
# alone: the notice is a Word document) and `poppler-utils` (pdfinfo, pdftotext and pdftoppm read the PDF back),
# as the CI machine is a clean Debian bookworm running as root. The Chinese fonts come with the browser tests'
# `fonts-noto-cjk` (tools/test-browser.sh). LUOSHI_TEST_SOFFICE, if set, names the soffice to use instead.
# Only stdout carries the path.
set -euo pipefail

say() { echo "test-office: $*" >&2; }
die() { say "$*"; exit 1; }
# shellcheck source=tools/apt-install.sh
source "$(dirname "${BASH_SOURCE[0]}")/apt-install.sh"

find_soffice() {
  local candidate
  for candidate in "${LUOSHI_TEST_SOFFICE:-}" /usr/bin/soffice /usr/lib/libreoffice/program/soffice; do
    if [ -n "$candidate" ] && [ -x "$candidate" ]; then
      echo "$candidate"
      return 0
    fi
  done
  return 1
}

missing=()
find_soffice >/dev/null || missing+=(libreoffice-writer)
command -v pdftoppm >/dev/null && command -v pdftotext >/dev/null && command -v pdfinfo >/dev/null || missing+=(poppler-utils)

if [ "${#missing[@]}" -gt 0 ]; then
  apt_install "${missing[@]}"
fi

soffice=$(find_soffice) || die "libreoffice-writer was installed but no /usr/bin/soffice appeared"
command -v pdftotext >/dev/null || die "poppler-utils was installed but pdftotext is missing"
# It must really start: a broken install otherwise shows up later as a conversion that times out.
version=$("$soffice" --version 2>/dev/null | head -n 1) || die "$soffice does not run ('$soffice --version' failed)"
say "$version at $soffice"
echo "$soffice"
