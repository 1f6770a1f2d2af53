"""The seminar round trip against what a careless or hostile hand does to it: moves that make a
cycle together with the office's, a budget imported into the package, a damaged or cut-short
package, a full disk for the package, a package maker killed half-way, and what the command line
says about each."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, select

from app.errors import AppError
from app.seminar.merge import preview_lines
from app.seminar.package import Selection
from app.seminar.service import make_package, merge_package, preview_merge
from app.storage.database import Database, open_database
from db.check import check_file
from db.models import Indicator, IndicatorValue, Unit
from ui.main import main

pytestmark = pytest.mark.sqlite_only
PASS = "samling-passord-1"
ROOT = Path(__file__).resolve().parents[3]
EXAMPLE_BUDGET = ROOT / "resources" / "examples" / "Budsjett Lindvik kommune 2027.xlsx"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def edit(path: Path | str, fn: Any, passphrase: str | None = PASS) -> None:
    db = open_database(path, passphrase=passphrase)
    try:
        with db.session() as session:
            fn(session)
    finally:
        db.close()


def unit(session: Any, name: str) -> Unit:
    return session.scalars(select(Unit).where(Unit.name == name)).one()


def move(child: str, parent: str) -> Any:
    def fn(session: Any) -> None:
        unit(session, child).parent_id = unit(session, parent).id
    return fn


def everything(path: Path | str) -> dict[str, list[tuple[Any, ...]]]:
    """Every table of a closed file: «nothing written» means equal."""
    with closing(sqlite3.connect(path)) as con:
        names = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table' "
                                           "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'followup_fts%'")]
        return {n: sorted(map(tuple, con.execute(f'SELECT * FROM "{n}"'))) for n in names}


def snapshot(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every table of an open database."""
    from sqlalchemy import text

    with db.engine.connect() as conn:
        names = [r[0] for r in conn.execute(text("SELECT name FROM sqlite_master WHERE type='table' "
                                                 "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'followup_fts%'"))]
        return {n: sorted(map(tuple, conn.execute(text(f'SELECT * FROM "{n}"')))) for n in names}


@pytest.fixture
def package(demo_db: Database, tmp_path: Path) -> Path:
    return make_package(demo_db, tmp_path / "samling.sdbpkg", PASS, Selection()).path


# --- 1. a cycle made of two moves, each valid alone ---------------------------------------------

