"""``budget summary`` and ``budget export`` from the command line."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from app.budget.summary_cli import add_summary_commands, amount_text
from app.errors import AppError
from app.storage.database import open_database
from db.models import BudgetKind, BudgetLine, BudgetSet
from tests.app.budget.test_views import BUDGET_LINES, add_set, small_org


def parser() -> argparse.ArgumentParser:
    """The shape app.cli gives these commands: ``budget`` with its own sub-commands."""
    main = argparse.ArgumentParser(prog="styringsdialog")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", default=argparse.SUPPRESS)
    common.add_argument("--json", action="store_true")
    sub = main.add_subparsers(dest="command")
    budget = sub.add_parser("budget")
    add_summary_commands(budget.add_subparsers(dest="budget_command", required=True), common)
    return main


def run(*argv: str) -> int:
    args = parser().parse_args(list(argv))
    return args.handler(args)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    path = tmp_path / "budsjett.sdb"
    db = open_database(path)
    with db.session() as session:
        small_org(session)
        add_set(session, "Budsjett test", BUDGET_LINES)
        add_set(session, "Regnskap test", [("2100", "01000", "202", 1, 99_000_00)], kind=BudgetKind.REGNSKAP,
                period_to=1)
    db.close()
    return path


def test_amount_text_has_two_decimals() -> None:
    assert [amount_text(v) for v in (123450, -5, 0, 100_000_00)] == ["1234.50", "-0.05", "0.00", "100000.00"]


def test_summary_json_by_art_keeps_codes_as_text(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run("budget", "summary", "--set", "Budsjett test", "--by", "art", "--json", "--db", str(db_path)) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["set"] == "Budsjett test" and data["by"] == "art"
    rows = {r["code"]: r for r in data["rows"]}
    assert rows["01000"] == {"code": "01000", "name": "Fastlønn", "amount": "250000.55"}
    assert data["total"] == amount_text(sum(line[4] for line in BUDGET_LINES)) == "252004.78"


def test_summary_json_by_unit(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run("budget", "summary", "--set", "Budsjett test", "--by", "unit", "--json", "--db", str(db_path)) == 0
    rows = json.loads(capsys.readouterr().out)["rows"]
    assert [(r["code"], r["name"], r["amount"]) for r in rows] == [
        ("OM", "Omsorg", "30000.55"), ("SK", "Testvik skole", "212000.00"), ("TE", "Teknisk", "7500.00"),
        ("VE", "Vei", "2500.00"), ("3100", "Ikke knyttet til enhet", "3.00"),
        ("9999", "Ikke knyttet til enhet", "1.23"),
    ]


def test_summary_text_is_a_norwegian_table(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run("budget", "summary", "--set", "Budsjett test", "--by", "funksjon", "--db", str(db_path)) == 0
    out = capsys.readouterr().out
    assert out.startswith("Budsjett test per funksjon")
    assert "Grunnskole" in out and "212\u00a0000,00" in out
    total_line = next(line for line in out.splitlines() if line.strip().startswith("Sum"))
    assert total_line.endswith("252\u00a0004,78")
    assert "Merk:" in out and "999" in out  # unknown KOSTRA codes are pointed out


def test_summary_of_an_unknown_set_names_the_sets(db_path: Path) -> None:
    with pytest.raises(AppError, match=r"Finner ikke settet «Prognose».*«Budsjett test»"):
        run("budget", "summary", "--set", "Prognose", "--db", str(db_path))


def test_summary_needs_an_existing_database(tmp_path: Path) -> None:
    with pytest.raises(AppError, match="finnes ikke"):
        run("budget", "summary", "--set", "X", "--db", str(tmp_path / "mangler.sdb"))
    assert not (tmp_path / "mangler.sdb").exists()


def test_export_writes_the_chosen_views(db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "ut.xlsx"
    assert run("budget", "export", "-o", str(out), "--set", "Budsjett test", "--by", "ansvar",
               "--budget", "Budsjett test", "--actual", "Regnskap test", "--json", "--db", str(db_path)) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["sheets"] == ["Per ansvar", "Budsjett mot regnskap"]
    wb = load_workbook(out)
    assert [c.value for c in wb["Per ansvar"]["A"]][1:8] == ["2100", "3010", "3099", "3100", "4100", "4500", "9999"]
    assert wb["Budsjett mot regnskap"]["C1"].value == "Budsjett januar"  # the accounts reach January


def test_export_without_choices_takes_the_newest_budget_and_accounts(db_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "standard.xlsx"
    assert run("budget", "export", "-o", str(out), "--db", str(db_path)) == 0
    wb = load_workbook(out)
    assert wb.sheetnames == ["Per enhet", "Budsjett mot regnskap"]
    db = open_database(db_path)
    with db.session() as session:
        lines = session.scalar(select(func.count()).select_from(BudgetLine).join(BudgetSet)
                               .where(BudgetSet.name == "Budsjett test"))
    db.close()
    assert sum(r[2] for r in wb["Per enhet"].iter_rows(min_row=2, values_only=True) if r[1] != "Sum") == lines


def test_export_per_unit_by_another_grouping_names_the_flag(db_path: Path, tmp_path: Path) -> None:
    with pytest.raises(AppError, match=r"per enhet.*\n.*--by unit"):
        run("budget", "export", "-o", str(tmp_path / "x.xlsx"), "--set", "Budsjett test", "--by", "art",
            "--per-unit", "--db", str(db_path))
    assert not (tmp_path / "x.xlsx").exists()
