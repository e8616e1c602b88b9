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
for size in 16 22 24 32 48 64 128 256 512; do
    [ -f /usr/share/icons/hicolor/${size}x${size}/apps/civicdesk.png ] || fail "no ${size} px icon"
done
appstreamcli validate --no-net /usr/share/metainfo/org.example.civicdesk.metainfo.xml \
    || fail "the AppStream metainfo does not validate"
# Minimal images may drop /usr/share/man at install (dpkg path-exclude): then check the .deb.
dpkg-deb -c "$deb" | grep -q ' ./usr/share/man/man1/civicdesk.1.gz$' || fail "no man page"
if [ -f /usr/share/man/man1/civicdesk.1.gz ]; then
    man -l /usr/share/man/man1/civicdesk.1.gz >/dev/null || fail "the man page does not render"
fi
# One data folder for the PC, for the group civicdesk: root:civicdesk, 2770 (setgid).
getent group civicdesk >/dev/null || fail "no group civicdesk"
[ "$(stat -c '%U:%G %a' /var/lib/civicdesk)" = "root:civicdesk 2770" ] \
    || fail "/var/lib/civicdesk is $(stat -c '%U:%G %a' /var/lib/civicdesk), not root:civicdesk 2770"
[ "$(cat /opt/civicdesk/machine-data-folder)" = /var/lib/civicdesk ] \
    || fail "the installed app does not know its data folder"
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
# A user's home that must stay empty: the self-test works on its own throw-away folder.
(cd "$home" && HOME="$home" XDG_DATA_HOME= CIVICDESK_DATA_DIR= civicdesk --self-test)
[ -z "$(ls -A "$home")" ] || fail "the self-test wrote into the user's home: $(ls -A "$home")"
# The installed copy uses that folder, and what it makes there is the group's: a member
# of the group who is not root can open the file root made (nobody, with the group).
civicdesk demo --people 5 >/dev/null
[ "$(stat -c '%G %a' /var/lib/civicdesk/civicdesk.db)" = "civicdesk 660" ] \
    || fail "the database is $(stat -c '%G %a' /var/lib/civicdesk/civicdesk.db), not civicdesk 660"
gid=$(getent group civicdesk | cut -d: -f3)
(cd / && HOME="$home" setpriv --reuid=65534 --regid="$gid" --clear-groups civicdesk backup >/dev/null) \
    || fail "a member of the group civicdesk cannot use the database another account made"
[ "$(stat -c '%G %a' /var/lib/civicdesk/backups)" = "civicdesk 2770" ] \
    || fail "the backups folder is $(stat -c '%G %a' /var/lib/civicdesk/backups), not civicdesk 2770"
apt-get remove -y -q civicdesk >/dev/null
[ ! -e /opt/civicdesk ] || fail "/opt/civicdesk is still there after removing the package"
[ -f /var/lib/civicdesk/civicdesk.db ] || fail "removing the package removed the data"
rm -rf /var/lib/civicdesk
echo "installed package: ok"
