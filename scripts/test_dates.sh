#!/bin/sh
# Run the date-sensitive tests (pytest marker `dates`) under clocks other than today's:
# libfaketime moves the whole process's clock (and its children's); TZ moves its zone.
#   scripts/test_dates.sh PYTHON [pytest args]
# Each clock runs from the given moment on (faketime's default), so timers still work.
set -eu
PYTHON=$1; shift
# The zone and the moment, then pytest's arguments.
run_all() {
    zone=$1; moment=$2; shift 2
    echo "== tests marked 'dates' at $moment in $zone"
    TZ=$zone faketime "$moment" "$PYTHON" -m pytest -q -m dates -p no:cacheprovider "$@"
}
run_all UTC "2027-03-01 12:00:00" "$@"
run_all America/Los_Angeles "2028-02-29 23:30:00" "$@"
run_all Pacific/Auckland "2027-12-31 23:30:00" "$@"
