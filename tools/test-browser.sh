#!/usr/bin/env bash
# The headless browser of the end-to-end web tests, found or installed by ./test.
#
#   tools/test-browser.sh   prints the path of the chromium binary on stdout
#
# The browser tests are not optional, so a machine without it gets Debian's `chromium` package, and
# `fonts-noto-cjk` so that Chinese pages render as characters rather than boxes in screenshots (the CI machine
# is a clean Debian bookworm running as root). Playwright's own browser download is not used: it is not
# reachable here, and Debian's build is what a government office's Linux desktop runs anyway.
# LUOSHI_TEST_CHROMIUM, if set, names the browser to use instead. Only stdout carries the path.
set -euo pipefail

say() { echo "test-browser: $*" >&2; }
die() { say "$*"; exit 1; }
# shellcheck source=tools/apt-install.sh
source "$(dirname "${BASH_SOURCE[0]}")/apt-install.sh"

find_chromium() {
  local candidate
  for candidate in "${LUOSHI_TEST_CHROMIUM:-}" /usr/bin/chromium /usr/lib/chromium/chromium; do
    if [ -n "$candidate" ] && [ -x "$candidate" ]; then
      echo "$candidate"
      return 0
    fi
  done
  return 1
}

# fc-list is part of fontconfig, which chromium depends on; no fontconfig means no chromium either.
has_cjk_font() { command -v fc-list >/dev/null && fc-list :lang=zh-cn family | grep -q .; }

missing=()
find_chromium >/dev/null || missing+=(chromium)
has_cjk_font || missing+=(fonts-noto-cjk)

if [ "${#missing[@]}" -gt 0 ]; then
  apt_install "${missing[@]}"
fi

chromium=$(find_chromium) || die "chromium was installed but no /usr/bin/chromium appeared"
has_cjk_font || die "fonts-noto-cjk was installed but fontconfig lists no Chinese font"
# The binary must really start: a broken install otherwise shows up later as every browser test failing.
version=$("$chromium" --version 2>/dev/null) || die "$chromium does not run ('$chromium --version' failed)"
say "$version at $chromium"
echo "$chromium"
