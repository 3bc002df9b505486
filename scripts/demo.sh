#!/usr/bin/env bash
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-browsers.sh
npx wxt build >/dev/null
npx tsx test/harness/demo.ts
