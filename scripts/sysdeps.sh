#!/bin/sh
# Debian/Ubuntu system packages CivicDesk needs, installed when missing (as root) or named
# in the exact apt-get line to run (otherwise). Does nothing on systems without dpkg.
#
#   scripts/sysdeps.sh        what Qt needs to run (offscreen for tests, X11/xcb for the
#                             window), for `make setup`; a non-root user is only warned.
#   scripts/sysdeps.sh test   what the tests need besides Qt's libraries: faketime, to run the
#                             date-sensitive tests under shifted clocks (`make test-dates`), and
#                             unicode-data, whose BidiCharacterTest.txt and BidiTest.txt
#                             (/usr/share/unicode) check the bidi algorithm of the reports.
#   scripts/sysdeps.sh screenshots   Xvfb (xvfb-run), a real X server for `make screenshots`
#                             (without it the pictures are taken offscreen).
#   scripts/sysdeps.sh dist   what `make dist` needs besides the venv: binutils (PyInstaller
#                             strips with `strip`; package_linux.py reads library links with
#                             `objdump`) and the Wayland libraries the bundle links to
#                             without carrying them, so the .deb's Depends can name them;
#                             appstream and man-db, to check the .deb's metainfo
#                             (appstreamcli validate) and man page (man -l).
#   scripts/sysdeps.sh postgres   Debian's PostgreSQL server (initdb, pg_ctl), for the second
#                             run of `make test` on a throw-away server (scripts/pg_server.sh,
#                             scripts/test_backends.sh); without it that run is skipped, so a
#                             non-root user is only told how to install it. Nothing is done
#                             when a server's programs are already there (any version,
#                             found by `scripts/pg_server.sh bindir`).
set -u
case "${1:-run}" in
    run)
        PKGS="python3-venv libgl1 libegl1 libxkbcommon0 libfontconfig1 fonts-dejavu-core \
libdbus-1-3 libglib2.0-0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 \
libxcb-image0 libxcb-render-util0 libxcb-shape0"
        WHAT="the system libraries Qt needs"; STRICT=0 ;;
    test)
        PKGS="faketime unicode-data"
        WHAT="what the tests need"; STRICT=1 ;;
    screenshots)
        PKGS="xvfb xauth"
        WHAT="what the screenshots use"; STRICT=0 ;;
    dist)
        PKGS="binutils libwayland-client0 libwayland-cursor0 libwayland-egl1 appstream man-db"
        WHAT="what building the packages needs"; STRICT=1 ;;
    postgres)
        "$(dirname "$0")/pg_server.sh" bindir >/dev/null 2>&1 && exit 0
        PKGS="postgresql"
        WHAT="a PostgreSQL server to run the tests on it too"; STRICT=0
        LATER="(continuing; make test skips its PostgreSQL run until it is installed)" ;;
    *)
        echo "usage: $0 [run|test|screenshots|dist|postgres]" >&2; exit 2 ;;
esac

command -v dpkg-query >/dev/null 2>&1 || exit 0

installed() {
    # Ubuntu 24.04 renamed some libraries with a t64 suffix (libglib2.0-0t64).
    for name in "$1" "${1}t64"; do
        dpkg-query -W -f='${Status}\n' "$name" 2>/dev/null | grep -q "ok installed" && return 0
    done
    return 1
}

missing=""
for pkg in $PKGS; do
    installed "$pkg" || missing="$missing $pkg"
done
[ -z "$missing" ] && exit 0

if [ "$(id -u)" = "0" ]; then
    echo "Installing $WHAT:$missing"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q >/dev/null && apt-get install -y -q --no-install-recommends $missing
elif [ "$STRICT" = 1 ]; then
    echo "CivicDesk needs $WHAT. Install them with:" >&2
    echo "    sudo apt-get install -y$missing" >&2
    exit 1
else
    echo "CivicDesk needs $WHAT. Install them with:" >&2
    echo "    sudo apt-get install -y$missing" >&2
    echo "${LATER:-(continuing; the window or the tests may not start until they are installed)}" >&2
fi
