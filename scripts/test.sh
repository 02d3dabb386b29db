#!/usr/bin/env bash
# `npm test`: the whole suite. Lint and types, then every test on PGlite, then the integration
# suite again on a throwaway PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== lint (biome) and types (tsc)"
npx biome check .
npx tsc --noEmit

echo "== tests on PGlite"
npx vitest run

echo "== integration tests on PostgreSQL"
bash scripts/with-postgres.sh npx vitest run test/integration
