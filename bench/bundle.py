"""The standalone bundle: its size, what takes the space, and the frozen program's start-up
side by side with the same program run from source, in the same run.

Goals: bundle ≤ 150 MB unpacked (issue 7); the frozen program's cold start to a painted window
≤ 1 s (issue 7) and to a filled overview ≤ 0.6 s (issue 17). «Cold» means the kernel's page cache
is dropped before every start (``drop_caches``, which needs root); where that is refused the
figures are warm starts and the row says so.

The stages are the marks ``ui.main`` writes (bench/startup.py): window on screen, overview filled
(the Oversikt figures on screen, read with plain sqlite3 while SQLAlchemy loads), all pages ready
(the database open through SQLAlchemy, the pages attached and the screenshot saved) and the whole
process. The CPU time the frozen program used until the overview was filled is given as well: a
busy machine stretches the wall-clock figures far more than it.

Needs a built bundle in ``dist/styringsdialog`` (``python build_spec/build.py``); it is built
here with ``--no-package`` when missing.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import sysconfig
import tempfile
from importlib import metadata
from pathlib import Path

from bench.startup import timed_run  # the same three marks, for the frozen program too

ROOT = Path(__file__).resolve().parents[1]
BUNDLE = ROOT / "dist" / "styringsdialog"
SIZE_GOAL_MB = 150.0
START_GOAL_S = 1.0
FILLED_GOAL_S = 0.6

# What takes the space, by path inside the bundle's _internal folder (first match wins).
PARTS = (
    ("ICU (Qt's Unicode and locale data)", ("PySide6/Qt/lib/libicu",)),
    ("Qt libraries", ("PySide6/Qt/lib/",)),
    ("Qt plugins", ("PySide6/Qt/plugins/",)),
    ("PySide6 bindings", ("PySide6/", "shiboken6/", "libpyside6", "libshiboken6")),
    # The program file holds the bytecode of every pure-Python module: ours, SQLAlchemy, reportlab, …
    ("Python: interpreter, stdlib, all pure-Python code", ("libpython", "python3", "base_library.zip",
                                                           "styringsdialog")),
    ("PDF preview (pdfium)", ("pypdfium2",)),
    ("Pillow", ("PIL/", "pillow.libs/")),
    ("lxml (Word and Excel files)", ("lxml/",)),
    ("Calamine (fast workbook reader)", ("python_calamine/",)),
    ("Templates, fonts, translations, examples", ("resources/",)),
)


def files(bundle: Path) -> list[tuple[str, int]]:
    """(path inside the bundle, bytes) of every regular file; links count nothing."""
    out = []
    for path in bundle.rglob("*"):
        if path.is_file() and not path.is_symlink():
            rel = path.relative_to(bundle).as_posix()
            out.append((rel.removeprefix("_internal/"), path.stat().st_size))
    return out


def breakdown(bundle: Path) -> dict[str, float]:
    parts: dict[str, int] = {name: 0 for name, _ in PARTS}
    parts["system libraries (X11/xcb, glib, freetype, …)"] = 0
    parts["compiled parts and data of other packages"] = 0
    for rel, size in files(bundle):
        for name, prefixes in PARTS:
            if rel.startswith(prefixes):
                parts[name] += size
                break
        else:
            key = ("system libraries (X11/xcb, glib, freetype, …)" if "/" not in rel and ".so" in rel
                   else "compiled parts and data of other packages")
            parts[key] += size
    return {name: round(size / 1e6, 1) for name, size in sorted(parts.items(), key=lambda kv: -kv[1])}


def source_install_mb() -> float:
    """The peer for size: what running from source needs, the Python installation's standard
    library and shared library plus the installed files of every runtime dependency."""
    import tomllib

    deps = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]
    names = {d.split(">")[0].split("<")[0].split("=")[0].split("[")[0].strip() for d in deps} | {"shiboken6"}
    total = 0
    seen: set[str] = set()
    todo = list(names)
    while todo:  # the runtime dependencies and theirs
        name = todo.pop()
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        key = dist.metadata["Name"].lower()
        if key in seen:
            continue
        seen.add(key)
        for f in dist.files or []:
            path = Path(str(dist.locate_file(f)))
            if path.is_file():
                total += path.stat().st_size
        for req in dist.requires or []:
            if "extra ==" not in req:
                todo.append(req.split(";")[0].split(">")[0].split("<")[0].split("=")[0].split("[")[0].split("!")[0]
                            .strip())
    stdlib = Path(sysconfig.get_paths()["stdlib"])
    total += sum(p.stat().st_size for p in stdlib.rglob("*") if p.is_file() and "site-packages" not in p.parts
                 and "test" not in p.parts)
    libdir = Path(sysconfig.get_config_var("LIBDIR") or "")
    for lib in libdir.glob("libpython3*.so*"):
        if lib.is_file() and not lib.is_symlink():
            total += lib.stat().st_size
    return round(total / 1e6, 1)


def ensure_bundle() -> Path:
    if not (BUNDLE / "styringsdialog").exists():
        subprocess.run([sys.executable, str(ROOT / "build_spec" / "build.py"), "--no-package"], cwd=ROOT, check=True)
    return BUNDLE


def drop_caches() -> bool:
    """Empty the page cache so the next start reads every file from disk; False if not allowed."""
    try:
        os.sync()
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
        return True
    except OSError:
        return False


def run(quick: bool) -> list[dict[str, object]]:
    bundle = ensure_bundle()
    size_mb = round(sum(size for _, size in files(bundle)) / 1e6, 1)
    parts = breakdown(bundle)
    peer_mb = source_install_mb()
    rows: list[dict[str, object]] = [{
        "benchmark": "bundle: size unpacked, MB", "ours_s": size_mb, "peer": "source install (Python + deps)",
        "peer_s": peer_mb, "ratio": round(size_mb / peer_mb, 2), "goal": f"<= {SIZE_GOAL_MB:.0f} MB",
        "parts_mb": parts, "unit": "MB",
    }]
    for name, mb in parts.items():
        print(f"  {mb:6.1f} MB  {name}")

    rounds = 1 if quick else 7
    exe = bundle / "styringsdialog"
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "STYRINGSDIALOG_DATA_DIR": tmp}
        db, trace = Path(tmp) / "demo.sdb", Path(tmp) / "trace.txt"
        subprocess.run([str(exe), "demo", "--db", str(db)], env=env, check=True, stdout=subprocess.DEVNULL)
        args = ["--db", str(db), "--page", "oversikt", "--screenshot", str(Path(tmp) / "shot.png")]
        programs = {"frozen": [str(exe), *args], "source": [sys.executable, "-m", "ui.main", *args]}
        results: dict[tuple[str, str], list[dict[str, float]]] = {}
        cold_ok = True
        for _ in range(rounds):  # alternate, so both see the same machine
            for name, cmd in programs.items():
                for state in ("cold", "warm"):
                    if state == "cold":
                        cold_ok = drop_caches() and cold_ok
                    results.setdefault((name, state), []).append(timed_run(cmd, env, trace))
    goals = {"first_paint": f"<= {START_GOAL_S:.0f} s", "overview_filled": f"<= {FILLED_GOAL_S} s"}
    for state in ("cold", "warm"):
        label_state = state if (state == "warm" or cold_ok) else "warm (page cache could not be dropped)"
        for key, what in (("first_paint", "window on screen"), ("overview_filled", "overview filled"),
                          ("overview_filled_cpu", "CPU time to overview filled"),
                          ("ready", "all pages ready"), ("exit", "whole process")):
            ours = statistics.median(r[key] for r in results[("frozen", state)])
            peer = statistics.median(r[key] for r in results[("source", state)])
            rows.append({"benchmark": f"frozen start, {label_state}: {what}", "ours_s": round(ours, 3),
                         "peer": "same program from source", "peer_s": round(peer, 3),
                         "ratio": round(ours / peer, 2), "goal": goals.get(key, "-"), "rounds": rounds})
    return rows
