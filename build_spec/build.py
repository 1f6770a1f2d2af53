"""Build the standalone program for the OS this runs on.

    python build_spec/build.py            the one-folder bundle, then the .deb (Linux) or
                                          the installer (Windows, when Inno Setup is there)
    python build_spec/build.py --no-package   only the bundle

Output in ``dist/``: ``dist/styringsdialog/`` (the bundle), and on Linux
``dist/styringsdialog_<version>_amd64.deb``, on Windows ``dist/Styringsdialog-<version>-oppsett.exe``.
Needs the build extra: ``pip install -e .[build]``. Steps and checks: docs/BUILDING.md.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
WORK = ROOT / "build"
BUNDLE = DIST / "styringsdialog"
SPEC = ROOT / "build_spec" / "styringsdialog.spec"

# Debian packages the bundle needs from the system: the C library and the graphics stack. Qt,
# Python and every Python package are in the bundle. The packages holding the libraries that
# build_spec/prune.py leaves to the system (build/system_libraries.txt) are added by deb_depends().
DEB_DEPENDS = ("libc6 (>= 2.31), libegl1, libgl1, libfontconfig1, libfreetype6, libxkbcommon0, "
               "libxkbcommon-x11-0, libdbus-1-3, libglib2.0-0, libx11-xcb1, libxcb-cursor0, libxcb-icccm4, "
               "libxcb-keysyms1, libxcb-shape0, libxcb-xinerama0, libxcb-randr0, libxcb-render-util0, "
               "libxcb-image0, libxcb-xkb1, libcups2, "
               # PostgreSQL's client library, loaded by psycopg when the user connects to a server.
               "libpq5")
SYSTEM_LIBRARIES = WORK / "system_libraries.txt"


def deb_depends() -> list[str]:
    """DEB_DEPENDS plus the package of every library the bundle takes from the system, as dpkg
    knows it on the build machine, so the list is right by construction."""
    depends = [d.strip() for d in DEB_DEPENDS.split(",")]
    names = {d.split("(")[0].strip() for d in depends}
    libs = SYSTEM_LIBRARIES.read_text().split() if SYSTEM_LIBRARIES.exists() else []
    for lib in libs:
        real = str(Path(lib).resolve())
        found = subprocess.run(["dpkg", "-S", real], capture_output=True, text=True, check=False).stdout \
            or subprocess.run(["dpkg", "-S", lib], capture_output=True, text=True, check=False).stdout
        if not found:
            raise SystemExit(f"Ingen Debian-pakke eier {lib}; den kan ikke overlates til systemet.")
        package = found.split(":")[0].strip()
        if package not in names:
            names.add(package)
            depends.append(package)
    return depends


def project() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def run(cmd: list[str], **kwargs: object) -> None:
    print("+", " ".join(cmd), flush=True)
    subprocess.run(cmd, check=True, cwd=ROOT, **kwargs)  # type: ignore[call-overload]


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


# --- the bundle ----------------------------------------------------------------------------


def windows_version_file(version: str, description: str) -> Path:
    """The VERSIONINFO resource Explorer shows under Properties → Details."""
    numbers = [int(part) for part in version.split(".")[:3] if part.isdigit()]
    numbers += [0] * (4 - len(numbers))
    tup = tuple(numbers[:4])
    text = f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={tup}, prodvers={tup}, mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('041404b0', [
      StringStruct('CompanyName', 'Styringsdialog'),
      StringStruct('FileDescription', {description!r}),
      StringStruct('FileVersion', '{version}'),
      StringStruct('InternalName', 'styringsdialog'),
      StringStruct('OriginalFilename', 'styringsdialog.exe'),
      StringStruct('ProductName', 'Styringsdialog'),
      StringStruct('ProductVersion', '{version}')])]),
    VarFileInfo([VarStruct('Translation', [0x0414, 1200])])
  ]
)
"""
    WORK.mkdir(parents=True, exist_ok=True)
    path = WORK / "version_info.txt"
    path.write_text(text, encoding="utf-8")
    return path


