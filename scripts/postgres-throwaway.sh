#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for tests and benchmarks, in a folder of its own, on a free loopback port.
#   scripts/postgres-throwaway.sh start DIR [--fast]   prints the database URL on stdout
#   scripts/postgres-throwaway.sh stop DIR             stops the cluster and deletes DIR
# --fast turns fsync off: fine for tests, never for benchmarks (their figures must include the commit's fsync).
# Installs Debian's postgresql when no server binaries are found. Runs the server as an unprivileged user:
# PostgreSQL refuses to run as root, and CI runs as root.
set -euo pipefail

die() {
  echo "postgres-throwaway: $*" >&2
  exit 1
}

bindir() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  [ -n "$dir" ] && [ -x "$dir/initdb" ] && echo "$dir"
}

# Runs a command as the cluster's owner: ourselves, or the postgres user when we are root.
as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

free_port() {
  node -e 'const s = require("node:net").createServer();
s.listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); });'
}

start() {
  local dir=$1 fast=${2:-}
  [ -d "$dir" ] || die "no folder \"$dir\""
  local bin
  bin=$(bindir || true)
  if [ -z "$bin" ]; then
    echo "postgres-throwaway: installing Debian's postgresql…" >&2
    # The package's own cluster is not needed; its start may fail in a container and that is fine.
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql; } >&2 ||
      die "cannot install postgresql with apt-get"
    bin=$(bindir) || die "postgresql installed but no initdb found under /usr/lib/postgresql"
  fi
  if [ "$(id -u)" = 0 ]; then
    id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
    chown postgres "$dir"
  fi
  local port
  port=$(free_port)
  as_owner "$bin/initdb" -D "$dir/data" -U byline -A trust -E UTF8 --no-sync >"$dir/initdb.log" 2>&1 ||
    die "initdb failed: $(tail -n 5 "$dir/initdb.log")"
  local opts="-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=200"
  [ "$fast" = --fast ] && opts="$opts -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
  as_owner "$bin/pg_ctl" -D "$dir/data" -o "$opts" -l "$dir/server.log" -w -t 60 start >/dev/null ||
    die "the server did not start: $(tail -n 5 "$dir/server.log")"
  as_owner "$bin/createdb" -h 127.0.0.1 -p "$port" -U byline byline
  echo "postgres://byline@127.0.0.1:$port/byline"
}

stop() {
  local dir=$1
  local bin
  bin=$(bindir || true)
  if [ -n "$bin" ] && [ -f "$dir/data/postmaster.pid" ]; then
    as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"
}

case "${1:-}" in
start) start "${2:?folder}" "${3:-}" ;;
stop) stop "${2:?folder}" ;;
*) die "usage: $0 start DIR [--fast] | stop DIR" ;;
esac
