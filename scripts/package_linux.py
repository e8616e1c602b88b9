"""Package the PyInstaller bundle (dist/CivicDesk) for Linux: a .deb and a .tar.gz.

`python scripts/package_linux.py [--dist DIR]` (what `make dist` runs after PyInstaller):
- dist/civicdesk_<version>_<arch>.deb: the bundle in /opt/civicdesk, /usr/bin/civicdesk,
  an applications-menu entry with the icon (SVG and PNGs of 16 to 512 px), AppStream
  metainfo, the man page civicdesk(1) (scripts/desktop_files.py), and Depends on the Debian packages of the
  system libraries the bundle needs (read from its binaries, see `depends()`); one data
  folder for the PC, /var/lib/civicdesk, which its postinst makes for the group civicdesk
  (root:civicdesk 2770) and which the installed app uses (the marker file beside it);
- dist/CivicDesk-<version>-linux-<machine>.tar.gz: the bundle folder as it is.
Needs dpkg-deb and objdump (binutils), which `scripts/sysdeps.sh dist` installs.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import desktop_files  # noqa: E402 - scripts/desktop_files.py

import civicdesk  # noqa: E402 - the checkout's package, for its name and version
from civicdesk import app  # noqa: E402 - its command line, for the man page

INSTALL_DIR = "opt/civicdesk"
DATA_DIR = "/var/lib/civicdesk"  # the PC's data folder: every account in GROUP uses it
GROUP = "civicdesk"
MACHINE_MARKER = "machine-data-folder"  # civicdesk.paths.MACHINE_MARKER

# The folder is made here rather than shipped, so that removing the package never removes
# the association's data; upgrading it again leaves what is there (and its mode) as it is.
POSTINST = f"""\
#!/bin/sh
set -e
if [ "$1" = configure ]; then
    if ! getent group {GROUP} >/dev/null; then
        addgroup --system {GROUP}
    fi
    if [ ! -d {DATA_DIR} ]; then
        mkdir -p {DATA_DIR}
        chown root:{GROUP} {DATA_DIR}
        chmod 2770 {DATA_DIR}
    fi
fi
exit 0
"""
MAINTAINER = "CivicDesk developers <civicdesk@example.org>"

# Libraries the bundle carries but whose system package is still needed for the data they
# read from the system: fontconfig's configuration and a font, xkbcommon's keyboard layouts.
SYSTEM_DATA_LIBRARIES = ("libfontconfig.so.1", "libxkbcommon.so.0")

DESKTOP_ENTRY = """\
[Desktop Entry]
Type=Application
Name={name}
GenericName=Neighborhood office
GenericName[es]=Oficina del barrio
Comment=Members, volunteer shifts, support requests and printed reports
Comment[es]=Socios, turnos de voluntariado, solicitudes de ayuda e informes impresos
Exec={app_id}
Icon={app_id}
Terminal=false
Categories=Office;
Keywords=members;volunteers;shifts;requests;association;neighborhood;
"""


def elf_files(bundle: Path) -> list[Path]:
    found = []
    for path in sorted(bundle.rglob("*")):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as handle:
                if handle.read(4) == b"\x7fELF":
                    found.append(path)
    return found


def needed(binary: Path) -> list[str]:
    """The libraries *binary* links against (its DT_NEEDED entries)."""
    out = subprocess.run(["objdump", "-p", str(binary)], capture_output=True, text=True,
                         check=True).stdout
    return re.findall(r"^\s+NEEDED\s+(\S+)$", out, flags=re.MULTILINE)


def package_of(soname: str) -> str | None:
    """The installed Debian package (of this machine's architecture) holding *soname*."""
    arch = subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True,
                          check=True).stdout.strip()
    result = subprocess.run(["dpkg", "-S", f"*/{soname}"], capture_output=True, text=True)
    for line in result.stdout.splitlines():
        packages, _, path = line.partition(": ")
        if Path(path).name != soname:
            continue
        for package in packages.split(", "):
            name, _, package_arch = package.partition(":")
            if package_arch in ("", arch, "all"):
                return name
    return None


def depends(bundle: Path) -> list[str]:
    """Packages for the libraries the bundle links against but does not carry (libc, GL,
    EGL, xcb, wayland ...), plus those in SYSTEM_DATA_LIBRARIES."""
    carried = {p.name for p in bundle.rglob("*")}
    wanted = set(SYSTEM_DATA_LIBRARIES)
    for binary in elf_files(bundle):
        wanted.update(name for name in needed(binary) if name not in carried)
    packages, unknown = set(), []
    for soname in sorted(wanted):
        package = package_of(soname)
        if package is None:
            unknown.append(soname)
        else:
            packages.add(package)
    if unknown:
        raise SystemExit(f"package_linux: no installed package provides {', '.join(unknown)}; "
                         f"install them (scripts/sysdeps.sh) and build again")
    return sorted(packages)


