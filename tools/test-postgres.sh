#!/usr/bin/env bash
# A private, throw-away PostgreSQL server for the storage tests, started and stopped by ./test.
#
#   tools/test-postgres.sh start   prints the Npgsql connection string on stdout (and writes it to
#                                  artifacts/postgres/connection-string); reuses a server already started
#   tools/test-postgres.sh stop    stops the server and deletes its data; does nothing if none runs
#
# The storage tests are not optional, so a machine without PostgreSQL gets Debian's `postgresql` package
# (the CI machine is a clean Debian bookworm running as root). Only stdout carries the connection string:
# every message goes to stderr, the server's own output to artifacts/postgres/server.log.
# LUOSHI_PG_PORT picks the port; otherwise the first free port from 55432 up is used, so that clusters
# of several clones or worktrees on one machine do not collide.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
state="$root/artifacts/postgres"        # artifacts/ is gitignored
conn_file="$state/connection-string"
log="$state/server.log"
dir_file="$state/data-dir"              # where the data directory is: in $state, or under /tmp (see pick_data_dir)
default_port=55432

# PGHOST, PGPORT, PGDATA, PGPASSWORD, ... from the caller's shell would steer psql, pg_ctl and pg_isready
# to another server or another data directory; this script always names its own.
while read -r var; do unset "$var"; done < <(compgen -e | grep '^PG' || true)

say() { echo "test-postgres: $*" >&2; }
die() { say "$*"; exit 1; }

# PostgreSQL refuses to run as root. As root the cluster belongs to the `postgres` system user that the
# Debian package creates; anyone else owns the cluster themselves. Commands run from / because the owner
# may not be allowed into the current directory (a clone under /root).
if [ "$(id -u)" -eq 0 ]; then owner=postgres; else owner=$(id -un); fi
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    (cd / && runuser -u postgres -- "$@")
  else
    (cd / && "$@")
  fi
}

# The server binaries of the newest installed major version. Looked up under /usr/lib/postgresql/*/bin,
# not on PATH: on Debian, /usr/bin/psql and friends are postgresql-common's pg_wrapper and initdb/pg_ctl
# are not on PATH at all, and a /usr/local/bin/pg_ctl may be anything (a symlink, a wrapper).
find_bindir() {
  local dir found=
  while read -r dir; do
    if [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ] && [ -x "$dir/postgres" ] &&
       [ -x "$dir/psql" ] && [ -x "$dir/pg_isready" ]; then
      found=$dir
    fi
  done < <(compgen -G '/usr/lib/postgresql/*/bin' | sort -V)
  [ -n "$found" ] && echo "$found"
}

install_server() {
  command -v apt-get >/dev/null ||
    die "no PostgreSQL server under /usr/lib/postgresql/*/bin and no apt-get to install one: install PostgreSQL"
  local -a sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null ||
      die "no PostgreSQL server under /usr/lib/postgresql/*/bin and no sudo to install it: run 'apt-get install postgresql' as root"
    sudo=(sudo)
  fi
  say "no PostgreSQL server found; installing Debian's postgresql package"
  # Output goes to stderr: stdout is reserved for the connection string.
  "${sudo[@]}" apt-get update -q >&2
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -q --no-install-recommends postgresql >&2
}

