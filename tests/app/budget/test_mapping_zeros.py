"""Ansvar codes meet units by the leading-zero rule (issue 15 item 6): an org chart's ``0100`` takes
an accounts file's ``100``, an accounts file's ``0100`` finds the org list's ``100``, and one code
belongs to one unit, in the summaries as in the window."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import select

from app.budget import views
from app.budget.mapping import AnsvarMap, UnitRef, assign_codes, unmapped_codes
from app.errors import AppError
from app.storage.database import Database
from db.models import Municipality, OrgVersion, OrgVersionStatus, Unit, UnitAnsvar, UnitKind
from tests.app.budget.test_views import add_set


def _ref(name: str) -> UnitRef:
    return UnitRef(uuid.uuid4(), uuid.uuid4(), name, name)


def test_a_code_that_lost_its_zero_finds_the_unit_and_the_other_way_round() -> None:
    zero, bare, letters = _ref("zero"), _ref("bare"), _ref("letters")
    amap = AnsvarMap([(zero, "0100", None), (bare, "200", None), (letters, "F357", None)])
    assert amap.unit_for("100") is zero  # the accounts' number 100 is the chart's 0100
    assert amap.unit_for("0100") is zero
    assert amap.unit_for("0200") is bare  # the accounts' text 0200 is the chart's number 200
    assert amap.unit_for("00100") is None  # written with zeros on both sides: another code
    assert amap.unit_for("357") is None and amap.unit_for("F357") is letters


def test_an_exact_code_wins_and_a_code_two_units_could_take_goes_to_neither() -> None:
    a, b = _ref("a"), _ref("b")
    amap = AnsvarMap([(a, "0100", None), (b, "00100", None)])
    assert amap.unit_for("0100") is a and amap.unit_for("00100") is b
    assert amap.unit_for("100") is None  # a number 100 could be either: not guessed
    c, d = _ref("c"), _ref("d")
    amap = AnsvarMap([(c, "100", None), (d, "0100", None)])
    assert amap.unit_for("100") is c and amap.unit_for("0100") is d


def _org(session, ansvar: dict[str, str]) -> dict[str, Unit]:  # type: ignore[no-untyped-def]
    kommune = Municipality(name="Nullvik kommune")
    version = OrgVersion(municipality=kommune, name="Gjeldende", status=OrgVersionStatus.CURRENT)
    session.add_all([kommune, version])
    session.flush()
    root = Unit(org_version_id=version.id, code="R", name="Rådmannen", kind=UnitKind.ADMINISTRATION)
    session.add(root)
    session.flush()
    units = {"R": root}
    for name, code in ansvar.items():
        unit = Unit(org_version_id=version.id, parent_id=root.id, code=name, name=name, kind=UnitKind.RESULT_UNIT)
        session.add(unit)
        session.flush()
        session.add(UnitAnsvar(unit_id=unit.id, code=code))
        units[name] = unit
    session.flush()
    return units


def test_summaries_put_lines_whose_codes_lost_their_zeros_under_the_unit(empty_db: Database) -> None:
    with empty_db.session() as session:
        _org(session, {"Skole": "0100", "Helse": "200"})
        set_id = add_set(session, "Regnskap", [("100", "01000", "202", 1, 150_00), ("0100", "01000", "202", 2, 50_00),
                                               ("0200", "01000", "241", 1, 70_00), ("300", "01000", "241", 1, 5_00)])
        rows = {r.name: r for r in views.pivot(session, set_id, "unit").rows}
        assert rows["Skole"].amount_ore == 200_00 and rows["Skole"].lines == 2
        assert rows["Helse"].amount_ore == 70_00
        assert rows[views.UNMAPPED_NAME].code == "300"
        assert [u.ansvar for u in unmapped_codes(session, set_id)] == ["300"]
        lines = views.drill_down(session, set_id, "unit", "Skole")
        assert sorted(line.ansvar for line in lines) == ["0100", "100"]


def test_the_window_refuses_a_code_another_unit_has_with_or_without_zeros(empty_db: Database) -> None:
    with empty_db.session() as session:
        units = _org(session, {"Skole": "0100", "Helse": "200"})
        with pytest.raises(AppError, match="«100» hører allerede til «Skole» \\(som «0100»"):
            assign_codes(session, units["Helse"].id, ["100"])
        with pytest.raises(AppError, match="«0200» hører allerede til «Helse»"):
            assign_codes(session, units["Skole"].id, ["0200"])
        assert assign_codes(session, units["Helse"].id, ["00100"]) == ["00100"]  # both with zeros: two codes
        codes = sorted(session.scalars(select(UnitAnsvar.code)))
    assert codes == ["00100", "0100", "200"]
