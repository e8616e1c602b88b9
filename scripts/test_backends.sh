#!/bin/sh
# The test suite on both back ends (#17), for `make test`:
#   scripts/test_backends.sh PYTHON [pytest args]
# 1. pytest on SQLite (each test a file of its own; the tests of connecting a window on a
#    file to a server and of moving a file there use the server too, CIVICDESK_TEST_SERVER);
# 2. pytest again on PostgreSQL (each test a database of its own, CIVICDESK_TEST_DB), on a
#    throw-away server (scripts/pg_server.sh) started in a temporary folder and stopped
#    afterwards whatever happened; or on the server CIVICDESK_TEST_DB already names (a
#    postgresql://... address whose user may create databases), left running.
# Without PostgreSQL installed the second run is skipped, and said so (scripts/sysdeps.sh
# postgres installs it). Fails when either run fails; an interrupted or broken first run
# (pytest's exit status 2, 3 or 4) stops here.
set -u
PYTHON=$1; shift
here=$(cd "$(dirname "$0")" && pwd)
given=${CIVICDESK_TEST_DB:-}

# "postgresql://user:secret@host:port/db" -> "postgresql://user@host:port/db"
shown() { printf '%s\n' "$1" | sed -E 's#(://[^/@:]*):[^/@]*@#\1@#'; }

verdict() {  # name, exit status of its pytest
    case $2 in
        0) echo "   $1: passed" ;;
        5) echo "   $1: no tests collected" ;;
        *) echo "   $1: FAILED (pytest exit status $2)" ;;
    esac
}

on_sqlite() {  # the first run; sets $sqlite (an interrupted or broken run stops here)
    if [ -n "$url" ]; then
        echo "== The tests on SQLite (the tests of connecting and moving also on $(shown "$url"))"
        env -u CIVICDESK_TEST_DB CIVICDESK_TEST_SERVER="$url" "$PYTHON" -m pytest "$@"
    else
        echo "== The tests on SQLite"
        env -u CIVICDESK_TEST_DB "$PYTHON" -m pytest "$@"
    fi
    sqlite=$?
    case $sqlite in 2|3|4) exit $sqlite ;; esac
}

url=""
if [ -n "$given" ]; then
    url=$given
    where="the server CIVICDESK_TEST_DB names: $(shown "$url")"
elif bin=$("$here/pg_server.sh" bindir 2>/dev/null); then
    server=$(mktemp -d "${TMPDIR:-/tmp}/civicdesk-pg.XXXXXX")
    trap '"$here/pg_server.sh" stop "$server"' EXIT
    trap 'exit 130' INT
    trap 'exit 143' TERM
    url=$("$here/pg_server.sh" start "$server") || {
        echo "== The throw-away PostgreSQL server ($bin) did not start; see above" >&2
        exit 1; }
    where="a throw-away server: $(shown "$url") ($bin)"
else
    on_sqlite "$@"
    echo "== The tests on PostgreSQL: SKIPPED, PostgreSQL is not installed (no initdb and"
    echo "   pg_ctl found). Install it (Debian/Ubuntu: sudo apt-get install postgresql) and"
    echo "   run make test again, or set CIVICDESK_TEST_DB=postgresql://... to use a server."
    verdict SQLite $sqlite
    echo "   PostgreSQL: skipped (not installed)"
    exit $sqlite
fi

on_sqlite "$@"

echo "== The tests on PostgreSQL, on $where"
env -u CIVICDESK_TEST_SERVER CIVICDESK_TEST_DB="$url" "$PYTHON" -m pytest "$@"
postgres=$?

echo "== make test on both back ends:"
verdict SQLite $sqlite
verdict PostgreSQL $postgres
[ "$sqlite" = 0 ] || exit $sqlite
exit $postgres
