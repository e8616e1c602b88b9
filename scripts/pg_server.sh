#!/bin/sh
# A throw-away PostgreSQL server for the tests and the bench (#17): initdb in a folder of its
# own, run by an unprivileged user (nobody, when called as root: the server refuses root),
# listening on 127.0.0.1 only, on a free port, with password (SCRAM) logins.
#
#   scripts/pg_server.sh start DIR   start one in DIR (created; must not hold one already) and
#                                    print its address, postgresql://civicdesk_test:...@...;
#                                    the address is also in DIR/url
#   scripts/pg_server.sh stop DIR    stop it and remove DIR
#   scripts/pg_server.sh bindir      where initdb and pg_ctl are (exit 1: not installed)
#
# The role civicdesk_test is the server's superuser, so the tests can create a database per
# test from a template (CREATE DATABASE ... TEMPLATE) and take rights away from other roles.
set -eu

bindir() {
    if command -v pg_config >/dev/null 2>&1 && [ -x "$(pg_config --bindir)/initdb" ]; then
        pg_config --bindir; return 0
    fi
    # Debian keeps the server's programs out of PATH: the newest installed version
    for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k4 -n -r); do
        [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ] && { echo "$dir"; return 0; }
    done
    return 1
}

as_server_user() {
    if [ "$(id -u)" = 0 ]; then
        setpriv --reuid=nobody --regid=nogroup --clear-groups --reset-env -- "$@"
    else
        "$@"
    fi
}

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

case "${1:-}" in
    bindir)
        bindir ;;
    start)
        dir=${2:?usage: $0 start DIR}
        bin=$(bindir) || { echo "PostgreSQL is not installed (initdb not found)" >&2; exit 1; }
        mkdir -p "$dir"
        dir=$(cd "$dir" && pwd)
        password=$(python3 -c 'import secrets; print(secrets.token_hex(16))')
        printf '%s\n' "$password" > "$dir/pwfile"
        [ "$(id -u)" = 0 ] && chown -R nobody:nogroup "$dir"
        chmod 700 "$dir"
        as_server_user "$bin/initdb" -D "$dir/data" -U civicdesk_test --pwfile="$dir/pwfile" \
            -A scram-sha-256 -E UTF8 --locale=C.UTF-8 --no-sync >"$dir/initdb.log" 2>&1 || {
            cat "$dir/initdb.log" >&2; exit 1; }
        rm -f "$dir/pwfile"
        port=$(free_port)
        # fsync off: a test server, thrown away after the run; the tests ask for durability of
        # SQLite files, not of this server.
        as_server_user "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
            -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off \
-c synchronous_commit=off -c full_page_writes=off -c max_connections=200" start >/dev/null || {
            cat "$dir/server.log" >&2; exit 1; }
        url="postgresql://civicdesk_test:$password@127.0.0.1:$port/postgres"
        printf '%s\n' "$url" > "$dir/url"
        echo "$url" ;;
    stop)
        dir=${2:?usage: $0 stop DIR}
        [ -d "$dir/data" ] || { rm -rf "$dir"; exit 0; }
        bin=$(bindir)
        as_server_user "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
        rm -rf "$dir" ;;
    *)
        echo "usage: $0 start DIR | stop DIR | bindir" >&2; exit 2 ;;
esac
