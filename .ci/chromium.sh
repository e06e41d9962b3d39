#!/usr/bin/env bash
# Debian's Chromium for the report's browser test (examples: ReportInBrowserTest).
#
#   .ci/chromium.sh install   install the chromium package if it is missing (as root), and print
#                             the browser's path as a shell export: eval "$(.ci/chromium.sh install)"
#
# Exits non-zero, saying why on stderr, when Chromium cannot be installed or does not start.
set -euo pipefail

say() { echo "chromium.sh: $*" >&2; }
fail() { say "$*"; exit 1; }

find_chromium() {
  local candidate
  for candidate in "${CLIENTBASE_CHROMIUM:-}" /usr/bin/chromium /usr/bin/chromium-browser; do
    if [[ -n "$candidate" && -x "$candidate" ]]; then
      echo "$candidate"
      return
    fi
  done
}

install() {
  local browser
  browser="$(find_chromium)"
  if [[ -z "$browser" ]]; then
    [[ "$(id -u)" == 0 ]] || fail "Chromium is not installed; run as root to install Debian's chromium package"
    say "installing Debian's chromium package"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2 || fail "apt-get update failed"
    apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >&2 \
      || fail "apt-get install chromium failed"
    browser="$(find_chromium)"
    [[ -n "$browser" ]] || fail "chromium was installed but /usr/bin/chromium is not there"
  fi
  "$browser" --version >&2 || fail "$browser does not start"
  echo "export CLIENTBASE_CHROMIUM='$browser'"
}

case "${1:-}" in
  install) install ;;
  *) echo "usage: $0 install" >&2; exit 2 ;;
esac