# Parts of Qt the program never loads, removed after PyInstaller has collected them: Qt's own
# translations except Norwegian and English, and platform plugins for other window systems. And
# python-docx's unpacked copy of its default document (1 MB): it reads only default.docx and the
# default-*.xml parts beside it.
PRUNE_GLOBS = (
    "_internal/docx/templates/default-docx-template",
    "_internal/PySide6/Qt/translations/*",
    "_internal/PySide6/Qt/plugins/platforms/libqvnc*",
    "_internal/PySide6/Qt/plugins/platforms/libqlinuxfb*",
    "_internal/PySide6/Qt/plugins/platforms/libqvkkhrdisplay*",
    "_internal/PySide6/Qt/plugins/platforms/libqeglfs*",
    "_internal/PySide6/Qt/plugins/egldeviceintegrations",
    "_internal/PySide6/Qt/plugins/networkinformation",
    "_internal/PySide6/Qt/plugins/tls",
)
KEEP_TRANSLATIONS = ("qtbase_nb", "qtbase_nn", "qtbase_no", "qtbase_en", "qt_nb", "qt_no", "qt_en")


def prune(bundle: Path) -> int:
    """Remove what PRUNE_GLOBS names, and links left pointing at nothing; returns the bytes saved."""
    saved = 0
    for link in [p for p in bundle.rglob("*") if p.is_symlink() and not p.exists()]:
        link.unlink()  # beside-the-program links to libraries build_spec/prune.py left out
    for pattern in PRUNE_GLOBS:
        for path in bundle.glob(pattern):
            if path.name.startswith(KEEP_TRANSLATIONS):
                continue
            if path.is_dir():
                saved += folder_size(path)
                shutil.rmtree(path)
            else:
                saved += path.stat().st_size
                path.unlink()
    return saved


def build_bundle() -> Path:
    meta = project()
    run([sys.executable, "-m", "ui.i18n"])  # the .qm files must match the .ts sources
    if sys.platform == "win32":
        windows_version_file(meta["version"], meta["description"])
    run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
         "--distpath", str(DIST), "--workpath", str(WORK / "pyinstaller"), str(SPEC)])
    saved = prune(BUNDLE)
    print(f"Bunten: {BUNDLE} ({folder_size(BUNDLE) / 1e6:.1f} MB, {saved / 1e6:.1f} MB fjernet)")
    return BUNDLE


# --- Linux: .deb ---------------------------------------------------------------------------

DESKTOP_ENTRY = """[Desktop Entry]
Type=Application
Name=Styringsdialog
GenericName=Styringsdialog for rådmannens stab
Comment=Organisasjonskart, leder- og resultatavtaler, oppfølging og budsjett
Exec=styringsdialog --db %f
Icon=styringsdialog
Terminal=false
Categories=Office;
MimeType=application/x-styringsdialog;
StartupWMClass=styringsdialog
"""

# The database suffix as a file type, so a file manager opens .sdb files with the program.
MIME_XML = """<?xml version="1.0" encoding="UTF-8"?>
<mime-info xmlns="http://www.freedesktop.org/standards/shared-mime-info">
  <mime-type type="application/x-styringsdialog">
    <comment>Styringsdialog-database</comment>
    <sub-class-of type="application/vnd.sqlite3"/>
    <glob pattern="*.sdb"/>
  </mime-type>
</mime-info>
"""


def deb_arch() -> str:
    machine = platform.machine().lower()
    return {"x86_64": "amd64", "amd64": "amd64", "aarch64": "arm64", "arm64": "arm64"}.get(machine, machine)


