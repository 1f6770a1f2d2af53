"""Ansvar codes to units: exact codes, ranges and prefixes; listing and assigning unmapped codes."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import select

from app.budget import views
from app.budget.mapping import AnsvarMap, UnitRef, assign_codes, unassign_codes, unmapped_codes
from app.errors import AppError
from app.storage.database import Database
from db.models import BudgetSet, UnitAnsvar
from tests.app.budget.test_views import BUDGET_LINES, add_set, small_org


def _ref(name: str) -> UnitRef:
    return UnitRef(uuid.uuid4(), uuid.uuid4(), name, name)


def test_exact_code_beats_range_and_range_beats_prefix() -> None:
    sector, school, sub, wide = _ref("sector"), _ref("school"), _ref("sub"), _ref("wide")
    amap = AnsvarMap([(sector, "2*", None), (wide, "2000", "2999"), (sub, "2100", "2199"), (school, "2150", None)])
    assert amap.unit_for("2150") is school
    assert amap.unit_for("2151") is sub  # the narrowest range
    assert amap.unit_for("2500") is wide
    assert amap.unit_for("20") is sector  # not in the numeric range, but starts with 2
    assert amap.unit_for("3000") is None


def test_ranges_compare_digits_as_numbers_and_text_at_equal_width() -> None:
    digits, letters = _ref("digits"), _ref("letters")
    amap = AnsvarMap([(digits, "900", "1100"), (letters, "AB10", "AB19")])
    assert amap.unit_for("1000") is digits  # 900 ≤ 1000 ≤ 1100 as numbers, though «1000» < «900» as text
    assert amap.unit_for("899") is None
    assert amap.unit_for("AB15") is letters
    assert amap.unit_for("AB150") is None  # another width: not in a text range
    assert amap.unit_for("AB2") is None


def test_longest_prefix_wins_and_lookups_are_cached() -> None:
    short, long_ = _ref("short"), _ref("long")
    amap = AnsvarMap([(short, "4*", None), (long_, "45*", None)])
    assert amap.unit_for("4599") is long_
    assert amap.unit_for("4100") is short
    assert amap.unit_for("4599") is long_
    assert set(amap._cache) == {"4599", "4100"}  # one lookup per distinct code


def test_map_of_the_current_organisation(empty_db: Database) -> None:
    with empty_db.session() as session:
        units = small_org(session)
        amap = AnsvarMap.for_current(session)
        assert amap.unit_for("3050").name == "Omsorg"
        assert amap.unit_for("4500").id == units["VE"].id
        assert amap.unit_for("4999").code == "TE"
        assert amap.unit_for("3100") is None


def test_unmapped_codes_lists_code_lines_total_and_name(empty_db: Database) -> None:
    with empty_db.session() as session:
        small_org(session)
        set_id = add_set(session, "B", [*BUDGET_LINES, ("9999", "12000", "120", 2, 2_00)],
                         texts={"9999": "Ukjent ansvar AS"})
        rows = unmapped_codes(session, set_id)
    assert [(r.ansvar, r.lines, r.total_ore, r.name) for r in rows] == [
        ("3100", 1, 3_00, ""), ("9999", 2, 1_23 + 2_00, "Ukjent ansvar AS")]


def test_assign_codes_in_one_step_and_undo(empty_db: Database) -> None:
    with empty_db.session() as session:
        units = small_org(session)
        set_id = add_set(session, "B", BUDGET_LINES)
    with empty_db.session() as session:
        added = assign_codes(session, units["OM"].id, ["3100", " 3100 ", "9999", "3000"])  # 3000 starts its range
    assert added == ["3100", "9999"]
    with empty_db.session() as session:
        assert unmapped_codes(session, set_id) == []
        omsorg = {r.name: r.amount_ore for r in views.pivot(session, set_id, "unit").rows}["Omsorg"]
        assert omsorg == 50_000_55 - 20_000_00 + 3_00 + 1_23
    with empty_db.session() as session:
        assert unassign_codes(session, units["OM"].id, added) == added
    with empty_db.session() as session:
        assert [r.ansvar for r in unmapped_codes(session, set_id)] == ["3100", "9999"]
        codes = session.execute(select(UnitAnsvar.code, UnitAnsvar.code_to)
                                .where(UnitAnsvar.unit_id == units["OM"].id)).all()
        assert codes == [("3000", "3099")]  # the unit's own range is untouched


def test_assign_codes_accepts_ranges_and_prefixes(empty_db: Database) -> None:
    with empty_db.session() as session:
        units = small_org(session)
        assert assign_codes(session, units["SK"].id, ["6000-6099", "7*"]) == ["6000-6099", "7*"]
        rows = session.execute(select(UnitAnsvar.code, UnitAnsvar.code_to)
                               .where(UnitAnsvar.unit_id == units["SK"].id).order_by(UnitAnsvar.code)).all()
        assert rows == [("2100", None), ("6000", "6099"), ("7*", None)]
        amap = AnsvarMap.for_current(session)
        assert amap.unit_for("6050").name == amap.unit_for("7123").name == "Testvik skole"


def test_assign_codes_refuses_another_units_code_and_bad_text(empty_db: Database) -> None:
    with empty_db.session() as session:
        units = small_org(session)
        with pytest.raises(AppError, match="«2100» hører allerede til «Testvik skole»"):
            assign_codes(session, units["OM"].id, ["5000", "2100"])
        with pytest.raises(AppError, match="går baklengs"):
            assign_codes(session, units["OM"].id, ["5099-5000"])
        with pytest.raises(AppError, match="bare inneholde sifre"):
            assign_codes(session, units["OM"].id, ["50;00"])
        with pytest.raises(AppError, match="finnes ikke"):
            assign_codes(session, uuid.uuid4(), ["5000"])


def test_demo_budget_lines_all_belong_to_units(demo_db: Database) -> None:
    with demo_db.session() as session:
        set_id = session.scalar(select(BudgetSet.id).where(BudgetSet.name == "Budsjett 2026"))
        assert unmapped_codes(session, set_id) == []