def control(version: str, arch: str, packages: list[str], size_kb: int) -> str:
    return (f"Package: {civicdesk.APP_ID}\nVersion: {version}\nArchitecture: {arch}\n"
            f"Maintainer: {MAINTAINER}\nInstalled-Size: {size_kb}\n"
            f"Depends: {', '.join(packages)}\nSection: misc\nPriority: optional\n"
            f"Homepage: https://example.org/civicdesk\n"
            f"Description: members, volunteer shifts and support requests for a "
            f"neighborhood office\n"
            f" {civicdesk.APP_NAME} keeps a neighborhood association's members, volunteer\n"
            f" shifts and support requests on one office PC, and prints reports.\n")


def _du_kb(folder: Path) -> int:
    return sum(p.lstat().st_size for p in folder.rglob("*")) // 1024 + 1


def stage(bundle: Path, root: Path) -> None:
    """The file tree the .deb installs, under *root*."""
    app_id = civicdesk.APP_ID
    shutil.rmtree(root, ignore_errors=True)
    shutil.copytree(bundle, root / INSTALL_DIR, symlinks=True)
    # The installed app's sign that it is the package's: it then keeps its data in DATA_DIR
    # (a copy unpacked from the tarball has no such file, and keeps one folder per user).
    (root / INSTALL_DIR / MACHINE_MARKER).write_text(f"{DATA_DIR}\n", encoding="utf-8")
    (root / "usr/bin").mkdir(parents=True)
    (root / "usr/bin" / app_id).symlink_to(f"/{INSTALL_DIR}/{app_id}")
    applications = root / "usr/share/applications"
    applications.mkdir(parents=True)
    (applications / f"{app_id}.desktop").write_text(
        DESKTOP_ENTRY.format(name=civicdesk.APP_NAME, app_id=app_id), encoding="utf-8")
    icons = root / "usr/share/icons/hicolor/scalable/apps"
    icons.mkdir(parents=True)
    shutil.copy(ROOT / "resources/icons/civicdesk.svg", icons / f"{app_id}.svg")
    share = root / "usr/share"
    desktop_files.render_icons(ROOT / "resources/icons/civicdesk.svg", share, app_id)
    metainfo = share / "metainfo" / f"{desktop_files.COMPONENT_ID}.metainfo.xml"
    metainfo.parent.mkdir(parents=True)
    metainfo.write_text(desktop_files.metainfo(civicdesk.APP_NAME, app_id, civicdesk.__version__,
                                               desktop_files.release_date()), encoding="utf-8")
    desktop_files.write_man_page(share, desktop_files.man_page(
        app.build_parser(), civicdesk.APP_NAME, civicdesk.__version__), app_id)
    doc = root / "usr/share/doc" / app_id
    doc.mkdir(parents=True)
    (doc / "copyright").write_text(f"{civicdesk.APP_NAME}: GPL-3.0-or-later, see "
                                   f"/usr/share/common-licenses/GPL-3\n", encoding="utf-8")
    for path in [root, *root.rglob("*")]:  # dpkg wants 0755 folders, whatever the umask
        if path.is_dir() and not path.is_symlink():
            path.chmod(0o755)


def build_deb(bundle: Path, dist: Path, work: Path) -> Path:
    version = civicdesk.__version__
    arch = subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True,
                          check=True).stdout.strip()
    root = work / "deb-root"
    stage(bundle, root)
    (root / "DEBIAN").mkdir()
    packages = sorted({*depends(bundle), "adduser"})  # adduser: addgroup, in the postinst
    (root / "DEBIAN/control").write_text(control(version, arch, packages, _du_kb(root)),
                                         encoding="utf-8")
    postinst = root / "DEBIAN/postinst"
    postinst.write_text(POSTINST, encoding="utf-8")
    postinst.chmod(0o755)
    target = dist / f"{civicdesk.APP_ID}_{version}_{arch}.deb"
    subprocess.run(["dpkg-deb", "--root-owner-group", "-Zxz", "-z6", "--build", str(root),
                    str(target)], check=True, stdout=subprocess.DEVNULL)
    shutil.rmtree(root)
    print(f"{target}: Depends: {', '.join(packages)}")
    return target


def build_tarball(bundle: Path, dist: Path) -> Path:
    target = dist / (f"{civicdesk.APP_NAME}-{civicdesk.__version__}-linux-"
                     f"{platform.machine()}.tar.gz")
    with tarfile.open(target, "w:gz", compresslevel=6) as tar:
        tar.add(bundle, arcname=bundle.name)  # keeps PyInstaller's symbolic links as links
    print(target)
    return target


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build")
    args = parser.parse_args(argv)
    bundle = args.dist / civicdesk.APP_NAME
    if not (bundle / civicdesk.APP_ID).is_file():
        print(f"package_linux: no bundle in {bundle}; build it first (make dist)",
              file=sys.stderr)
        return 1
    args.work.mkdir(parents=True, exist_ok=True)
    os.umask(0o022)
    build_deb(bundle, args.dist, args.work)
    build_tarball(bundle, args.dist)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
