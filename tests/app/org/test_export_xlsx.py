"""The unit list as an Excel workbook: read back with openpyxl as Excel would show it."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from app.errors import AppError
from app.org.export_xlsx import HEADERS, export_units_xlsx
from app.org.importer import import_units, plan_import
from app.org.queries import current_version, unit_rows
from app.storage.database import Database
from db.models import Unit
from tests.conftest import DEMO_TODAY


def export_demo(db: Database, out: Path, **kwargs: object) -> Path:
    with db.session() as session:
        version = current_version(session)
        assert version is not None
        return export_units_xlsx(session, version.id, out, on=DEMO_TODAY, **kwargs)  # type: ignore[arg-type]


def test_the_unit_list_is_a_real_excel_workbook(demo_db: Database, tmp_path: Path) -> None:
    out = export_demo(demo_db, tmp_path / "ut" / "enheter.xlsx")
    workbook = load_workbook(out)
    assert workbook.sheetnames == ["Enheter", "Nettverk"]  # networks on a sheet of their own (issue 20)
    ws = workbook["Enheter"]
    assert [c.value for c in ws[1]] == list(HEADERS)
    assert all(c.font.bold for c in ws[1]) and ws.freeze_panes == "A2"
    units = 38  # the demo: rådmann, top team, 6 staff/support units, 30 result units
    assert ws.auto_filter.ref == f"A1:K{units + 1}"
    rows = {r[0]: r for r in ws.iter_rows(min_row=2, max_row=units + 1, values_only=True)}
    assert len(rows) == units
    assert rows["1000"][1] is None and rows["1000"][3] == "Rådmannen"
    assert rows["3400"][2] == "Psykisk helse og rus" and rows["3400"][4] == "Ledig"
    assert rows["2220"][4] == "Ledig" and rows["2220"][5] == "Inger Haddad"  # acting leader
    assert rows["3400"][6] == "Inger Olsen"  # follow-up lead
    assert rows["1100"][7] == "1100, 1110" and rows["1100"][3] == "Stab"
    assert rows["3800"][10] == "Ekstern" and rows["1100"][10] == "Intern"
    fte = ws.cell(row=2, column=9)
    assert fte.number_format == "#,##0.0" and ws.cell(row=2, column=10).number_format == "#,##0"
    total = [c.value for c in ws[units + 2]]
    assert total[2] == "Sum" and ws.cell(row=units + 2, column=3).font.bold
    assert total[8] == f"=SUM(I2:I{units + 1})" and total[9] == f"=SUM(J2:J{units + 1})"
    assert 10 <= ws.column_dimensions["C"].width <= 60
    with demo_db.session() as session:
        expected = unit_rows(session, current_version(session).id, DEMO_TODAY)
    assert sum(Decimal(str(r[8])) for r in rows.values()) == sum(r.fte for r in expected)
    # Parents come before their children, as in the tree.
    seen: set[str] = set()
    for code, row in rows.items():
        assert row[1] is None or row[1] in seen
        seen.add(code)


def test_text_that_looks_like_a_formula_stays_text(demo_db: Database, tmp_path: Path) -> None:
    names = {"1100": '=HYPERLINK("http://example.invalid","Klikk")', "1200": "+47 Personal",
             "1300": "-Minus", "1400": "@SUM(A1)"}
    with demo_db.session() as session:
        for unit in session.scalars(select(Unit).where(Unit.code.in_(names))):
            unit.name = names[unit.code]
    ws = load_workbook(export_demo(demo_db, tmp_path / "injeksjon.xlsx"))["Enheter"]
    cells = {row[0].value: row[2] for row in ws.iter_rows(min_row=2) if row[0].value in names}
    assert set(cells) == set(names)
    for code, cell in cells.items():
        assert cell.data_type == "s" and cell.value == names[code]
        assert cell.quotePrefix  # Excel keeps it text when the cell is edited, too
    assert cells["1100"].value.startswith("=")


def test_the_export_imports_back_to_the_same_organisation(demo_db: Database, empty_db: Database,
                                                          tmp_path: Path) -> None:
    out = export_demo(demo_db, tmp_path / "rundtur.xlsx")
    plan = plan_import(out)
    with empty_db.session() as session:
        version_id = import_units(session, plan, version_name="Rundtur", today=DEMO_TODAY).version_id

    def snapshot(db: Database, version_id) -> dict[str, tuple]:  # type: ignore[no-untyped-def, type-arg]
        with db.session() as session:
            rows = unit_rows(session, version_id, DEMO_TODAY)
            codes = {r.id: r.code for r in rows}
            return {r.code: (r.name, codes.get(r.parent_id), r.kind, r.fte, r.leader, r.ansvar, r.sort_order)
                    for r in rows}

    with demo_db.session() as session:
        original_id = current_version(session).id
    original, copy = snapshot(demo_db, original_id), snapshot(empty_db, version_id)
    assert set(copy) == set(original) and len(copy) == 38

    def without_order(data: dict[str, tuple]) -> dict[str, tuple]:  # type: ignore[type-arg]
        return {code: values[:-1] for code, values in data.items()}

    assert without_order(copy) == without_order(original)

    def sibling_order(data: dict[str, tuple]) -> list[str]:  # type: ignore[type-arg]
        return sorted(data, key=lambda code: (data[code][1] or "", data[code][-1], data[code][0]))

    assert sibling_order(copy) == sibling_order(original)


def test_root_limits_the_list_to_a_subtree(demo_db: Database, tmp_path: Path) -> None:
    def codes(root: str) -> list[str]:
        ws = load_workbook(export_demo(demo_db, tmp_path / "del.xlsx", root=root))["Enheter"]
        return [r[0] for r in ws.iter_rows(min_row=2, values_only=True) if r[0]]

    assert codes("økonomi") == ["1100"]  # by name, any case: a unit without units under it
    everything = codes("1000")
    assert everything[0] == "1000" and len(everything) == 38
    with pytest.raises(AppError) as caught:
        export_demo(demo_db, tmp_path / "ingen.xlsx", root="Finnes ikke")
    assert "«Finnes ikke»" in str(caught.value)
