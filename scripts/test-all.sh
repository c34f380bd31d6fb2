#!/usr/bin/env bash
# The README's test command, on a fresh machine too: installs what the end-to-end tests need and a
# fresh Debian/Ubuntu machine lacks (Chromium, Chinese and emoji fonts) with apt-get, then runs
# `npm ci` and `npm test`. .ci/run runs this same script, so the two cannot drift apart.
set -euo pipefail
cd "$(dirname "$0")/.."

# The tests drive this Chromium (tests/e2e/browser.ts reads the same variable).
chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -n "${CHROMIUM_PATH:-}" ] && [ ! -x "$chromium" ]; then
  echo "CHROMIUM_PATH is set to $chromium, which is not an executable; fix it or unset it." >&2
  exit 1
fi

missing=()
[ -x "$chromium" ] || missing+=(chromium)
if command -v dpkg-query >/dev/null 2>&1; then
  for font in fonts-noto-cjk fonts-noto-color-emoji; do
    dpkg-query -W -f='${Status}' "$font" 2>/dev/null | grep -q 'install ok installed' ||
      missing+=("$font")
  done
fi

if [ "${#missing[@]}" -gt 0 ]; then
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "The end-to-end tests need Chromium (at $chromium, or set CHROMIUM_PATH) and the Noto" >&2
    echo "CJK fonts. This is not a Debian/Ubuntu machine: install them yourself, then run this again." >&2
    exit 1
  fi
  if [ "$(id -u)" -ne 0 ]; then
    echo "The end-to-end tests need packages this machine lacks: ${missing[*]}." >&2
    echo "Install them as root, then run this again:" >&2
    echo "  sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
  echo "== installing ${missing[*]} (apt-get)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}" >/dev/null
fi

echo "== npm ci"
npm ci --no-audit --no-fund

echo "== npm test"
npm test
