"""Two programs on one database file (issue 8's acceptance): the second is refused with the first
named, can read read-only while the first writes, takes over after the first is killed, and the
file is intact."""

from __future__ import annotations

import os
import queue
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select

from app.storage.database import ReadOnlyDatabaseError, open_database
from app.storage.lock import lock_path_for, read_lock
from db.models import BudgetSet, Setting
from tests.e2e.hold_database import KEY
from tests.e2e.test_program import styringsdialog

pytestmark = pytest.mark.slow  # the whole program in a subprocess: left out of `pytest -m "not slow"`
REPO = Path(__file__).resolve().parents[2]
BUDGET = REPO / "resources" / "examples" / "Budsjett Lindvik kommune 2027.xlsx"
DEADLINE = 60.0


def wait_until(condition: Callable[[], bool], what: str) -> None:
    end = time.monotonic() + DEADLINE
    while not condition():
        assert time.monotonic() < end, f"venter fortsatt på: {what}"
        threading.Event().wait(0.01)


def counter(db) -> int:  # type: ignore[no-untyped-def]
    return db.run(lambda s: s.scalar(select(Setting.value).where(Setting.key == KEY))) or 0


def budget_sets(db) -> list[str]:  # type: ignore[no-untyped-def]
    return db.run(lambda s: list(s.scalars(select(BudgetSet.name))))


def import_budget(db_path: Path, data: Path) -> subprocess.CompletedProcess[str]:
    return styringsdialog("budget", "import", str(BUDGET), "--set", "Budsjett fra B", "--kind", "budsjett",
                          "--db", str(db_path), data_dir=data)


def test_a_second_program_gets_the_choice_and_the_file_stays_whole(tmp_path: Path, demo_path: Path) -> None:
    data = tmp_path / "data"
    env = {**os.environ, "PYTHONPATH": str(REPO), "STYRINGSDIALOG_DATA_DIR": str(data)}
    program_a = subprocess.Popen([sys.executable, "-m", "tests.e2e.hold_database", str(demo_path)], cwd=REPO,
                                 env=env, stdout=subprocess.PIPE, text=True)
    lines: queue.Queue[str] = queue.Queue()
    assert program_a.stdout is not None
    reader = threading.Thread(target=lambda: [lines.put(x) for x in program_a.stdout], daemon=True)  # type: ignore[union-attr]
    reader.start()
    try:
        assert lines.get(timeout=DEADLINE).strip() == f"ready {program_a.pid}"

        # Program B's import would change the data: refused, with A named.
        refused = import_budget(demo_path, data)
        assert refused.returncode == 1
        assert refused.stderr.count("\n") == 1, refused.stderr
        assert f"er allerede åpen i Styringsdialog på denne PC-en (prosess {program_a.pid})" in refused.stderr
        assert "åpne den skrivebeskyttet, eller vent" in refused.stderr
        # A command that only reads runs regardless (read-only while A has the file).
        summary = styringsdialog("budget", "summary", "--set", "Budsjett 2026", "--by", "unit",
                                 "--db", str(demo_path), data_dir=data)
        assert summary.returncode == 0, summary.stderr
        assert "Rådmannens ledergruppe" in summary.stdout

        # B opens it read-only and reads while A goes on writing.
        viewer = open_database(demo_path, read_only=True)
        try:
            first = counter(viewer)
            assert first >= 1
            wait_until(lambda: counter(viewer) > first, "A's next write, seen from B")
            assert "Budsjett fra B" not in budget_sets(viewer)
            with pytest.raises(ReadOnlyDatabaseError):
                viewer.run(lambda s: s.add(Setting(key="fra B", value=1)))
        finally:
            viewer.close()

        # A dies (kill -9) in the middle of its writing; its lock stays behind.
        program_a.kill()
        program_a.wait(timeout=DEADLINE)
        left = read_lock(demo_path)
        assert left is not None and left.pid == program_a.pid

        # B recognises the stale lock, clears it and imports.
        imported = import_budget(demo_path, data)
        assert imported.returncode == 0, imported.stderr
        assert not lock_path_for(demo_path).exists()
    finally:
        if program_a.poll() is None:
            program_a.kill()
            program_a.wait(timeout=DEADLINE)
        reader.join(timeout=DEADLINE)
        program_a.stdout.close()

    checked = styringsdialog("check", "--db", str(demo_path), data_dir=data)
    assert checked.returncode == 0 and checked.stdout.startswith("OK:"), checked.stdout + checked.stderr
    db = open_database(demo_path)
    try:
        assert "Budsjett fra B" in budget_sets(db)
        assert counter(db) >= first + 1  # A's last commits are there
    finally:
        db.close()


def test_the_window_holds_the_lock_until_it_is_killed(tmp_path: Path, demo_path: Path) -> None:
    """Program A is the real window (offscreen): it takes the lock when it opens the file."""
    data = tmp_path / "data"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "STYRINGSDIALOG_DATA_DIR": str(data)}
    window = subprocess.Popen([sys.executable, "-m", "ui.main", "--db", str(demo_path)], cwd=REPO, env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_until(lambda: (held := read_lock(demo_path)) is not None and held.pid == window.pid,
                   "the window's lock")
        refused = import_budget(demo_path, data)
        assert refused.returncode == 1 and f"(prosess {window.pid})" in refused.stderr
        shot = styringsdialog("--db", str(demo_path), "--screenshot", str(tmp_path / "b.png"), data_dir=data)
        assert shot.returncode == 1 and "Bare ett program kan endre databasen" in shot.stderr
    finally:
        window.kill()
        window.wait(timeout=DEADLINE)
    imported = import_budget(demo_path, data)
    assert imported.returncode == 0, imported.stderr