# The data directory, created empty and writable by the owner. Preferably artifacts/postgres/data, beside
# the log; under /tmp when the owner cannot get there (a clone under /root is closed to `postgres`) or when
# the path is too long for the Unix socket that lives in it (sun_path holds 107 bytes: dir + /.s.PGSQL.NNNNN).
prepare_dir() {
  mkdir -p "$1" && chmod 700 "$1" && chown "$owner:" "$1" && as_owner test -w "$1"
}
pick_data_dir() {
  local dir="$state/data"
  if [ $((${#dir} + 17)) -le 107 ] && [[ $dir != *\'* ]] && prepare_dir "$dir" 2>/dev/null; then
    echo "$dir"
    return
  fi
  rm -rf "$dir"
  dir=$(mktemp -d /tmp/luoshi-pg.XXXXXX)
  prepare_dir "$dir" || die "cannot prepare a data directory for user $owner in $dir"
  echo "$dir"
}

# Only ever delete a data directory this script made, whatever the state file says.
remove_data_dir() {
  case "$1" in
    "$state/data" | /tmp/luoshi-pg.*) rm -rf "$1" ;;
    *) say "not deleting unexpected data directory '$1'" ;;
  esac
}

# Whether the postmaster of data directory $1 is alive. Not `pg_ctl status`: a killed postmaster stays a
# zombie until its parent reaps it (PID 1 of this VM does so only every few seconds), and pg_ctl takes the
# zombie for a running server and then waits in vain for it to stop.
is_running() {
  local pid proc_state
  [ -f "$1/postmaster.pid" ] && pid=$(head -n 1 "$1/postmaster.pid") && [[ $pid =~ ^[0-9]+$ ]] &&
    read -r _ _ proc_state _ 2>/dev/null <"/proc/$pid/stat" && [ "$proc_state" != Z ]
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

stop_cluster() {
  [ -f "$dir_file" ] || { rm -f "$conn_file"; return 0; }
  local data
  data=$(cat "$dir_file")
  if [ -n "${bin:-}" ] && is_running "$data"; then
    # Fast mode: roll back open transactions and disconnect the clients; a test cluster keeps nothing.
    as_owner "$bin/pg_ctl" -D "$data" -m fast -w -t 30 stop >>"$log" 2>&1 ||
      die "could not stop the server in $data; see $log"
  fi
  remove_data_dir "$data"
  rm -f "$dir_file" "$conn_file"
}

start() {
  if ! bin=$(find_bindir); then
    install_server
    bin=$(find_bindir) || die "postgresql was installed but no initdb/pg_ctl appeared under /usr/lib/postgresql/*/bin"
  fi
  mkdir -p "$state"

  # A server from an earlier `start` that still answers with its password is reused: starting twice is harmless.
  if [ -f "$conn_file" ] && [ -f "$dir_file" ] && is_running "$(cat "$dir_file")"; then
    local conn old_port old_password
    conn=$(cat "$conn_file")
    old_port=$(sed -E 's/.*;Port=([0-9]+);.*/\1/' <<<"$conn")
    old_password=$(sed -E 's/.*;Password=([^;]*);.*/\1/' <<<"$conn")
    if [ "${LUOSHI_PG_PORT:-$old_port}" = "$old_port" ] &&
       PGPASSWORD=$old_password PGCONNECT_TIMEOUT=5 "$bin/psql" -X -q -w -h 127.0.0.1 -p "$old_port" \
         -U luoshi -d luoshi_test -c 'select 1' >/dev/null 2>&1; then
      say "reusing the server already running on 127.0.0.1:$old_port"
      echo "$conn"
      return
    fi
  fi
  # Anything else left over (a server on another port, a crashed one, a half-made data directory) goes.
  stop_cluster

  : >"$log"
  local data
  data=$(pick_data_dir)
  echo "$data" >"$dir_file"

  # UTF-8 for Chinese text; the C.UTF-8 locale (built into Debian's libc) gives Unicode-aware upper/lower and
  # regular expressions with code-point ordering that is the same on every machine, as is the fixed timezone.
  # --no-sync: nothing here must survive a crash.
  # The superuser is the owner, reachable only over the Unix socket (peer); TCP clients need a password.
  as_owner "$bin/initdb" -D "$data" --encoding=UTF8 --locale=C.UTF-8 --auth-local=peer \
    --auth-host=scram-sha-256 --no-sync >"$state/initdb.log" 2>&1 ||
    { tail -n 20 "$state/initdb.log" >&2; die "initdb failed; see $state/initdb.log"; }
  as_owner tee -a "$data/postgresql.conf" >/dev/null <<EOF

# Added by tools/test-postgres.sh: a private throw-away cluster for the tests.
listen_addresses = '127.0.0.1'
unix_socket_directories = '$data'
# Durability costs time and a test cluster is thrown away: never wait for the disk.
fsync = off
synchronous_commit = off
full_page_writes = off
password_encryption = 'scram-sha-256'
timezone = 'UTC'
# Tests may use one database per test class, each with its own Npgsql pool of idle connections.
max_connections = 200
EOF

  # The port is checked free before starting, and another one is tried if someone takes it first (two
  # clones starting at once); a port the caller chose is used or fails.
  local port=${LUOSHI_PG_PORT:-$default_port} attempt lines started=
  for attempt in 1 2 3 4 5 6 7 8 9 10; do
    if [ -z "${LUOSHI_PG_PORT:-}" ]; then
      while port_in_use "$port"; do port=$((port + 1)); done
    elif port_in_use "$port"; then
      die "port $port (LUOSHI_PG_PORT) on 127.0.0.1 is already in use"
    fi
    lines=$(wc -l <"$log")
    # -w: pg_ctl waits (at most 30 s) until the server accepts connections, and fails if it exits meanwhile.
    if as_owner "$bin/pg_ctl" -D "$data" -o "-p $port" -w -t 30 start >>"$log" 2>&1; then
      started=yes
      break
    fi
    if [ -z "${LUOSHI_PG_PORT:-}" ] && tail -n "+$((lines + 1))" "$log" | grep -q 'Address already in use'; then
      say "port $port was taken meanwhile; trying the next one"
      port=$((port + 1))
      continue
    fi
    tail -n 20 "$log" >&2
    die "the PostgreSQL server did not start within 30 s; see $log"
  done
  [ -n "$started" ] || die "every port tried up to $port was taken while the server started; see $log"
  "$bin/pg_isready" -q -h 127.0.0.1 -p "$port" -t 30 ||
    { tail -n 20 "$log" >&2; die "the server does not accept connections on 127.0.0.1:$port; see $log"; }

  # Hex: safe inside a connection string and an SQL literal.
  local password
  password=$(od -An -tx1 -N16 /dev/urandom | tr -d ' \n')
  # The SQL goes through stdin so that the password does not show in the process list. CREATEROLE: the test of the
  # owner / application role split (docs/postgres-roles.sql) makes roles of its own and drops them again.
  as_owner "$bin/psql" -X -q -v ON_ERROR_STOP=1 -h "$data" -p "$port" -d postgres >/dev/null <<EOF ||
CREATE ROLE luoshi LOGIN CREATEDB CREATEROLE PASSWORD '$password';
CREATE DATABASE luoshi_test OWNER luoshi;
EOF
    die "could not create the role luoshi and the database luoshi_test; see $log"

  local conn="Host=127.0.0.1;Port=$port;Username=luoshi;Password=$password;Database=luoshi_test"
  # Check the exact way in that the tests use: TCP, the password, the database.
  PGPASSWORD=$password PGCONNECT_TIMEOUT=5 "$bin/psql" -X -q -w -h 127.0.0.1 -p "$port" -U luoshi \
    -d luoshi_test -c 'select 1' >/dev/null ||
    die "the server runs but luoshi cannot log in to luoshi_test on 127.0.0.1:$port; see $log"
  (umask 077 && echo "$conn" >"$conn_file")
  say "PostgreSQL $("$bin/postgres" -V | awk '{print $3}') on 127.0.0.1:$port, data in $data"
  echo "$conn"
}

stop() {
  bin=$(find_bindir) || bin=
  stop_cluster
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
