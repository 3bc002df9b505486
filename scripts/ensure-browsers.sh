#!/usr/bin/env bash
# Makes sure Debian's Chromium and Firefox ESR (with its Chinese language pack) and a CJK font are installed: installs them with apt when
# running as root on Debian, and otherwise stops with the exact line to run.
set -euo pipefail
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x /usr/bin/firefox-esr ] || missing+=(firefox-esr)
# Firefox shows a Chinese interface (the e2e's zh-CN run) only with its language pack;
# Chinese text in screenshots needs a CJK font.
[ -f /usr/lib/firefox-esr/browser/extensions/langpack-zh-CN@firefox-esr.mozilla.org.xpi ] || missing+=(firefox-esr-l10n-zh-cn)
[ -f /usr/share/fonts/truetype/wqy/wqy-microhei.ttc ] || missing+=(fonts-wqy-microhei)
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
