#!/bin/sh
# System libraries Qt needs on Debian/Ubuntu (offscreen for tests, X11/xcb for the window).
# Installs the missing ones when run as root; otherwise prints the exact apt-get line.
# On other systems (no dpkg) it does nothing.
set -u
PKGS="python3-venv libgl1 libegl1 libxkbcommon0 libfontconfig1 fonts-dejavu-core \
libdbus-1-3 libglib2.0-0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 \
libxcb-image0 libxcb-render-util0 libxcb-shape0"

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
    echo "Installing system libraries Qt needs:$missing"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q >/dev/null && apt-get install -y -q --no-install-recommends $missing
else
    echo "CivicDesk needs these system libraries. Install them with:" >&2
    echo "    sudo apt-get install -y$missing" >&2
    echo "(continuing; the window or the tests may not start until they are installed)" >&2
fi