def build_deb(bundle: Path) -> Path:
    meta = project()
    version, arch = meta["version"], deb_arch()
    stage = WORK / "deb" / f"styringsdialog_{version}_{arch}"
    if stage.exists():
        shutil.rmtree(stage)
    shutil.copytree(bundle, stage / "opt" / "styringsdialog", symlinks=True)
    (stage / "usr" / "bin").mkdir(parents=True)
    (stage / "usr" / "bin" / "styringsdialog").symlink_to("/opt/styringsdialog/styringsdialog")
    apps = stage / "usr" / "share" / "applications"
    apps.mkdir(parents=True)
    (apps / "styringsdialog.desktop").write_text(DESKTOP_ENTRY, encoding="utf-8")
    icons = stage / "usr" / "share" / "icons" / "hicolor" / "256x256" / "apps"
    icons.mkdir(parents=True)
    shutil.copy2(ROOT / "resources" / "icons" / "styringsdialog.png", icons / "styringsdialog.png")
    mime = stage / "usr" / "share" / "mime" / "packages"
    mime.mkdir(parents=True)
    (mime / "styringsdialog.xml").write_text(MIME_XML, encoding="utf-8")
    installed_kb = folder_size(stage) // 1024
    control = stage / "DEBIAN" / "control"
    control.parent.mkdir()
    control.write_text(
        f"Package: styringsdialog\nVersion: {version}\nArchitecture: {arch}\n"
        f"Maintainer: Styringsdialog <styringsdialog@localhost>\nInstalled-Size: {installed_kb}\n"
        f"Depends: {', '.join(deb_depends())}\nSection: misc\nPriority: optional\n"
        f"Description: {meta['description']}\n"
        " Desktop program for the office of a Norwegian municipality's chief executive:\n"
        " organisation chart, leader and result agreements, monthly follow-up and budget,\n"
        " in one SQLite file. Works with no network. Python and Qt are included.\n",
        encoding="utf-8",
    )
    for path in stage.rglob("*"):  # dpkg wants plain permissions, whatever the umask was
        if not path.is_symlink():
            path.chmod(0o755 if path.is_dir() or os.access(path, os.X_OK) else 0o644)
    out = DIST / f"styringsdialog_{version}_{arch}.deb"
    run(["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(stage), str(out)])
    print(f"Pakken: {out} ({out.stat().st_size / 1e6:.1f} MB)")
    return out


# --- Windows: Inno Setup -------------------------------------------------------------------


def find_iscc() -> str | None:
    found = shutil.which("ISCC") or shutil.which("iscc")
    if found:
        return found
    for base in (os.environ.get("PROGRAMFILES(X86)"), os.environ.get("PROGRAMFILES"),
                 os.path.expandvars(r"%LOCALAPPDATA%\Programs")):
        if base and (Path(base) / "Inno Setup 6" / "ISCC.exe").exists():
            return str(Path(base) / "Inno Setup 6" / "ISCC.exe")
    return None


def build_windows_installer(bundle: Path) -> Path | None:
    iscc = find_iscc()
    if iscc is None:
        print("Inno Setup (ISCC.exe) ble ikke funnet; bare bunten er laget. Se docs/BUILDING.md.")
        return None
    version = project()["version"]
    run([iscc, f"/DAppVersion={version}", f"/DSourceDir={bundle}",
         str(ROOT / "build_spec" / "windows" / "styringsdialog.iss")])
    out = DIST / f"Styringsdialog-{version}-oppsett.exe"
    print(f"Installasjonsprogrammet: {out}")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--no-package", action="store_true", help="bare bunten, uten .deb eller installasjonsprogram")
    parser.add_argument("--print-depends", action="store_true",
                        help="skriv Debian-pakkene .deb-en trenger (for apt-get install før dpkg -i), og avslutt")
    args = parser.parse_args(argv)
    if args.print_depends:
        print(" ".join(dep.split("(")[0].strip() for dep in deb_depends()))
        return 0
    bundle = build_bundle()
    if args.no_package:
        return 0
    if sys.platform == "win32":
        build_windows_installer(bundle)
    elif sys.platform.startswith("linux") and shutil.which("dpkg-deb"):
        build_deb(bundle)
    else:
        print("Ingen pakke for dette systemet; bunten ligger i dist/.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
