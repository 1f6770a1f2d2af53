"""KS 10-FAKTOR comes wide: one row per unit, one column per factor. The same import reads it, each
column to the indicator of that name (or the one ``indicator_columns`` names), all or nothing."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import select

from app.scorecard.importer import ValueImportError, import_values
from app.scorecard.model import current_unit, define_indicator
from app.storage.database import Database
from db.models import IndicatorValue


def _sheet(path: Path, rows: list[list[object]]) -> Path:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "10-FAKTOR"
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def _factors(s) -> dict[str, object]:  # type: ignore[no-untyped-def]
    out = {}
    for name in ("Mestringsorientert ledelse", "Rolleklarhet", "Autonomi"):
        out[name] = define_indicator(s, name, "Medarbeidere", measure="skår", direction="higher", target="4",
                                     yellow_limit="3,5", frequency="year", rollup="average").id
    return out


def test_wide_10_faktor_sheet_gives_one_value_per_unit_and_factor(demo_db: Database, tmp_path: Path) -> None:
    with demo_db.session() as s:
        ids = _factors(s)
        lindvik, brekka = current_unit(s, "Lindvik sykehjem").lineage_id, current_unit(s, "Brekka skole").lineage_id
    path = _sheet(tmp_path / "10-faktor.xlsx", [
        ["KS 10-FAKTOR 2026"],
        ["Enhet", "Mestringsorientert ledelse", "Rolleklarhet", "Selvstendighet"],
        ["Lindvik sykehjem", 4.2, "3,9", 4.0],
        ["Brekka skole", 3.4, None, 4.4],
    ])
    with demo_db.session() as s:
        result = import_values(s, path, period="2026", indicator_columns={"Selvstendighet": "Autonomi"},
                               user="test")
        assert (result.inserted, result.updated, result.units) == (5, 0, 2)
        assert result.indicators == ["Autonomi", "Mestringsorientert ledelse", "Rolleklarhet"]
    with demo_db.session() as s:
        stored = {(r.indicator_id, r.unit_lineage_id): r.value for r in s.scalars(
            select(IndicatorValue).where(IndicatorValue.indicator_id.in_(list(ids.values())),
                                         IndicatorValue.year == 2026))}
    assert stored == {
        (ids["Mestringsorientert ledelse"], lindvik): Decimal("4.2"), (ids["Rolleklarhet"], lindvik): Decimal("3.9"),
        (ids["Autonomi"], lindvik): Decimal("4.0"), (ids["Mestringsorientert ledelse"], brekka): Decimal("3.4"),
        (ids["Autonomi"], brekka): Decimal("4.4")}


def test_wide_sheet_problems_name_row_and_factor_column_and_nothing_is_written(demo_db: Database,
                                                                                 tmp_path: Path) -> None:
    with demo_db.session() as s:
        ids = _factors(s)
    path = _sheet(tmp_path / "10-faktor.xlsx", [
        ["Enhet", "Periode", "Mestringsorientert ledelse", "Rolleklarhet"],
        ["Lindvik sykehjem", "2026", "høy", 3.9],
        ["Finnes ikke", "2026", 4.0, 4.1],
    ])
    with demo_db.session() as s, pytest.raises(ValueImportError) as caught:
        import_values(s, path, user="test")
    problems = caught.value.problems
    assert any("rad 2, kolonne «Mestringsorientert ledelse»: «høy» er ikke et tall" in p for p in problems)
    assert any("rad 3, kolonne «Enhet»: enheten «Finnes ikke»" in p for p in problems)
    with demo_db.session() as s:
        assert not s.scalars(select(IndicatorValue).where(
            IndicatorValue.indicator_id.in_(list(ids.values())))).all()
    with demo_db.session() as s, pytest.raises(ValueImportError, match="finner ikke kolonnen «Autonomi»"):
        import_values(s, path, indicator_columns={"Autonomi": "Autonomi"}, user="test")
