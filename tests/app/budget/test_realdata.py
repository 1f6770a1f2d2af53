"""Every real municipal file in ../shared/realdata imports with every code's total equal to
``expected.json`` (computed independently of the program from the CSVs), each amount column as
its own set: from the app function the window calls, and through the command line.

Only Bergen's ``avdeling`` (a department, not called ansvar) is mapped by hand; Førde's
investment budget has no ansvar column and is imported on the user's confirmation.
"""

from __future__ import annotations

import json
import os
from collections import defaultdict
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.budget.importer import import_budget_sets, plan_budget_import
from app.cli import build_parser, run
from app.io.columns import normalise_header
from app.storage.database import Database, open_database
from db.models import BudgetLine, BudgetSet

REALDATA = Path(os.environ.get("STYRINGSDIALOG_REALDATA", Path(__file__).resolve().parents[4] / "shared" /
                               "realdata"))
if not (REALDATA / "expected.json").is_file():  # the shared folder beside the working tree
    REALDATA = Path("/work/shared/realdata")
EXPECTED = json.loads((REALDATA / "expected.json").read_text(encoding="utf-8")) if (
    REALDATA / "expected.json").is_file() else {}
MAPS = {"bergen_drift_2012": {"avdeling": "ansvar"}, "bergen_investering_2012": {"avdeling": "ansvar"}}
NO_ANSVAR = {"forde_investering_2013"}
YEARS = {"sauda_investering_2013": 2013, "stavanger_investering_2016": 2016}  # not in their amount headers
FILES = [(case, name) for case, spec in sorted(EXPECTED.items()) for name in spec["files"]]

pytestmark = pytest.mark.skipif(not EXPECTED, reason="../shared/realdata is not here")


def ore(text: str) -> int:
    return int(Decimal(text) * 100)


def expected_totals(case: str) -> dict[str, tuple[int, dict[str, int]]]:
    """amount column -> (total, code -> total), from expected.json."""
    spec = EXPECTED[case]
    by = spec["total_by"]
    found: dict[str, tuple[int, dict[str, int]]] = {}
    for key, value in spec.items():
        if key.startswith("total_") and key != "total_by":
            column = key.removeprefix("total_")
            codes = spec[f"by_{by}_{column}"]
            found[column] = (ore(value), {code: ore(amount) for code, amount in codes.items()})
    return found


def stored_totals(db: Database, field: str) -> dict[str, tuple[int, dict[str, int]]]:
    """set name -> (total, code -> total) as stored, by the field the file's code column became."""
    column = getattr(BudgetLine, field)
    found: dict[str, tuple[int, dict[str, int]]] = {}
    with db.session() as session:
        rows = session.execute(select(BudgetSet.name, column, func.sum(BudgetLine.amount_ore)).join(
            BudgetLine, BudgetLine.budget_set_id == BudgetSet.id).group_by(BudgetSet.name, column)).all()
    sums: dict[str, dict[str, int]] = defaultdict(dict)
    for name, code, total in rows:
        sums[name][code] = int(total)
    for name, codes in sums.items():
        found[name] = (sum(codes.values()), codes)
    return found


def check(case: str, stored: dict[str, tuple[int, dict[str, int]]], prefix: str) -> None:
    expected = expected_totals(case)
    # Imported with all amount columns: every set is «PREFIX header», one column or several.
    assert sorted(stored) == sorted(f"{prefix} {column}" for column in expected)
    for column, (total, codes) in expected.items():
        name = f"{prefix} {column}"
        got_total, got_codes = stored[name]
        assert got_total == total, (name, got_total, total)
        assert {c: a for c, a in got_codes.items()} == codes, name


def field_of(case: str, plan_mapping: dict[int, str], headers: list[str]) -> str:
    by = normalise_header(EXPECTED[case]["total_by"])
    index = next(i for i, h in enumerate(headers) if normalise_header(h) == by)
    return plan_mapping[index]


@pytest.mark.parametrize(("case", "name"), FILES, ids=[name for _case, name in FILES])
def test_every_real_file_imports_every_amount_column_with_the_expected_totals_per_code(
        case: str, name: str, tmp_path: Path) -> None:
    db = open_database(tmp_path / "real.sdb")
    try:
        with db.session() as session:
            plan = plan_budget_import(REALDATA / name, mapping=MAPS.get(case), all_amounts=True,
                                      no_ansvar=case in NO_ANSVAR)
        assert not plan.problems, plan.problems[:3]
        assert not plan.unaccepted_skips, plan.unaccepted_skips
        assert plan.line_count == EXPECTED[case]["rows"]
        with db.session() as session:
            import_budget_sets(session, plan, [replace(c, year=c.year or YEARS.get(case))
                                               for c in plan.set_choices(case)])
        check(case, stored_totals(db, field_of(case, plan.mapping, plan.headers)), case)
    finally:
        db.close()


@pytest.mark.parametrize(("case", "name"), FILES, ids=[name for _case, name in FILES])
def test_every_real_file_imports_through_the_command_line(case: str, name: str, tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    db_path = tmp_path / "cli.sdb"
    argv = ["budget", "import", str(REALDATA / name), "--set", case, "--all-amounts", "--db", str(db_path),
            "--json"]
    for header, field in MAPS.get(case, {}).items():
        argv += ["--map", f"{header}={field}"]
    if case in NO_ANSVAR:
        argv.append("--no-ansvar")
    if case in YEARS:
        argv += ["--year", str(YEARS[case])]
    code = run(build_parser().parse_args(argv))
    out = capsys.readouterr()
    assert code == 0, out.err
    data = json.loads(out.out)
    assert data.get("skipped", 0) == 0
    db = open_database(db_path)
    try:
        plan = plan_budget_import(REALDATA / name, mapping=MAPS.get(case), all_amounts=True,
                                  no_ansvar=case in NO_ANSVAR)
        check(case, stored_totals(db, field_of(case, plan.mapping, plan.headers)), case)
    finally:
        db.close()


def test_the_same_lines_from_csv_and_xlsx_are_the_same_set(tmp_path: Path) -> None:
    """Re-import is recognised by content, not by the file's bytes: Stavanger's xlsx (title row,
    codes as numbers, a SUM row without values) holds the CSV's lines."""
    db = open_database(tmp_path / "twice.sdb")
    try:
        with db.session() as session:
            first = plan_budget_import(REALDATA / "stavanger_investering_2016.csv")
            import_budget_sets(session, first, [replace(first.set_choices("Investering 2016")[0], year=2016)])
        from app.budget.importer import DuplicateImportError

        with db.session() as session:
            again = plan_budget_import(REALDATA / "stavanger_investering_2016.xlsx")
        assert again.file_hash == first.file_hash
        with pytest.raises(DuplicateImportError, match="Investering 2016") as caught, db.session() as session:
            import_budget_sets(session, again, [replace(again.set_choices("Igjen")[0], year=2016)])
        assert caught.value.hint is not None and caught.value.hint.kind == "replace_set"
        with db.session() as session:
            assert session.scalars(select(BudgetSet.name)).all() == ["Investering 2016"]
    finally:
        db.close()
