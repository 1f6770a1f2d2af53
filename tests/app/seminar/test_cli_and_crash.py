"""``styringsdialog package …`` on the command line, and a merge killed with SIGKILL."""

from __future__ import annotations

import json
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from app.seminar.notes import ActionDraft, write_note
from app.seminar.package import Selection
from app.seminar.service import make_package
from app.storage.database import open_database
from db.models import CommonRequirement, Goal
from ui.main import main

pytestmark = pytest.mark.sqlite_only
PASS = "samling-passord-1"
ROOT = Path(__file__).resolve().parents[3]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def edit(path: Path, fn: Any) -> None:
    pkg = open_database(path, passphrase=PASS)
    try:
        with pkg.session() as session:
            fn(session)
    finally:
        pkg.close()


def first_goal_text(path: Path, text: str, passphrase: str | None = None) -> None:
    db = open_database(path, passphrase=passphrase)
    try:
        with db.session() as session:
            session.scalars(select(Goal).order_by(Goal.id)).first().text = text
    finally:
        db.close()


def test_package_create_info_preview_refusal_and_merge(demo_path: Path, tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str],
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STYRINGSDIALOG_PACKAGE_PASSPHRASE", PASS)
    out = tmp_path / "samling.sdbpkg"
    code, text, err = run(capsys, "package", "create", "--db", str(demo_path), "-o", str(out))
    assert code == 0 and out.is_file(), err
    code, text, _ = run(capsys, "package", "info", str(out), "--json")
    info = json.loads(text)
    assert code == 0 and info["source"] == str(demo_path) and info["rows"]["goal"] > 0

    first_goal_text(out, "Samlingens mål", PASS)
    first_goal_text(Path(demo_path), "Kontorets mål")
    code, text, _ = run(capsys, "package", "merge", str(out), "--db", str(demo_path), "--preview", "--json")
    preview = json.loads(text)
    assert code == 0 and set(preview) == {"changes", "conflicts", "refused", "left_behind"}
    assert preview["changes"] == preview["refused"] == preview["left_behind"] == []
    assert [{k: c[k] for k in ("kind", "name", "field", "office", "package")} for c in preview["conflicts"]] == [
        {"kind": "endret mål", "name": "Samlingens mål", "field": "text", "office": "Kontorets mål",
         "package": "Samlingens mål"}]

    code, _, err = run(capsys, "package", "merge", str(out), "--db", str(demo_path))
    assert code == 1 and "--prefer" in err and "kontoret «Kontorets mål», pakken «Samlingens mål»" in err
    code, text, err = run(capsys, "package", "merge", str(out), "--db", str(demo_path), "--prefer", "package")
    assert code == 0, err
    with closing(sqlite3.connect(demo_path)) as con:
        assert con.execute("SELECT count(*) FROM goal WHERE text = 'Samlingens mål'").fetchone()[0] == 1
    code, _, err = run(capsys, "package", "merge", str(out), "--db", str(demo_path), "--prefer", "package")
    assert code == 1 and "allerede hentet inn" in err


def test_db_naming_a_missing_package_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "borte.sdbpkg"
    code, _, err = run(capsys, "backup", "--keep", "3", "--db", str(missing))
    assert code == 1 and "finnes ikke" in err and not missing.exists()


# --- kill -9 during a merge ------------------------------------------------------------------------

def fingerprint(path: Path) -> tuple[Any, ...]:
    with closing(sqlite3.connect(path)) as con:
        return (tuple(r[0] for r in con.execute("SELECT text FROM goal ORDER BY id")),
                con.execute("SELECT count(*) FROM common_requirement").fetchone()[0],
                con.execute("SELECT count(*) FROM audit_entry").fetchone()[0],
                con.execute("SELECT count(*) FROM action_item").fetchone()[0],
                con.execute("SELECT count(*) FROM seminar_package WHERE merged_at IS NOT NULL").fetchone()[0])


