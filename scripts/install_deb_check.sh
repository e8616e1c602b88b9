#!/bin/sh
# Install the CivicDesk .deb the way a user would (apt resolves its Depends), check what it
# put on the system, run the installed copy's self-test from the PATH, then remove it again.
# Needs root (CI runs as root). Usage: scripts/install_deb_check.sh dist/civicdesk_*.deb
set -eu
deb=$(realpath "$1")
if [ "$(id -u)" != "0" ]; then
    echo "install_deb_check: installing a package needs root (try: sudo $0 $1)" >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
if ! apt-get install -y -q "$deb"; then
    apt-get update -q && apt-get install -y -q "$deb"
fi
fail() { echo "install_deb_check: $*" >&2; exit 1; }
[ "$(command -v civicdesk)" = /usr/bin/civicdesk ] || fail "no civicdesk on the PATH"
[ -x /opt/civicdesk/civicdesk ] || fail "nothing installed in /opt/civicdesk"
grep -q '^Exec=civicdesk$' /usr/share/applications/civicdesk.desktop \
    || fail "no applications-menu entry"
[ -f /usr/share/icons/hicolor/scalable/apps/civicdesk.svg ] || fail "no icon"
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
# A user's home that must stay empty: the self-test works on its own throw-away folder.
(cd "$home" && HOME="$home" XDG_DATA_HOME= CIVICDESK_DATA_DIR= civicdesk --self-test)
[ -z "$(ls -A "$home")" ] || fail "the self-test wrote into the user's home: $(ls -A "$home")"
apt-get remove -y -q civicdesk >/dev/null
[ ! -e /opt/civicdesk ] || fail "/opt/civicdesk is still there after removing the package"
echo "installed package: ok"
