"""The example files: the shipped copies are what the generator writes, and each imports cleanly."""

from __future__ import annotations

import csv
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from app.budget.importer import import_budget, plan_budget_import
from app.demo.examples import (
    ACCOUNTS_CSV,
    ACCOUNTS_FILE,
    BUDGET_FILE,
    EXAMPLES_DIR_NAME,
    NEW_UNIT_CODE,
    NEW_UNIT_LEADER,
    ORG_FILE,
    README_FILE,
    copy_examples,
    main,
    write_examples,
)
from app.errors import AppError
from app.org.importer import import_units, plan_import
from app.org.queries import current_version, unit_rows
from app.resources import resource_path
from app.storage.database import Database
from db.models import BudgetKind, BudgetLine, BudgetSet, Municipality, Unit
from tests.conftest import DEMO_TODAY

SHIPPED = resource_path("examples")
WORKBOOKS = (ORG_FILE, ACCOUNTS_FILE, BUDGET_FILE)
DEMO_UNITS = 38
# file, kind, year and months of the set it becomes
BUDGET_EXAMPLES = (
    (ACCOUNTS_FILE, "regnskap", 2026, (1, 1)),
    (ACCOUNTS_CSV, "regnskap", 2026, (1, 1)),
    (BUDGET_FILE, "budsjett", 2027, (1, 12)),
)


def workbook_cells(path: Path) -> dict[str, list[tuple[object, ...]]]:
    workbook = load_workbook(path)
    return {ws.title: list(ws.iter_rows(values_only=True)) for ws in workbook.worksheets}


def file_lines(path: Path) -> tuple[int, int]:
    """(lines, total øre) read straight from the file, without the importer."""
    if path.suffix == ".csv":
        text = path.read_bytes().decode("utf-8-sig")
        rows = list(csv.reader(text.splitlines(), delimiter=";"))[1:]
        amounts = [Decimal(row[-1].replace(",", ".")) for row in rows]
    else:
        rows = list(load_workbook(path).worksheets[0].iter_rows(min_row=2, values_only=True))
        amounts = [Decimal(str(row[-1])) for row in rows]
    return len(rows), int(sum(a * 100 for a in amounts))


@pytest.mark.slow  # builds the demo and writes every example
def test_the_shipped_examples_are_what_the_generator_writes(tmp_path: Path) -> None:
    written = write_examples(tmp_path / "ny")
    assert sorted(p.name for p in written) == sorted(p.name for p in SHIPPED.iterdir())
    hint = "run: python -m app.demo.examples resources/examples"
    for path in written:
        shipped = SHIPPED / path.name
        if path.suffix == ".xlsx":
            assert workbook_cells(shipped) == workbook_cells(path), f"{path.name} is out of date; {hint}"
        else:
            assert shipped.read_bytes() == path.read_bytes(), f"{path.name} is out of date; {hint}"


@pytest.mark.parametrize("name", WORKBOOKS)
def test_each_workbook_is_small_with_a_bold_header_widths_and_no_formulas(name: str) -> None:
    path = SHIPPED / name
    assert path.stat().st_size < 100_000
    workbook = load_workbook(path)
    assert len(workbook.worksheets) == 1
    ws = workbook.worksheets[0]
    assert all(cell.font.bold for cell in ws[1]) and ws.freeze_panes == "A2"
    widths = [ws.column_dimensions[cell.column_letter].width for cell in ws[1]]
    assert all(6 <= width <= 60 for width in widths)
    assert max(widths) > 15  # the name columns are widened to their text
    assert not [c.coordinate for row in ws.iter_rows() for c in row if c.data_type == "f"]


def test_the_csv_is_as_norwegian_excel_saves_it() -> None:
    data = (SHIPPED / ACCOUNTS_CSV).read_bytes()
    assert len(data) < 100_000
    assert data.startswith(b"\xef\xbb\xbf") and b"\r\n" in data
    text = data.decode("utf-8-sig")
    header, first = text.splitlines()[:2]
    assert header.split(";")[0] == "Ansvar" and header.split(";")[-1] == "Regnskap 2026"
    assert first.split(";")[2] == "01000"  # art keeps its leading zero
    assert "," in first.split(";")[-1] and "." not in first.split(";")[-1]  # decimal comma
    readme = (SHIPPED / README_FILE).read_bytes().decode("utf-8-sig")
    assert all(name in readme for name in (ORG_FILE, ACCOUNTS_FILE, BUDGET_FILE, ACCOUNTS_CSV))
    assert "styringsdialog org import" in readme and "--kind regnskap" in readme


def test_the_unit_list_becomes_a_scenario_in_the_demo_with_one_new_unit(demo_db: Database) -> None:
    plan = plan_import(SHIPPED / ORG_FILE)  # raises on any problem
    assert plan.units == DEMO_UNITS + 1 and not plan.root_added
    with demo_db.session() as session:
        result = import_units(session, plan, version_name="Eksempel", today=DEMO_TODAY)
    assert (result.status, result.units) == ("scenario", DEMO_UNITS + 1)
    assert result.people_created == 1  # every leader but the new unit's is the demo's own person
    with demo_db.session() as session:
        current = {r.code: r for r in unit_rows(session, current_version(session).id, DEMO_TODAY)}
        imported = {r.code: r for r in unit_rows(session, result.version_id, DEMO_TODAY)}
    assert set(imported) - set(current) == {NEW_UNIT_CODE}
    assert imported[NEW_UNIT_CODE].leader == NEW_UNIT_LEADER
    for code, unit in current.items():
        mine = imported[code]
        assert (mine.name, mine.kind, mine.fte, mine.leader, sorted(mine.ansvar)) == \
            (unit.name, unit.kind, unit.fte, unit.leader, sorted(unit.ansvar)), code
        parent = current[code].parent_id
        assert (imported[code].parent_id is None) == (parent is None)