def test_moves_that_make_a_cycle_with_the_offices_are_refused_in_the_preview_and_never_written(
        demo_db: Database, demo_path: Path, package: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    edit(package, move("IKT", "Økonomi"))  # at the seminar: IKT under Økonomi
    with demo_db.session() as session:  # at the office meanwhile: Økonomi under IKT
        move("Økonomi", "IKT")(session)
        ikt_parent_before = unit(session, "IKT").parent_id
    plan = preview_merge(demo_db, package, PASS)
    assert plan.changes == [] and [r.change.name for r in plan.refused] == ["IKT"]
    assert "sløyfe" in plan.refused[0].reason and "«IKT»" in plan.refused[0].reason \
        and "«Økonomi»" in plan.refused[0].reason
    demo_db.close()

    monkeypatch.setenv("STYRINGSDIALOG_PACKAGE_PASSPHRASE", PASS)
    code, text, _ = run(capsys, "package", "merge", str(package), "--db", str(demo_path), "--preview")
    assert code == 0 and "KAN IKKE HENTES INN (utelates): endret enhet «IKT»: flyttingen gir" in text
    code, text, err = run(capsys, "package", "merge", str(package), "--db", str(demo_path))
    assert code == 0, err
    assert "Pakken er hentet inn: 0 rader skrevet" in text and "1 endring kunne ikke hentes inn" in text
    db = open_database(demo_path)
    try:
        with db.session() as session:
            assert unit(session, "IKT").parent_id == ikt_parent_before
            assert unit(session, "Økonomi").parent_id == unit(session, "IKT").id
    finally:
        db.close()
    assert check_file(Path(demo_path)).ok  # the chart is still a tree
    code, text, _ = run(capsys, "org", "export", "--format", "xlsx", "-o", str(package.parent / "kart.xlsx"),
                        "--db", str(demo_path))
    assert code == 0


def test_a_conflict_decided_for_a_move_that_makes_a_cycle_is_refused_by_name_and_nothing_is_written(
        demo_db: Database, package: Path) -> None:
    """The last guard: the preview cannot know the side the user will choose in a conflict."""
    with demo_db.session() as session:
        top = unit(session, "IKT").parent_id
        others = [u for u in session.scalars(select(Unit).where(Unit.parent_id == top, Unit.name.not_in(
            ["IKT", "Økonomi"]))).all()][:1]
        assert others
        other = others[0].name
    edit(package, move("IKT", "Økonomi"))
    with demo_db.session() as session:
        move("IKT", other)(session)  # the same field: a conflict
        move("Økonomi", "IKT")(session)
    plan = preview_merge(demo_db, package, PASS)
    assert [(c.name, c.field) for c in plan.conflicts] == [("IKT", "parent_id")]
    before = snapshot(demo_db)
    with pytest.raises(AppError, match="sløyfe") as refused:
        merge_package(demo_db, package, PASS, prefer="package")
    assert "«IKT»" in str(refused.value) and "«Økonomi»" in str(refused.value) and "Ingenting er endret" in str(
        refused.value)
    assert snapshot(demo_db) == before
    merge_package(demo_db, package, PASS, prefer="office")  # the office's side keeps a tree
    path = demo_db.path
    demo_db.close()
    assert check_file(path).ok


# --- 2. what never comes home is said -----------------------------------------------------------

def test_a_budget_imported_into_the_package_is_named_as_staying_there(
        demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STYRINGSDIALOG_PACKAGE_PASSPHRASE", PASS)
    out = tmp_path / "samling.sdbpkg"
    assert run(capsys, "package", "create", "--db", str(demo_path), "-o", str(out))[0] == 0
    code, text, err = run(capsys, "budget", "import", str(EXAMPLE_BUDGET), "--set", "Samlingsbudsjett",
                          "--kind", "budsjett", "--year", "2027", "--db", str(out))
    assert code == 0, err
    assert "er en samlingspakke" in text and "hentes ikke inn" in text
    lines = int(text.split("Importerte ")[1].split(" ")[0])

    expected = (f"Budsjettsettet «Samlingsbudsjett» ({lines} linjer) blir ikke hentet inn: budsjetter hentes fra "
                "økonomisystemet på kontoret")
    code, text, _ = run(capsys, "package", "merge", str(out), "--db", str(demo_path), "--preview")
    assert code == 0 and "Hentes ikke inn (blir igjen i pakken):" in text and expected in text
    code, text, _ = run(capsys, "package", "merge", str(out), "--db", str(demo_path), "--preview", "--json")
    assert expected in json.loads(text)["left_behind"]
    code, text, _ = run(capsys, "package", "merge", str(out), "--db", str(demo_path))
    assert code == 0 and "Dette ble igjen i pakken:" in text and expected in text
    with closing(sqlite3.connect(demo_path)) as con:
        assert con.execute("SELECT count(*) FROM budget_set WHERE name = 'Samlingsbudsjett'").fetchone()[0] == 0


def test_budget_lines_changed_a_set_deleted_and_a_setting_changed_in_the_package_are_named(
        demo_db: Database, package: Path) -> None:
    from db.models import BudgetLine, BudgetSet, Setting

    with demo_db.session() as session:
        kept, dropped = session.scalars(select(BudgetSet).order_by(BudgetSet.name)).all()[:2]
        kept_name, dropped_name = kept.name, dropped.name

    def seminar(session: Any) -> None:
        sets = {s.name: s for s in session.scalars(select(BudgetSet))}
        for line in session.scalars(select(BudgetLine).where(BudgetLine.budget_set_id == sets[kept_name].id)
                                    .order_by(BudgetLine.id).limit(3)):
            line.amount_ore += 100
        session.delete(sets[dropped_name])
        session.add(Setting(key="org.checks", value={"tried": True}))

    edit(package, seminar)
    left = preview_merge(demo_db, package, PASS).left_behind
    why = "budsjetter hentes fra økonomisystemet på kontoret"
    assert f"Endringene i budsjettsettet «{kept_name}» (3 linjer) blir ikke hentet inn: {why}" in left
    assert f"Budsjettsettet «{dropped_name}» er slettet i pakken, men blir stående på kontoret: {why}" in left
    assert ("Innstillingen «kontrollene av organisasjonskartet» er endret i pakken, men endringen blir ikke hentet "
            "inn: innstillingene endres på kontoret") in left
    assert len(left) == 3, left


# --- 3. a damaged package -----------------------------------------------------------------------

def damaged_copies(package: Path) -> dict[str, Path]:
    data = package.read_bytes()
    out = {}
    for name, content in (("kuttet-1000", data[:1000]), ("kuttet-halv", data[:len(data) // 2 // 4096 * 4096]),
                          ("bitfeil", data[:len(data) // 2] + bytes([data[len(data) // 2] ^ 1])
                           + data[len(data) // 2 + 1:])):
        path = package.with_name(f"{name}.sdbpkg")
        path.write_bytes(content)
        out[name] = path
    return out


def test_a_damaged_or_cut_short_package_is_named_for_info_preview_and_merge(
        demo_db: Database, demo_path: Path, package: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    demo_db.close()
    monkeypatch.setenv("STYRINGSDIALOG_PACKAGE_PASSPHRASE", PASS)
    before = everything(demo_path)
    for path in damaged_copies(package).values():
        for argv in (("package", "info", str(path)),
                     ("package", "merge", str(path), "--db", str(demo_path), "--preview"),
                     ("package", "merge", str(path), "--db", str(demo_path))):
            code, _, err = run(capsys, *argv)
            assert code == 1, (argv, err)
            assert f"Samlingspakken «{path.name}»" in err and "er skadet eller ufullstendig" in err, (argv, err)
            assert "be om en ny pakke" in err and "uventet feil" not in err and "ikke kryptert" not in err
    assert everything(demo_path) == before


# --- 4. a full disk where the package goes ------------------------------------------------------

def test_a_full_disk_for_the_package_names_the_packages_folder_not_the_offices(
        demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import app.seminar.package as package_module
    from db import cipher

    made = cipher.make_encrypted_engine

    def small_disk(path: Any, passphrase: str, **kwargs: Any) -> Any:  # SQLite's own «disk is full»
        engine = made(path, passphrase, **kwargs)
        event.listen(engine, "connect", lambda conn, _record: conn.execute("PRAGMA max_page_count = 40"))
        return engine

    monkeypatch.setattr(package_module.cipher, "make_encrypted_engine", small_disk)
    folder = tmp_path / "minnepinne"
    with pytest.raises(AppError) as full:
        make_package(demo_db, folder / "samling.sdbpkg", PASS, Selection())
    message = str(full.value)
    assert f"Disken der samlingspakken skal ligge («{folder}»), er full" in message, message
    assert "databasen" not in message and "demo.sdb" not in message
    assert list(folder.iterdir()) == []  # no half package, no temporary file
    monkeypatch.undo()
    with demo_db.session() as session:  # the office did not record a package it never made
        from db.models import SeminarPackage

        assert session.scalars(select(SeminarPackage)).all() == []


# --- 6. polish ----------------------------------------------------------------------------------

def test_package_info_and_the_merge_speak_bokmal(demo_db: Database, demo_path: Path, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str],
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    out = make_package(demo_db, tmp_path / "to.sdbpkg", PASS, Selection(units=["IKT"])).path

    def seminar(session: Any) -> None:
        value = session.scalars(select(IndicatorValue).order_by(IndicatorValue.id)).first()
        value.comment = "Rettet på samlingen"

    edit(out, seminar)
    with demo_db.session() as session:
        value = session.scalars(select(IndicatorValue).order_by(IndicatorValue.id)).first()
        indicator, year = session.get(Indicator, value.indicator_id), value.year
        unit_name = session.scalars(select(Unit.name).where(Unit.lineage_id == value.unit_lineage_id)).first()
    plan = preview_merge(demo_db, out, PASS)
    [change] = plan.changes
    assert change.name.startswith(f"{indicator.name}, {unit_name}, ") and str(year) in change.name
    assert preview_lines(plan) == [f"endret indikatorverdi «{change.name}»: kommentar"]
    demo_db.close()

    monkeypatch.setenv("STYRINGSDIALOG_PACKAGE_PASSPHRASE", PASS)
    code, text, _ = run(capsys, "package", "info", str(out))
    assert code == 0
    assert "Utvalg: enhetene «IKT» med underenheter, ingen scenarioer, uten oppfølgingsnotatene" in text
    rows = next(line for line in text.splitlines() if line.startswith("Rader: "))
    for word in ("avtalemal", "budsjettlinje", "budsjettsett", "KOSTRA-kode", "enhet"):
        assert f"{word} " in rows, rows
    assert "{" not in text and "_" not in rows and "agreement" not in rows
    code, text, err = run(capsys, "package", "merge", str(out), "--db", str(demo_path))
    assert code == 0, err
    assert "Pakken er hentet inn: 1 rad skrevet, 0 konflikter avgjort, 0 nye oppfølgingspunkter." in text


def test_temporary_files_of_a_package_maker_killed_half_way_are_removed_by_the_next(
        demo_db: Database, tmp_path: Path) -> None:
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True,
                          check=True)
    pid = int(dead.stdout)
    left = [tmp_path / f".~{pid}-samling.sdbpkg.tmp{end}" for end in ("", "-wal", "-shm", "-journal")]
    for path in left:
        path.write_bytes(os.urandom(4096))
    alive = tmp_path / f".~{os.getppid()}-annen.sdbpkg.tmp"  # a live process's work is left alone
    alive.write_bytes(b"x")
    make_package(demo_db, tmp_path / "ny.sdbpkg", PASS, Selection())
    assert not any(path.exists() for path in left)
    assert alive.exists()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".~")) == [alive.name]
