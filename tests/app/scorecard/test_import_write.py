"""The value import's write on SQLite (issue 19's speed goal: 10 000 values ≤ 1 s): new values get
rising UUID-7 ids in key order, replaced values keep their id with the version raised, the unit's
målekart gets the indicator, and the connection's page cache is given back afterwards."""

from __future__ import annotations

import uuid
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from sqlalchemy import select, text

from app.scorecard.importer import import_values, ordered_ids
from app.scorecard.model import current_unit, define_indicator
from app.storage.database import Database
from db.models import IndicatorValue, UnitIndicator


def _sheet(path: Path, rows: list[list[object]]) -> Path:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def test_ordered_ids_are_uuid7_rising_and_unique() -> None:
    ids = ordered_ids(5000)
    assert ids == sorted(ids) and len(set(ids)) == 5000
    parsed = [uuid.UUID(h) for h in ids[:3] + ids[-3:]]
    assert all(u.version == 7 and u.variant == uuid.RFC_4122 for u in parsed)
    assert all(len(h) == 32 for h in ids)
    assert ordered_ids(3)[0] > ids[-1][:12]  # the time comes first: a later batch sorts after


def test_import_writes_new_values_with_rising_ids_and_replaces_stored_ones(demo_db: Database,
                                                                            tmp_path: Path) -> None:
    with demo_db.session() as s:
        ind = define_indicator(s, "Fravær import", "Medarbeidere", measure="%", direction="lower", target="7",
                               yellow_limit="8,5", frequency="month", rollup="weighted_fte")
        ind_id = ind.id
        names = ["Lindvik sykehjem", "Kvernes bo- og omsorgssenter", "Brekka skole"]
        lineages = {n: current_unit(s, n).lineage_id for n in names}
        sqlite = s.get_bind().dialect.name == "sqlite"  # the page cache is SQLite's (PostgreSQL has no PRAGMA)
        cache_before = s.connection().exec_driver_sql("PRAGMA cache_size").scalar() if sqlite else None
    first = _sheet(tmp_path / "fravær.xlsx", [["Enhet", "Periode", "Verdi", "Kommentar"]] + [
        [name, f"2026-{month:02d}", 5 + month / 10, f"m{month}"] for name in names for month in (3, 1, 2)])
    with demo_db.session() as s:
        result = import_values(s, first, indicator="Fravær import", user="test")
        assert (result.inserted, result.updated, result.units) == (9, 0, 3)
        if sqlite:
            assert s.connection().exec_driver_sql("PRAGMA cache_size").scalar() == cache_before
    with demo_db.session() as s:
        stored = s.execute(select(IndicatorValue.id, IndicatorValue.unit_lineage_id, IndicatorValue.period,
                                  IndicatorValue.value, IndicatorValue.comment, IndicatorValue.version,
                                  IndicatorValue.source, IndicatorValue.entered_by)
                           .where(IndicatorValue.indicator_id == ind_id)).all()
        assert len(stored) == 9
        assert all(r.id.version == 7 and r.version == 1 and r.source == "imported" and r.entered_by == "test"
                   for r in stored)
        by_key = {(r.unit_lineage_id, r.period): r for r in stored}
        assert by_key[(lineages["Lindvik sykehjem"], 2)].value == Decimal("5.2")
        assert by_key[(lineages["Brekka skole"], 3)].comment == "m3"
        # ids rise in the order of the unique key (lineage, then period) within the import
        ordered = sorted(stored, key=lambda r: (r.unit_lineage_id.hex, r.period))
        assert [r.id.hex for r in ordered] == sorted(r.id.hex for r in stored)
        on_card = set(s.scalars(select(UnitIndicator.unit_lineage_id).where(UnitIndicator.indicator_id == ind_id)))
        assert on_card == set(lineages.values())
        before_ids = {k: r.id for k, r in by_key.items()}
    again = _sheet(tmp_path / "fravær-rettet.xlsx", [["Enhet", "Periode", "Verdi", "Kommentar"],
                                                     ["Lindvik sykehjem", "2026-02", "9,4", "rettet"],
                                                     ["Lindvik sykehjem", "2026-04", 6, None]])
    with demo_db.session() as s:
        result = import_values(s, again, indicator="Fravær import", user="test2")
        assert (result.inserted, result.updated) == (1, 1)
    with demo_db.session() as s:
        rows = {(r.unit_lineage_id, r.period): r for r in s.scalars(
            select(IndicatorValue).where(IndicatorValue.indicator_id == ind_id))}
        fixed = rows[(lineages["Lindvik sykehjem"], 2)]
        assert (fixed.id, fixed.value, fixed.comment, fixed.version, fixed.entered_by) == (
            before_ids[(lineages["Lindvik sykehjem"], 2)], Decimal("9.4"), "rettet", 2, "test2")
        assert rows[(lineages["Lindvik sykehjem"], 4)].comment == ""
        assert len(rows) == 10
        if sqlite:
            assert s.execute(text("PRAGMA integrity_check")).scalar() == "ok"
