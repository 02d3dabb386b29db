#!/usr/bin/env bash
# `npm test`: the whole suite. Lint and types, the unit tests, the integration tests on PGlite and
# again on a throwaway PostgreSQL, the fault tests on both, a short load test, then the browser
# tests (scripts/e2e.sh). Ends with one line of totals.
set -euo pipefail
cd "$(dirname "$0")/.."
REPORTS="$(mktemp -d)"
trap 'rm -rf "$REPORTS"' EXIT

echo "== lint (biome) and types (tsc)"
npx biome check .
npx tsc --noEmit
npx tsc -p web --noEmit

echo "== unit tests"
bash scripts/install-export-tools.sh
npx vitest run --project unit --reporter=default --reporter=json --outputFile.json="$REPORTS/unit.json"

echo "== integration tests on PGlite"
npx vitest run --project integration --project corpus \
  --reporter=default --reporter=json --outputFile.json="$REPORTS/pglite.json"

echo "== integration tests on PostgreSQL"
bash scripts/with-postgres.sh npx vitest run --project integration \
  --reporter=default --reporter=json --outputFile.json="$REPORTS/postgres.json"

echo "== fault tests (killed processes, database outage, read-only data dir)"
npx vitest run -c vitest.faults.config.ts \
  --reporter=default --reporter=json --outputFile.json="$REPORTS/faults-pglite.json"
bash scripts/with-postgres.sh npx vitest run -c vitest.faults.config.ts \
  --reporter=default --reporter=json --outputFile.json="$REPORTS/faults-postgres.json"

echo "== short load test (the 60 s run is npm run test:load)"
LOAD_SECONDS=5 bash scripts/with-postgres.sh npx tsx scripts/load-test.ts

echo "== browser tests (Chromium)"
bash scripts/e2e.sh --reporter=default --reporter=json --outputFile.json="$REPORTS/e2e.json"

npx tsx scripts/test-summary.ts "$REPORTS/unit.json" "$REPORTS/pglite.json" "$REPORTS/postgres.json" \
  "$REPORTS/faults-pglite.json" "$REPORTS/faults-postgres.json" "$REPORTS/e2e.json"
