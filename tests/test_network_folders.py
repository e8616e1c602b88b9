"""A database file in a network folder is refused (SQLite's WAL mode is unsafe there),
with a message pointing to the several-PC set-up; a local disk is not."""

from __future__ import annotations

from pathlib import Path

import pytest

from civicdesk.data import database, filesystems, lockfile

pytestmark = pytest.mark.sqlite_only("a database file in a network folder")

# The format of proc(5) /proc/self/mountinfo, with the mounts an office PC may have.
MOUNTINFO = r"""22 1 8:2 / / rw,relatime shared:1 - ext4 /dev/sda2 rw,errors=remount-ro
25 22 0:21 / /proc rw,nosuid,nodev,noexec,relatime shared:12 - proc proc rw
31 22 0:27 / /tmp rw,nosuid,nodev shared:14 - tmpfs tmpfs rw,size=8G
40 22 0:35 / /mnt/office rw,relatime shared:20 - nfs4 nas:/export/office rw,vers=4.2
41 40 8:17 / /mnt/office/usb rw,relatime shared:21 - vfat /dev/sdb1 rw
42 22 0:36 / /media/Shared\040Drive rw,relatime shared:22 - cifs //nas/shared rw,vers=3.1.1
43 22 0:37 / /run/user/1000/gvfs rw,nosuid,nodev,relatime shared:23 - fuse.gvfsd-fuse gvfsd-fuse rw,user_id=1000
44 22 0:38 / /home/ana/remote rw,nosuid,nodev,relatime shared:24 - fuse.sshfs ana@server:/srv rw
45 22 0:39 / /home/ana/nfsdata rw shared:25 - nfs server:/data rw
"""

MAC_MOUNT = """/dev/disk3s1s1 on / (apfs, sealed, local, read-only, journaled)
/dev/disk3s5 on /System/Volumes/Data (apfs, local, journaled, nobrowse, protect)
//ana@nas._smb._tcp.local/Office on /Volumes/Office (smbfs, nodev, nosuid, mounted by ana)
nas:/export on /Volumes/export (nfs, asynchronous)
/dev/disk4s1 on /Volumes/USB STICK (msdos, local, nodev, nosuid, noowners)
"""


@pytest.mark.parametrize("folder, expected", [
    ("/home/ana/Documents", None),
    ("/tmp/civicdesk", None),
    ("/mnt/office/civicdesk", "nfs4"),
    ("/mnt/office/usb/civicdesk", None),  # a USB stick mounted inside the share is local
    ("/mnt/officeplus/civicdesk", None),  # a name that only starts like the share
    ("/media/Shared Drive/civicdesk", "cifs"),  # the space is escaped as \040
    ("/run/user/1000/gvfs/smb-share:server=nas,share=office", "fuse.gvfsd-fuse"),
    ("/home/ana/remote/data", "fuse.sshfs"),
    ("/home/ana/nfsdata", "nfs"),
])
def test_the_filesystem_of_a_folder_is_read_from_linux_mountinfo(folder, expected):
    assert filesystems.kind_in_mountinfo(MOUNTINFO, Path(folder)) == expected


@pytest.mark.parametrize("folder, expected", [
    ("/Users/ana/Documents", None),
    ("/Volumes/Office/civicdesk", "smbfs"),
    ("/Volumes/export", "nfs"),
    ("/Volumes/USB STICK/civicdesk", None),
])
def test_the_filesystem_of_a_folder_is_read_from_macos_mount(folder, expected):
    assert filesystems.kind_in_mount_listing(MAC_MOUNT, Path(folder)) == expected


def test_this_computers_own_folders_are_local(tmp_path):
    assert filesystems.network_kind(tmp_path / "civicdesk.db") is None
    assert filesystems.network_kind(tmp_path / "not" / "made" / "yet.db") is None


@pytest.fixture
def on_a_network_share(monkeypatch):
    """The question to the operating system answers "NFS" (no NFS server in the test)."""
    monkeypatch.setattr(filesystems, "network_kind", lambda path: "nfs4")


def test_a_database_in_a_network_folder_is_refused_and_not_created(db_path,
                                                                   on_a_network_share):
    with pytest.raises(lockfile.NetworkFolder) as refused:
        database.open_database(db_path)
    text = str(refused.value)
    assert "network folder (nfs4)" in text and "PostgreSQL" in text
    assert not db_path.exists()
    with pytest.raises(lockfile.NetworkFolder):
        lockfile.acquire(db_path)
    assert not lockfile.lock_path(db_path).exists()


def test_the_command_line_refuses_it_in_one_line(db_path, on_a_network_share, capsys):
    from civicdesk import app

    assert app.main(["--db", str(db_path), "demo", "--people", "5"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("civicdesk: ") and "network folder" in err
    assert len(err.strip().splitlines()) == 1
    assert not db_path.exists()
