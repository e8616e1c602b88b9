#!/bin/sh
# What `make dist` needs besides the venv, on Debian/Ubuntu: binutils (PyInstaller strips
# the bundle with `strip`; package_linux.py reads library links with `objdump`), dpkg-deb
# (always there), and every system library the bundle links to without carrying it, so
# that package_linux.py can name its package in the .deb's Depends (the Wayland ones are
# not among Qt's runtime libraries in sysdeps.sh). Installs the missing ones when run as
# root; otherwise prints the apt-get line and fails. Does nothing without dpkg.
set -eu
PKGS="binutils libwayland-client0 libwayland-cursor0 libwayland-egl1"

command -v dpkg-query >/dev/null 2>&1 || exit 0

missing=""
for pkg in $PKGS; do
    dpkg-query -W -f='${Status}\n' "$pkg" 2>/dev/null | grep -q "ok installed" \
        || missing="$missing $pkg"
done
[ -z "$missing" ] && exit 0

if [ "$(id -u)" = "0" ]; then
    echo "Installing what building the packages needs:$missing"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q >/dev/null && apt-get install -y -q --no-install-recommends $missing
else
    echo "Building the packages needs these. Install them with:" >&2
    echo "    sudo apt-get install -y$missing" >&2
    exit 1
fi
