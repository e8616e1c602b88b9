"""Is a folder on this computer's own disk, or in a network folder? SQLite documents its WAL
mode as unsafe on network filesystems (two PCs writing one file over NFS or SMB can damage
it), so the database file must live on a local disk; backups may go anywhere.

Linux: the filesystem type of the mount holding the folder (/proc/self/mountinfo, which also
names FUSE mounts such as GNOME's gvfs network folders and sshfs). Windows: a UNC path
(\\\\server\\share) or a drive that Windows calls remote. macOS: the type `mount` reports.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

# Filesystem types that reach another computer. FUSE mounts carry their driver's name.
NETWORK_TYPES = frozenset({
    "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "ncp", "ncpfs", "afs", "coda",
    "ceph", "glusterfs", "lustre", "ocfs2", "davfs", "webdav", "afpfs", "sshfs",
    "fuse.sshfs", "fuse.davfs2", "fuse.rclone", "fuse.s3fs", "fuse.gvfsd-fuse",
    "fuse.glusterfs", "fuse.ceph", "fuse.smbnetfs", "fuse.curlftpfs",
})
DRIVE_REMOTE = 4  # GetDriveTypeW


def network_kind(path: Path) -> str | None:
    """The network filesystem holding *path* (e.g. "nfs4", "cifs", "network drive"), or
    None when it is on a local disk or the question cannot be answered."""
    folder = _existing(Path(path))
    try:
        if sys.platform.startswith("linux"):
            with open("/proc/self/mountinfo", encoding="utf-8", errors="replace") as fh:
                return kind_in_mountinfo(fh.read(), folder)
        if sys.platform == "win32":
            return _windows_kind(folder)
        if sys.platform == "darwin":
            listing = subprocess.run(["/sbin/mount"], capture_output=True, text=True,
                                     timeout=5, check=False).stdout
            return kind_in_mount_listing(listing, folder)
    except (OSError, subprocess.SubprocessError, ValueError):
        return None  # cannot tell: do not refuse a file that may well be local
    return None


def _existing(path: Path) -> Path:
    """*path* resolved, or its nearest folder that exists (a file not yet created)."""
    path = Path(os.path.abspath(path))
    while not path.exists() and path.parent != path:
        path = path.parent
    return path.resolve()


def kind_in_mountinfo(mountinfo: str, folder: Path) -> str | None:
    """The network filesystem type of the mount holding *folder*, from the text of Linux's
    /proc/self/mountinfo (proc(5): field 5 is the mount point, the type follows " - ")."""
    best, best_type = "", ""
    for line in mountinfo.splitlines():
        left, sep, right = line.partition(" - ")
        fields = left.split()
        if not sep or len(fields) < 5 or not right.split():
            continue
        point = _unescape(fields[4])
        if _contains(point, str(folder)) and len(point) >= len(best):
            best, best_type = point, right.split()[0]
    return best_type if _is_network(best_type) else None


def kind_in_mount_listing(listing: str, folder: Path) -> str | None:
    """The same from macOS's `mount` output: "//user@server/share on /Volumes/share (smbfs,
    nodev, nosuid, mounted by user)"."""
    best, best_type = "", ""
    for line in listing.splitlines():
        head, sep, options = line.rpartition(" (")
        _, on, point = head.partition(" on ")
        if not sep or not on:
            continue
        kind = options.split(",")[0].strip(" )")
        if _contains(point, str(folder)) and len(point) >= len(best):
            best, best_type = point, kind
    return best_type if _is_network(best_type) else None


def _windows_kind(folder: Path) -> str | None:
    drive = folder.drive or os.path.splitdrive(str(folder))[0]
    if drive.startswith(("\\\\", "//")):
        return "network share"
    if not drive:
        return None
    import ctypes

    if ctypes.windll.kernel32.GetDriveTypeW(f"{drive}\\") == DRIVE_REMOTE:  # type: ignore[attr-defined]
        return "network drive"
    return None


def _contains(point: str, folder: str) -> bool:
    point = point.rstrip("/") or "/"
    return folder == point or folder.startswith(point if point == "/" else point + "/")


def _is_network(kind: str) -> bool:
    kind = kind.lower()
    return kind in NETWORK_TYPES or kind.split(".", 1)[0] in {"nfs", "cifs", "smb3"}


def _unescape(field: str) -> str:
    """Mount points in mountinfo escape space, tab, newline and backslash as \\ooo."""
    if "\\" not in field:
        return field
    out, i = [], 0
    while i < len(field):
        if field[i] == "\\" and field[i + 1:i + 4].isdigit():
            out.append(chr(int(field[i + 1:i + 4], 8)))
            i += 4
        else:
            out.append(field[i])
            i += 1
    return "".join(out)
