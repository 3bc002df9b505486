#!/usr/bin/env bash
# Makes sure Debian's Chromium and Firefox ESR are installed: installs them with apt when
# running as root on Debian, and otherwise stops with the exact line to run.
set -euo pipefail
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x /usr/bin/firefox-esr ] || missing+=(firefox-esr)
[ ${#missing[@]} -eq 0 ] && exit 0

line="apt-get update && apt-get install -y ${missing[*]}"
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
  echo "Installing ${missing[*]} with apt…" >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
else
  echo "error: the end-to-end tests need ${missing[*]}. Install with:" >&2
  echo "  sudo sh -c '$line'" >&2
  exit 1
fi
