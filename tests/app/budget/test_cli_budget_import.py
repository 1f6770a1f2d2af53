"""``styringsdialog budget import`` through the argument parser, as a user runs it."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from app.budget.cli import BUDGET_COMMANDS, add_budget_commands, run_budget
from app.budget.profiles import list_profiles
from app.errors import AppError
from app.storage.database import open_database
from db.models import BudgetLine, BudgetSet


def run(argv: list[str]) -> int:
    """Parse and run like app.cli does (its parser carries --db and --json on every sub-command)."""
    parser = argparse.ArgumentParser(prog="styringsdialog")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", default=argparse.SUPPRESS)
    common.add_argument("--json", action="store_true")
    sub = parser.add_subparsers(dest="command")
    add_budget_commands(sub, common)
    args = parser.parse_args(argv)
    try:
        return run_budget(args)
    except AppError as err:
        print(f"styringsdialog: {err}", file=__import__("sys").stderr)
        return 1


def write_xlsx(path: Path, rows: list[list[object]]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Regnskap"
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def db_state(db_path: Path) -> tuple[int, int, list[str]]:
    db = open_database(db_path)
    try:
        with db.session() as session:
            return (session.scalar(select(func.count()).select_from(BudgetLine)),
                    session.scalar(select(func.sum(BudgetLine.amount_ore))) or 0,
                    list(session.scalars(select(BudgetSet.name).order_by(BudgetSet.name))))
    finally:
        db.close()


TWO_AMOUNTS = [
    ["Regnskap og budsjett 2026"],
    ["Ansvar", "Art", "Funksjon", "Regnskap 2026", "Budsjett 2026"],
    ["1200", "10100", "202", "1 000,50", 900],
    ["1300", "10100", "221", "(200)", 250],
    ["Sum", None, None, "800,50", 1150],
]


def test_import_with_json_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db_path = tmp_path / "b.sdb"
    path = write_xlsx(tmp_path / "uttrekk.xlsx", TWO_AMOUNTS)
    code = run(["budget", "import", str(path), "--set", "Regnskap 2026", "--kind", "regnskap", "--db", str(db_path),
                "--map", "Budsjett 2026=ignore", "--accept-skips", "--json"])
    out = capsys.readouterr()
    assert code == 0, out.err
    data = json.loads(out.out)
    # The «Sum» row is the sum of the lines above: checked and left out without asking.
    assert data == {"set": "Regnskap 2026", "lines": 2, "total": "800.50", "skipped": 0, "replaced": False,
                    "db": str(db_path)}
    assert db_state(db_path) == (2, 100050 - 20000, ["Regnskap 2026"])
    assert set(BUDGET_COMMANDS) >= {"budget import"}


def test_map_chooses_the_amount_column_and_ignores_the_other(tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    """``--map X=amount --map Y=ignore`` imports the named column as the one set, not the first."""
    db_path = tmp_path / "b.sdb"
    path = write_xlsx(tmp_path / "uttrekk.xlsx", TWO_AMOUNTS)
    code = run(["budget", "import", str(path), "--set", "Budsjett 2026", "--kind", "budsjett", "--db", str(db_path),
                "--map", "Budsjett 2026=amount", "--map", "Regnskap 2026=ignore", "--json"])
    out = capsys.readouterr()
    assert code == 0, out.err
    data = json.loads(out.out)
    assert (data["set"], data["lines"], data["total"]) == ("Budsjett 2026", 2, "1150.00")
    assert db_state(db_path) == (2, 115000, ["Budsjett 2026"])


def test_several_amount_columns_without_a_choice_name_them(tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    db_path = tmp_path / "b.sdb"
    path = write_xlsx(tmp_path / "uttrekk.xlsx", TWO_AMOUNTS)
    code = run(["budget", "import", str(path), "--set", "X", "--kind", "regnskap", "--db", str(db_path)])
    err = capsys.readouterr().err
    assert code == 1
    assert "«Regnskap 2026»" in err and "«Budsjett 2026»" in err
    assert db_state(db_path) == (0, 0, [])


def test_skips_need_accept_and_problems_go_to_stderr(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db_path = tmp_path / "b.sdb"
    # A row without codes whose amount is not the sum of the lines above would leave 1 000 kr out.
    path = write_xlsx(tmp_path / "uttrekk.xlsx", [*TWO_AMOUNTS[:4], ["Sum", None, None, "800,50", 2150]])
    args = ["budget", "import", str(path), "--set", "B", "--kind", "budsjett", "--db", str(db_path),
            "--map", "Regnskap 2026=ignore"]
    assert run(args) == 1
    err = capsys.readouterr().err
    assert "--accept-skips" in err and "Rad 5" in err and "Sum" in err and "2\u00a0150,00 kr" in err
    assert "1 rad i" in err  # «1 rad», not «1 rader»
    assert db_state(db_path) == (0, 0, [])

    bad = write_xlsx(tmp_path / "feil.xlsx", [["Ansvar", "Art", "Beløp"], ["1200", "10100", "12,4,5"],
                                              ["1300", "10100", "x"]])
    assert run(["budget", "import", str(bad), "--set", "F", "--kind", "regnskap", "--db", str(db_path)]) == 1
    err_lines = capsys.readouterr().err.strip().splitlines()
    assert "2 feil" in err_lines[0]
    assert err_lines[1].strip().startswith(
        "Rad 2 i arket «Regnskap» i «feil.xlsx» har beløpet «12,4,5» i kolonnen «Beløp»")
    assert err_lines[2].strip().startswith("Rad 3 i arket «Regnskap» i «feil.xlsx» har beløpet «x»")
    assert db_state(db_path) == (0, 0, [])


def test_duplicate_refused_then_replaced(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db_path = tmp_path / "b.sdb"
    path = write_xlsx(tmp_path / "r.xlsx", [["Ansvar", "Art", "Beløp"], ["1200", "10100", 10]])
    base = ["budget", "import", str(path), "--kind", "regnskap", "--year", "2026", "--db", str(db_path)]
    assert run([*base, "--set", "Første"]) == 0
    assert run([*base, "--set", "Andre"]) == 1
    assert "«Første»" in capsys.readouterr().err
    assert db_state(db_path) == (1, 1000, ["Første"])
    assert run([*base, "--set", "Andre", "--replace"]) == 0
    assert "erstattet «Første»" in capsys.readouterr().out
    assert db_state(db_path) == (1, 1000, ["Andre"])


def test_profile_saved_and_used_next_time(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db_path = tmp_path / "b.sdb"
    rows = [["Ansv", "Kto", "Kr"], ["1200", "10100", 5], ["1300", "10100", 7]]
    path = write_xlsx(tmp_path / "rar.xlsx", rows)
    base = ["budget", "import", str(path), "--kind", "regnskap", "--year", "2026", "--db", str(db_path)]
    assert run([*base, "--set", "A"]) == 1  # nothing recognisable without a mapping
    capsys.readouterr()
    assert run([*base, "--set", "A", "--map", "Ansv=ansvar", "Kto=art", "Kr=amount",
                "--save-profile", "Visma månedsrapport"]) == 0
    db = open_database(db_path)
    try:
        with db.session() as session:
            assert [p.name for p in list_profiles(session)] == ["Visma månedsrapport"]
    finally:
        db.close()
    # Next month's file with the same headers imports without --map.
    next_month = write_xlsx(tmp_path / "rar2.xlsx", [*rows[:1], ["1200", "10100", 100]])
    assert run(["budget", "import", str(next_month), "--set", "B", "--kind", "regnskap", "--year", "2026",
                "--db", str(db_path)]) == 0, capsys.readouterr().err
    assert db_state(db_path) == (3, 1200 + 10000, ["A", "B"])
    assert run(["budget", "import", str(next_month), "--set", "C", "--kind", "regnskap", "--year", "2026",
                "--db", str(db_path), "--profile", "Finnes ikke"]) == 1
    assert "Finnes ikke" in capsys.readouterr().err


def test_bad_map_argument(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_xlsx(tmp_path / "r.xlsx", [["Ansvar", "Beløp"], ["1200", 1]])
    assert run(["budget", "import", str(path), "--set", "X", "--kind", "regnskap", "--db", str(tmp_path / "b.sdb"),
                "--map", "Ansvar=tull"]) == 1
    assert "ikke et felt" in capsys.readouterr().err


def test_all_amounts_names_every_set_prefix_and_header_even_for_one_column(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """«--set PREFIX --all-amounts» names sets «PREFIX header» whatever the file holds, so a
    script run on every year's file gets the same kind of names (with one column it used to be
    plain PREFIX)."""
    one = write_xlsx(tmp_path / "en.xlsx", [["Ansvar", "Art", "Funksjon", "Budsjett 2026"],
                                            ["1200", "10100", "202", 900]])
    db_path = tmp_path / "b.sdb"
    assert run(["budget", "import", str(one), "--set", "Drift", "--all-amounts", "--db", str(db_path)]) == 0
    assert "1 linje fra" in capsys.readouterr().out  # not «1 linjer»
    two = write_xlsx(tmp_path / "to.xlsx", TWO_AMOUNTS)
    assert run(["budget", "import", str(two), "--set", "Plan", "--all-amounts", "--db", str(db_path)]) == 0
    assert db_state(db_path)[2] == ["Drift Budsjett 2026", "Plan Budsjett 2026", "Plan Regnskap 2026"]