def everything(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    with closing(sqlite3.connect(path)) as con:
        names = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table' "
                                           "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'followup_fts%'")]
        return {n: sorted(map(tuple, con.execute(f'SELECT * FROM "{n}"'))) for n in names}


def start(folder: Path) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, str(Path(__file__).with_name("merge_worker.py")),
                             str(folder / "office.sdb"), str(folder / "samling.sdbpkg"), PASS],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**__import__("os").environ, "PYTHONPATH": str(ROOT)})


def copy_pair(template: Path, folder: Path) -> Path:
    folder.mkdir()
    shutil.copyfile(template / "office.sdb", folder / "office.sdb")
    shutil.copyfile(template / "samling.sdbpkg", folder / "samling.sdbpkg")
    return folder


def test_a_merge_killed_at_random_points_leaves_the_office_as_before_or_fully_merged(
        demo_path: Path, tmp_path: Path) -> None:
    template = tmp_path / "template"
    template.mkdir()
    office = open_database(demo_path)
    package = template / "samling.sdbpkg"
    make_package(office, package, PASS, Selection())
    office.close()

    def seminar(session: Any) -> None:
        for n, goal in enumerate(session.scalars(select(Goal))):
            goal.text = f"Omarbeidet på samlingen {n}"
        for n in range(300):
            session.add(CommonRequirement(period_start=date(2027, 1, 1), period_end=date(2027, 12, 31),
                                          category="Økonomi", text=f"Felles krav {n}"))
        write_note(session, "Ledersamling", actions=[ActionDraft("Punkt 1"), ActionDraft("Punkt 2")])

    edit(package, seminar)
    shutil.copyfile(demo_path, template / "office.sdb")
    before_state = everything(template / "office.sdb")
    before = fingerprint(template / "office.sdb")

    # A run to the end: how long the merge takes after BEGIN, and what «fully merged» looks like.
    folder = copy_pair(template, tmp_path / "full")
    proc = start(folder)
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "BEGIN"
    began = time.perf_counter()
    assert proc.stdout.readline().strip() == "DONE", proc.stderr.read() if proc.stderr else ""
    duration = time.perf_counter() - began
    proc.communicate(timeout=60)
    full = fingerprint(folder / "office.sdb")
    assert full != before and full[4] == 1

    rng = random.Random(21)
    outcomes = {"before": 0, "merged": 0}
    for n in range(8):
        folder = copy_pair(template, tmp_path / f"kill{n}")
        proc = start(folder)
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "BEGIN"
        time.sleep(rng.uniform(0, duration * 1.1))  # the kill point: somewhere inside the merge
        proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=60)
        got = fingerprint(folder / "office.sdb")
        assert got in (before, full), (n, got[1:])
        if got == before:
            assert everything(folder / "office.sdb") == before_state
            outcomes["before"] += 1
        else:
            outcomes["merged"] += 1
        reopened = open_database(folder / "office.sdb")  # and the program opens it afterwards
        reopened.close()
    assert outcomes["before"] > 0, outcomes


def test_db_opens_a_package_with_its_own_passphrase_variable(demo_db: Any, tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str],
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    package = make_package(demo_db, tmp_path / "s.sdbpkg", PASS, Selection()).path
    # The command line puts the passphrase it found in STYRINGSDIALOG_PASSPHRASE; undone afterwards.
    monkeypatch.setenv("STYRINGSDIALOG_PASSPHRASE", "")
    monkeypatch.delenv("STYRINGSDIALOG_PASSPHRASE")
    monkeypatch.setenv("STYRINGSDIALOG_PACKAGE_PASSPHRASE", PASS)
    code, text, err = run(capsys, "check", "--db", str(package))
    assert code == 0 and "er uskadet og har nyeste skjema" in text, err
    monkeypatch.setenv("STYRINGSDIALOG_PACKAGE_PASSPHRASE", "feil-passord-9")
    code, _, err = run(capsys, "package", "info", str(package))
    assert code == 1 and "Feil passord for «s.sdbpkg»" in err
