"""Seminar packages (issue 21): making a package of the whole demo, and merging a package with
1 000 changed rows home (preview included).

Peers: SQLite's online backup API copying the whole office file (what a plain «take a copy»
costs), and ``sqldiff`` (Debian's sqlite3-tools) computing the two-way difference between the
office file and a decrypted copy of the package (what a diff alone costs, without three-way
logic, conflicts or writing). Goals: package ≤ 2 s, merge with preview ≤ 2 s.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

PASS = "benk-passord-1"


def _demo(folder: Path) -> Path:
    from app.storage.database import open_database

    path = folder / "kontor.sdb"
    open_database(path, demo_if_new=True).close()
    return path


def _package(office: Path, out: Path, *, with_notes: bool = False) -> float:
    from app.seminar.package import Selection
    from app.seminar.service import make_package
    from app.storage.database import open_database

    db = open_database(office)
    try:
        started = time.perf_counter()
        make_package(db, out, PASS, Selection(with_notes=with_notes))
        return time.perf_counter() - started
    finally:
        db.close()


def _backup_copy(office: Path, out: Path) -> float:
    started = time.perf_counter()
    src, dst = sqlite3.connect(office), sqlite3.connect(out)
    try:
        src.backup(dst)
    finally:
        src.close()
        dst.close()
    return time.perf_counter() - started


def _change_1000(package: Path) -> int:
    """1 000 changed rows in the package: action items, meetings and goals."""
    from db import cipher

    conn = cipher.connect(package, PASS)
    try:
        n = conn.execute("UPDATE action_item SET text = text || ' (samling)'").rowcount
        n += conn.execute("UPDATE meeting SET month = month WHERE 0").rowcount
        left = 1000 - n
        n += conn.execute("UPDATE goal SET indicator = indicator || ' (samling)' WHERE id IN "
                          "(SELECT id FROM goal LIMIT ?)", (left,)).rowcount
        left = 1000 - n
        n += conn.execute("UPDATE meeting_goal_status SET comment = comment || ' (samling)' WHERE id IN "
                          "(SELECT id FROM meeting_goal_status LIMIT ?)", (left,)).rowcount
        left = 1000 - n
        n += conn.execute("UPDATE meeting SET confidential = NOT confidential WHERE id IN "
                          "(SELECT id FROM meeting LIMIT ?)", (left,)).rowcount
        conn.commit()
        return n
    finally:
        conn.close()


def _merge(office: Path, package: Path) -> tuple[float, int]:
    from app.seminar.service import merge_package, preview_merge
    from app.storage.database import open_database

    db = open_database(office)
    try:
        started = time.perf_counter()
        plan = preview_merge(db, package, PASS)
        merge_package(db, package, PASS)
        return time.perf_counter() - started, len(plan.changes)
    finally:
        db.close()


def _sqldiff(office: Path, package: Path, folder: Path) -> float | None:
    from db import cipher

    tool = shutil.which("sqldiff")
    if tool is None:
        return None
    plain = cipher.decrypt_file(package, folder / "pakke-dekryptert.sdb", PASS)
    started = time.perf_counter()
    subprocess.run([tool, str(office), str(plain)], check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - started


def run(quick: bool) -> list[dict[str, object]]:
    rounds = 1 if quick else 3
    package_s, copy_s, merge_s, diff_s = [], [], [], []
    changed = 0
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        os.environ.setdefault("STYRINGSDIALOG_DATA_DIR", str(root / "data"))
        template = _demo(root)
        for n in range(rounds):
            folder = root / f"r{n}"
            folder.mkdir()
            office = folder / "kontor.sdb"
            shutil.copyfile(template, office)
            package_s.append(_package(office, folder / "hel.sdbpkg"))
            copy_s.append(_backup_copy(office, folder / "kopi.sdb"))
            _package(office, folder / "notater.sdbpkg", with_notes=True)
            assert _change_1000(folder / "notater.sdbpkg") == 1000
            diff = _sqldiff(office, folder / "notater.sdbpkg", folder)
            if diff is not None:
                diff_s.append(diff)
            t, changed = _merge(office, folder / "notater.sdbpkg")
            merge_s.append(t)
    ours_p, peer_p = statistics.median(package_s), statistics.median(copy_s)
    ours_m = statistics.median(merge_s)
    peer_m = statistics.median(diff_s) if diff_s else None
    return [{
        "benchmark": "seminar: package of the whole demo",
        "ours_s": round(ours_p, 3), "peer": "SQLite backup API copy", "peer_s": round(peer_p, 3),
        "ratio": round(ours_p / peer_p, 1), "goal": "ours <= 2 s", "rounds": rounds,
    }, {
        "benchmark": f"seminar: merge 1000 changed rows + preview ({changed} changes)",
        "ours_s": round(ours_m, 3), "peer": "sqldiff (decrypted copies)" if peer_m else "sqldiff (not installed)",
        "peer_s": round(peer_m, 3) if peer_m else "-", "ratio": round(ours_m / peer_m, 1) if peer_m else "-",
        "goal": "ours <= 2 s", "rounds": rounds,
    }]