def test_the_unit_list_becomes_the_organisation_of_an_empty_database(empty_db: Database) -> None:
    with empty_db.session() as session:
        result = import_units(session, plan_import(SHIPPED / ORG_FILE), version_name="Gjeldende organisasjon",
                              today=DEMO_TODAY)
    assert (result.status, result.units) == ("current", DEMO_UNITS + 1)
    with empty_db.session() as session:
        rows = unit_rows(session, current_version(session).id, DEMO_TODAY)
        assert session.scalar(select(Municipality.name)) == "Kommunen"  # the importer's default name
    vacant = {r.code for r in rows if r.leader is None}
    assert vacant == {"2220", "3400"}  # the demo's two units without a leader; the rådmann leads the top team


@pytest.mark.parametrize("database", ["demo_db", "empty_db"])
@pytest.mark.parametrize(("name", "kind", "year", "months"), BUDGET_EXAMPLES)
def test_each_budget_example_imports_with_no_problems(request: pytest.FixtureRequest, database: str, name: str,
                                                      kind: str, year: int, months: tuple[int, int]) -> None:
    db: Database = request.getfixturevalue(database)
    path = SHIPPED / name
    plan = plan_budget_import(path)
    assert not plan.problems and not plan.skips and not plan.title_rows and not plan.blank_rows
    assert not plan.notes  # no codes needed their zeros back, no period 13
    assert (plan.guessed_kind, plan.guessed_year) == (kind, year)
    with db.session() as session:
        units_before = session.scalar(select(func.count()).select_from(Unit))
        # No year given: it is read from the amount column's header, as the self-test relies on.
        result = import_budget(session, plan, set_name=f"Eksempel {name}", kind=kind)
    lines, total = file_lines(path)
    assert (result.lines, result.total_ore) == (lines, total)
    with db.session() as session:
        budget_set = session.get(BudgetSet, result.set_id)
        assert (budget_set.kind, budget_set.year) == (BudgetKind(kind), year)
        assert (budget_set.period_from, budget_set.period_to) == months
        stored = session.execute(select(func.count(), func.sum(BudgetLine.amount_ore))
                                 .where(BudgetLine.budget_set_id == result.set_id)).one()
        assert tuple(stored) == (lines, total)
        # A budget import needs no organisation and does not make one.
        assert session.scalar(select(func.count()).select_from(Unit)) == units_before
    assert units_before == (0 if database == "empty_db" else DEMO_UNITS)


def test_the_accounts_cover_every_demo_ansvar_and_the_budget_the_new_unit(demo_db: Database) -> None:
    with demo_db.session() as session:
        demo_ansvar = set(session.scalars(select(BudgetLine.ansvar).distinct()))
    accounts = {row[0] for row in load_workbook(SHIPPED / ACCOUNTS_FILE).worksheets[0].iter_rows(
        min_row=2, values_only=True)}
    budget = {row[0] for row in load_workbook(SHIPPED / BUDGET_FILE).worksheets[0].iter_rows(
        min_row=2, values_only=True)}
    assert accounts == demo_ansvar | {"1900"}  # plus central costs that belong to no unit
    assert budget == accounts | {NEW_UNIT_CODE}


def test_copy_examples_copies_once_and_never_touches_the_users_folder_again(tmp_path: Path) -> None:
    data = tmp_path / "data"
    folder = copy_examples(data)
    assert folder == data / EXAMPLES_DIR_NAME
    shipped = sorted(p.name for p in SHIPPED.iterdir())
    assert sorted(p.name for p in folder.iterdir()) == shipped
    assert all((folder / n).read_bytes() == (SHIPPED / n).read_bytes() for n in shipped)
    (folder / ACCOUNTS_CSV).write_text("mine egne tall", encoding="utf-8")
    (folder / ORG_FILE).unlink()
    assert copy_examples(data) == folder
    assert (folder / ACCOUNTS_CSV).read_text(encoding="utf-8") == "mine egne tall"
    assert not (folder / ORG_FILE).exists()  # deleted by the user: stays deleted
    assert [p.name for p in data.iterdir()] == [EXAMPLES_DIR_NAME]  # no staging folder left behind


def test_copy_examples_without_shipped_files_says_so_and_creates_nothing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("app.demo.examples.resource_path", lambda *parts: tmp_path / "mangler" / Path(*parts))
    with pytest.raises(AppError, match="Eksempelfilene mangler"):
        copy_examples(tmp_path / "data")
    assert not (tmp_path / "data" / EXAMPLES_DIR_NAME).exists()


def test_the_command_needs_one_folder(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    assert "python -m app.demo.examples MAPPE" in capsys.readouterr().err
