#!/usr/bin/env bash
# A throw-away PostgreSQL server on loopback for the JDBC adapter's PostgreSQL suites.
#
#   .ci/postgres.sh start   install PostgreSQL if missing (Debian's postgresql package, as root),
#                           create a cluster in $CLIENTBASE_PG_DIR, start it on 127.0.0.1:$CLIENTBASE_PG_PORT
#                           unless it runs, create the user and a fresh, empty database (dropping
#                           the one of an earlier start), and print the connection settings as
#                           shell exports: eval "$(.ci/postgres.sh start)"
#   .ci/postgres.sh stop    stop the server
#   .ci/postgres.sh status  tell whether it runs
#
# Settings (environment): CLIENTBASE_PG_PORT (55432), CLIENTBASE_PG_DIR (/tmp/clientbase-postgres).
# The cluster is tuned for tests, not for keeping data: fsync and synchronous commit are off.
# Exits non-zero, saying why on stderr, when PostgreSQL cannot be installed or started.
set -euo pipefail

PORT="${CLIENTBASE_PG_PORT:-55432}"
DIR="${CLIENTBASE_PG_DIR:-${TMPDIR:-/tmp}/clientbase-postgres}"
DATA="$DIR/data"
NAME=clientbase
PASSWORD=clientbase

say() { echo "postgres.sh: $*" >&2; }
fail() { say "$*"; exit 1; }

bin_dir() {
  local dir
  dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
  if [[ -n "$dir" && -x "$dir/initdb" && -x "$dir/pg_ctl" ]]; then
    echo "$dir"
  fi
}

install_postgres() {
  if [[ -n "$(bin_dir)" ]]; then
    return
  fi
  [[ "$(id -u)" == 0 ]] || fail "PostgreSQL is not installed; run as root to install Debian's postgresql package"
  say "installing Debian's postgresql package"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2 || fail "apt-get update failed"
  apt-get install -y -qq postgresql >&2 || fail "apt-get install postgresql failed"
  [[ -n "$(bin_dir)" ]] || fail "postgresql was installed but initdb and pg_ctl are not in /usr/lib/postgresql/*/bin"
}

# Runs a command as the cluster's owner: the postgres user when we are root (initdb refuses root).
as_owner() {
  if [[ "$(id -u)" == 0 ]]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

psql_admin() {
  PGOPTIONS="-c client_min_messages=warning" as_owner "$(bin_dir)/psql" -X -q -v ON_ERROR_STOP=1 -h "$DIR" -p "$PORT" -U postgres -d postgres "$@"
}

running() {
  [[ -f "$DATA/PG_VERSION" ]] && as_owner "$(bin_dir)/pg_ctl" -D "$DATA" status >/dev/null 2>&1
}

start() {
  install_postgres
  local bin started=0
  bin="$(bin_dir)"
  mkdir -p "$DIR"
  if [[ "$(id -u)" == 0 ]]; then
    chown postgres: "$DIR"
  fi
  if [[ ! -f "$DATA/PG_VERSION" ]]; then
    say "creating a cluster in $DATA"
    as_owner "$bin/initdb" -D "$DATA" -U postgres -E UTF8 --locale=C.UTF-8 \
      --auth-local=trust --auth-host=scram-sha-256 >"$DIR/initdb.log" 2>&1 \
      || { cat "$DIR/initdb.log" >&2; fail "initdb failed"; }
  fi
  if ! running; then
    say "starting PostgreSQL on 127.0.0.1:$PORT"
    as_owner "$bin/pg_ctl" -D "$DATA" -l "$DIR/server.log" -w -t 60 start \
      -o "-c listen_addresses=127.0.0.1 -p $PORT -k $DIR -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=100" \
      >&2 || { tail -n 30 "$DIR/server.log" >&2 || true; fail "PostgreSQL did not start"; }
    started=1
  fi
  if [[ "$(psql_admin -tA -c "SELECT 1 FROM pg_roles WHERE rolname = '$NAME'")" != 1 ]]; then
    psql_admin -c "CREATE ROLE $NAME LOGIN PASSWORD '$PASSWORD'" >&2
  fi
  # a fresh database on every start: no schema or rows left from an earlier run
  psql_admin -c "DROP DATABASE IF EXISTS $NAME WITH (FORCE)" >&2
  psql_admin -c "CREATE DATABASE $NAME OWNER $NAME" >&2
  PGPASSWORD="$PASSWORD" "$bin/psql" -X -q -h 127.0.0.1 -p "$PORT" -U "$NAME" -d "$NAME" -tA -c "SELECT 1" >/dev/null \
    || fail "PostgreSQL runs but does not accept $NAME@127.0.0.1:$PORT"
  say "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') is ready at 127.0.0.1:$PORT, database $NAME"
  cat <<EXPORTS
export CLIENTBASE_PG_URL='jdbc:postgresql://127.0.0.1:$PORT/$NAME'
export CLIENTBASE_PG_USER='$NAME'
export CLIENTBASE_PG_PASSWORD='$PASSWORD'
export CLIENTBASE_PG_STARTED='$started'
EXPORTS
}

stop() {
  if running; then
    as_owner "$(bin_dir)/pg_ctl" -D "$DATA" -m fast -w stop >&2
  else
    say "PostgreSQL is not running in $DATA"
  fi
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) if running; then say "running in $DATA on port $PORT"; else say "not running"; exit 3; fi ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
