"""Trim a PyInstaller Analysis on Linux: Qt plugins the program does not use, then every shared
library that nothing left in the bundle needs.

PyInstaller's Qt hooks take all of a plugin folder, and each plugin brings its libraries: the
GTK theme brings cairo and pango, the TUIO touch plugin brings QtNetwork and Kerberos. A library
stays when a kept extension module, plugin or the Python library needs it, directly or through
another kept library (the NEEDED entries, read with ``objdump``, which PyInstaller itself needs
on Linux). Used by ``styringsdialog.spec``; Windows builds skip it.
"""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterable
from pathlib import PurePosixPath

# Qt plugins left out, by path under PySide6/Qt/plugins. Kept: xcb and wayland windows (with the
# plain decoration), offscreen (the self-test), input methods, the common image formats.
DROPPED_PLUGINS = (
    "platformthemes/libqgtk3",  # GTK dialogs; needs GTK itself, which the bundle does not have
    "platforms/libqminimalegl", "platforms/libqeglfs", "platforms/libqvnc", "platforms/libqlinuxfb",
    "platforms/libqvkkhrdisplay", "egldeviceintegrations/",
    "generic/libqtuiotouchplugin",  # touch over the network (QtNetwork): never wanted here
    "networkinformation/", "tls/", "sqldrivers/",
    "iconengines/libqsvgicon", "imageformats/libqsvg", "imageformats/libqicns", "imageformats/libqtiff",
    "imageformats/libqwebp", "imageformats/libqtga", "imageformats/libqwbmp",
    "wayland-decoration-client/libadwaita",  # needs QtSvg; bradient draws the frame instead
    "wayland-graphics-integration-client/libvulkan-server", "wayland-shell-integration/libivi-shell",
    "wayland-shell-integration/libfullscreen-shell-v1",
)

# Loaded with dlopen (no NEEDED entry points at them), so kept whatever the graph says.
DLOPENED = ("libpdfium", "libxcb-cursor")

# Taken from the system, not the bundle: the .deb depends on the packages that hold them
# (build.py asks dpkg which ones). The message bus and printing clients belong to the desktop's
# own services, and with them would come systemd, gcrypt, GnuTLS, Kerberos and Avahi. The C++
# runtime, GLib, X11/xcb, fontconfig and freetype are on every desktop that can show a window.
# About 18 MB in all. Python's own libraries (sqlite3, ffi, lzma, …) stay in the bundle.
SYSTEM_PROVIDED = ("libdbus-1.so.", "libcups.so.", "libstdc++.so.", "libgcc_s.so.", "libglib-2.0.so.",
                   "libgthread-2.0.so.", "libpcre2-8.so.", "libX11.so.", "libX11-xcb.so.", "libxcb.so.",
                   "libxcb-", "libxkbcommon.so.", "libxkbcommon-x11.so.", "libfontconfig.so.", "libfreetype.so.",
                   "libpng16.so.", "libexpat.so.", "libEGL.so.", "libGL.so.", "libGLX.so.", "libOpenGL.so.",
                   # OpenSSL: the system's libpq5 (PostgreSQL's client library) links it anyway.
                   "libssl.so.", "libcrypto.so.",
                   # PostgreSQL's client library (package libpq5), which psycopg's C part links.
                   "libpq.so.")


def left_to_system(entry: tuple[str, str, str]) -> bool:
    """A library of the system's own (not one a wheel vendors, like Pillow's libxcb-<hash>)."""
    dest, source, kind = entry
    return (kind != "SYMLINK" and PurePosixPath(dest).name.startswith(SYSTEM_PROVIDED)
            and source.startswith(("/lib/", "/usr/lib/", "/lib64/", "/usr/lib64/")))

_NEEDED = re.compile(r"^\s*NEEDED\s+(\S+)", re.MULTILINE)
_PLUGIN_DIR = "PySide6/Qt/plugins/"


def needed(path: str) -> list[str]:
    out = subprocess.run(["objdump", "-p", path], capture_output=True, text=True, check=False).stdout
    return _NEEDED.findall(out)


def is_root(dest: str) -> bool:
    """Loaded by Python or Qt themselves: extension modules, plugins, the Python library."""
    name = PurePosixPath(dest).name
    return (".cpython-" in name or name.endswith(".abi3.so") or dest.startswith(_PLUGIN_DIR)
            or name.startswith(("libpython", *DLOPENED)))


def dropped_plugin(dest: str) -> bool:
    return dest.startswith(_PLUGIN_DIR) and dest[len(_PLUGIN_DIR):].startswith(DROPPED_PLUGINS)


def prune_binaries(binaries: Iterable[tuple[str, str, str]]) -> tuple[list, list]:
    """Return (kept, dropped) TOC entries (dest, source, typecode); a dropped entry whose name
    ``left_to_system`` accepts is a library the installed program takes from the system."""
    entries = list(binaries)
    wanted = [e for e in entries if not dropped_plugin(e[0])]
    by_name: dict[str, list[tuple[str, str, str]]] = {}
    for entry in wanted:
        by_name.setdefault(PurePosixPath(entry[0]).name, []).append(entry)
    keep: set[str] = set()
    todo = [e for e in wanted if is_root(e[0])]
    while todo:
        entry = todo.pop()
        if entry[0] in keep:
            continue
        keep.add(entry[0])
        if entry[2] == "SYMLINK":
            continue
        for lib in needed(entry[1]):
            todo.extend(e for e in by_name.get(lib, ()) if e[0] not in keep and not left_to_system(e))
    # A symlink PyInstaller adds beside the program has its target's name, so both stay together.
    return [e for e in entries if e[0] in keep], [e for e in entries if e[0] not in keep]
