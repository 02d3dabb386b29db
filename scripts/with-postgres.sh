#!/usr/bin/env bash
# Runs a command with a throwaway PostgreSQL cluster on 127.0.0.1, exported as
# STRATMAP_TEST_DATABASE_URL (an admin URL: tests create and drop their own databases).
# Installs Debian's postgresql with apt-get when it is missing. The cluster is removed at exit.
set -euo pipefail

find_pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

PG_BIN="$(find_pg_bin)"
if [ -z "$PG_BIN" ] || [ ! -x "$PG_BIN/initdb" ]; then
  echo "PostgreSQL not found: installing Debian's postgresql package" >&2
  if [ "$(id -u)" -ne 0 ]; then
    echo "error: PostgreSQL is missing and this user cannot apt-get install it; run as root or install 'postgresql'" >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq --no-install-recommends postgresql >/dev/null
  PG_BIN="$(find_pg_bin)"
fi

# PostgreSQL refuses to run as root: use the postgres user Debian creates (or our own).
RUN_AS=()
if [ "$(id -u)" -eq 0 ]; then
  if ! id postgres >/dev/null 2>&1; then useradd --system --no-create-home postgres; fi
  RUN_AS=(runuser -u postgres --)
fi

PG_DIR="$(mktemp -d /tmp/stratmap-pg.XXXXXX)"
chmod 755 "$PG_DIR"
[ "$(id -u)" -eq 0 ] && chown postgres "$PG_DIR"
PORT="${STRATMAP_TEST_PG_PORT:-$(( 20000 + RANDOM % 20000 ))}"

cleanup() {
  "${RUN_AS[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$PG_DIR"
}
trap cleanup EXIT

"${RUN_AS[@]}" "$PG_BIN/initdb" -D "$PG_DIR/data" -U stratmap --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
# Settings go into the cluster's own configuration, so that a fault test can restart it as it was.
cat >> "$PG_DIR/data/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $PORT
unix_socket_directories = '$PG_DIR'
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 300
CONF
"${RUN_AS[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 60 start >/dev/null

export STRATMAP_TEST_DATABASE_URL="postgres://stratmap@127.0.0.1:$PORT/postgres"
export STRATMAP_TEST_PG_BIN="$PG_BIN"
export STRATMAP_TEST_PG_DATA="$PG_DIR/data"
echo "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PORT (throwaway)" >&2
"$@"
