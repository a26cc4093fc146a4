# Sourced by the test scripts that install what their tests need from Debian (tools/test-browser.sh,
# tools/test-office.sh): apt_install PACKAGE... installs the packages, as root directly or else through sudo, with
# apt's output on stderr (the scripts keep stdout for the path they print). The caller defines die().

apt_install() {
  command -v apt-get >/dev/null || die "missing $* and no apt-get to install them: install $*"
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || die "missing $* and no sudo to install them: run 'apt-get install $*' as root"
    sudo=(sudo)
  fi
  say "installing Debian's $*"
  "${sudo[@]}" apt-get update -q >&2
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$@" >&2
}
