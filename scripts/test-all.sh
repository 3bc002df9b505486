#!/usr/bin/env bash
# Every check, in order: types, unit tests, both builds, web-ext lint, end-to-end in both browsers.
set -euo pipefail
cd "$(dirname "$0")/.."
step() { printf '\n== %s\n' "$*"; }

step "type-check";           npx tsc --noEmit
step "unit tests";           npx vitest run
step "build: Chrome MV3";    npx wxt build
step "build: Firefox MV2";   npx wxt build -b firefox
step "web-ext lint";         npx web-ext lint --source-dir .output/firefox-mv2 --no-input
step "browsers";             bash scripts/ensure-browsers.sh
step "end-to-end: Chromium and Firefox"; npx vitest run -c vitest.e2e.config.ts
