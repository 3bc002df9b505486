#!/usr/bin/env bash
# Every check, in order: types, lint, unit tests, end-to-end in both browsers on builds with the
# test hooks, then the production builds (what ships) with the permission check and web-ext lint.
# Production last, so that .output/ holds the shipped build when the checks pass.
set -euo pipefail
cd "$(dirname "$0")/.."
step() { printf '\n== %s\n' "$*"; }
mkdir -p test-results

step "type-check";           npx tsc --noEmit
step "lint";                 npm run --silent lint
step "unit tests";           npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/unit.json
step "browsers";             bash scripts/ensure-browsers.sh
# The e2e reads the test hooks (utils/test-hooks.ts), which only these builds carry.
step "test build: Chrome MV3";  GT_LENS_TEST_HOOKS=1 npx wxt build
step "test build: Firefox MV2"; GT_LENS_TEST_HOOKS=1 npx wxt build -b firefox
step "end-to-end: Chromium and Firefox"
npx vitest run -c vitest.e2e.config.ts --reporter=default --reporter=json --outputFile.json=test-results/e2e.json
step "build: Chrome MV3";    npx wxt build
step "build: Firefox MV2";   npx wxt build -b firefox
step "permissions";          npx tsx scripts/check-permissions.ts
step "web-ext lint";         npx web-ext lint --source-dir .output/firefox-mv2 --no-input

# One closing line over both runs (set -e has stopped us above if either failed).
node -e '
const runs = process.argv.slice(1).map((f) => JSON.parse(require("fs").readFileSync(f, "utf8")));
const sum = (k) => runs.reduce((n, r) => n + r[k], 0);
console.log(`\ntests: ${sum("numPassedTests")} passed, ${sum("numFailedTests")} failed, ${sum("numPendingTests") + sum("numTodoTests")} skipped`);
' test-results/unit.json test-results/e2e.json
