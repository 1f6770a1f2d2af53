"""The full check finds units that lie under themselves: a cycle in ``unit.parent_id`` or a unit
that is its own parent. Nothing else catches it (no foreign key or CHECK is broken), yet such
units drop out of every chart, tree and export."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from app.errors import AppError
from app.storage.backup import make_backup, restore_backup
from db.check import check_file, unit_cycles
from ui.main import main

pytestmark = pytest.mark.sqlite_only


def unit_id(con: sqlite3.Connection, name: str) -> str:
    return con.execute("SELECT id FROM unit WHERE name = ?", (name,)).fetchone()[0]


def make_cycle(path: Path, child: str, parent: str) -> None:
    """Put ``parent`` under ``child`` and ``child`` under ``parent`` (as sqlite3 can, the program never)."""
    with closing(sqlite3.connect(path)) as con:
        a, b = unit_id(con, child), unit_id(con, parent)
        con.execute("UPDATE unit SET parent_id = ? WHERE id = ?", (b, a))
        con.execute("UPDATE unit SET parent_id = ? WHERE id = ?", (a, b))
        con.commit()


def test_the_cycle_finder_finds_loops_and_self_parents_and_nothing_in_a_tree() -> None:
    assert unit_cycles([("a", None), ("b", "a"), ("c", "b"), ("d", "x")]) == []
    assert sorted(map(sorted, unit_cycles([("a", "b"), ("b", "a"), ("c", "a"), ("s", "s")]))) == [["a", "b"], ["s"]]


def test_check_reports_a_unit_cycle_by_name(demo_path: Path, tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    path = Path(shutil.copy(demo_path, tmp_path / "sløyfe.sdb"))
    assert check_file(path).ok
    make_cycle(path, "IKT", "Økonomi")
    report = check_file(path)
    assert not report.ok
    assert any("«IKT»" in p and "«Økonomi»" in p and "sløyfe" in p for p in report.integrity), report.integrity
    assert report.foreign_key_problems == 0  # nothing else sees it
    code = main(["check", "--db", str(path)])
    out, err = capsys.readouterr()
    assert code != 0 and "«IKT»" in out + err and "«Økonomi»" in out + err


def test_check_reports_a_unit_that_is_its_own_parent(demo_path: Path, tmp_path: Path) -> None:
    path = Path(shutil.copy(demo_path, tmp_path / "egen.sdb"))
    with closing(sqlite3.connect(path)) as con:
        ikt = unit_id(con, "IKT")
        con.execute("UPDATE unit SET parent_id = id WHERE id = ?", (ikt,))
        con.commit()
    report = check_file(path)
    assert any("«IKT» er sin egen overordnede enhet" in p for p in report.integrity), report.integrity


def test_a_backup_whose_units_lie_under_each_other_is_refused_by_restore(demo_path: Path, tmp_path: Path) -> None:
    backup = make_backup(demo_path, tmp_path / "kopi.sdb").path
    make_cycle(backup, "IKT", "Økonomi")
    before = Path(demo_path).read_bytes()
    with pytest.raises(AppError, match="sløyfe") as refused:
        restore_backup(backup, demo_path)
    assert "«IKT»" in str(refused.value) and "«Økonomi»" in str(refused.value)
    assert Path(demo_path).read_bytes() == before
