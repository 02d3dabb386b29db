#!/usr/bin/env bash
# Browser tests: builds the web app into a temporary folder, starts a throwaway server (temporary PGlite directory, known
# admin password, free port), runs e2e/**/*.spec.ts in Debian Chromium through playwright-core and
# stops the server. Installs chromium and fonts-noto-cjk with apt-get when Chromium is missing.
# Extra arguments go to vitest (e.g. --reporter=json --outputFile.json=report.json).
# E2E_CPU_LOAD=N runs N busy loops beside the tests (the server and Chromium share the cores with
# them), to show that every test waits for the state it needs rather than for time:
#   E2E_CPU_LOAD=2 bash scripts/e2e.sh
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x /usr/bin/chromium ]; then
  echo "== installing chromium and fonts-noto-cjk (apt-get)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends chromium fonts-noto-cjk >/dev/null
fi
# Not `grep -q`: it stops reading at the first match, fc-list dies of SIGPIPE and pipefail calls the
# fonts missing.
if ! fc-list 2>/dev/null | grep -i 'Noto Sans CJK' >/dev/null; then
  echo "== installing fonts-noto-cjk (apt-get)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends fonts-noto-cjk >/dev/null
fi

CPU_LOAD="${E2E_CPU_LOAD:-0}"
if ! [[ "$CPU_LOAD" =~ ^[0-9]+$ ]]; then
  echo "E2E_CPU_LOAD must be a number of busy loops (e.g. 2), not '$CPU_LOAD'" >&2
  exit 2
fi

DATA_DIR="$(mktemp -d)"
SERVER_PID=""
LOAD_PIDS=()
cleanup() {
  for pid in "${LOAD_PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
  fi
  rm -rf "$DATA_DIR"
}
trap cleanup EXIT

if [ "$CPU_LOAD" -gt 0 ]; then
  echo "== keeping $CPU_LOAD busy loop(s) running beside the tests (E2E_CPU_LOAD)"
  for _ in $(seq 1 "$CPU_LOAD"); do
    node -e 'for (;;) {}' &
    LOAD_PIDS+=("$!")
  done
fi

# A build of its own: someone rebuilding dist/web in the same checkout cannot pull the assets
# from under a running test.
echo "== building the web app"
npx vite build --logLevel warn --outDir "$DATA_DIR/web" --emptyOutDir

LOG="$DATA_DIR/server.log"
PORT="$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")"
PASSWORD="e2e-admin-$(node -e "console.log(require('crypto').randomBytes(6).toString('hex'))")"
healthy() {
  node -e "fetch('http://127.0.0.1:$PORT/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
}

echo "== starting a throwaway server on port $PORT"
STRATMAP_DATA_DIR="$DATA_DIR/db" STRATMAP_WEB_DIR="$DATA_DIR/web" STRATMAP_ADMIN_PASSWORD="$PASSWORD" PORT="$PORT" HOST=127.0.0.1 STRATMAP_LOGIN_RATE_LIMIT=10000 \
  node bin/stratmap.js serve >"$LOG" 2>&1 &
SERVER_PID=$!
# Up to three minutes: a first start migrates and fills a fresh database, slowly on a busy machine.
for _ in $(seq 1 360); do
  if healthy; then break; fi
  if ! kill -0 "$SERVER_PID" 2>/dev/null; then
    echo "the server exited before it was ready:" >&2
    cat "$LOG" >&2
    exit 1
  fi
  sleep 0.5
done
healthy || { echo "the server did not start:" >&2; cat "$LOG" >&2; exit 1; }

echo "== e2e tests (Chromium)"
STRATMAP_E2E_URL="http://localhost:$PORT" STRATMAP_E2E_PASSWORD="$PASSWORD" \
  npx vitest run -c vitest.e2e.config.ts "$@"
