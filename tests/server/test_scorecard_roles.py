"""The målekart on a shared server: the municipal value of each indicator comes from the SECURITY
DEFINER function ``styringsdialog_scorecard_rollup`` (db/server_roles.py), so a unit leader, who
sees only their own units' values under row-level security, gets the same municipal values as the
rådmann and as the desktop program's own roll-up of every unit."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from app.scorecard.rollup import municipal_scorecard
from app.server import admin as server
from app.storage.database import open_database
from tests.conftest import DEMO_TODAY
from tests.server.conftest import ServerDb, demo_people

pytestmark = pytest.mark.postgres_only


def _values(lines: list) -> dict[str, Decimal | None]:
    return {line.name: line.value for line in lines}


@pytest.mark.parametrize("period", [None, "T2", f"{DEMO_TODAY.year}-04"])
def test_every_role_gets_the_desktops_municipal_values_and_a_leader_only_their_units_lines(
        server_db: ServerDb, demo_file: Path, period: str | None) -> None:
    year = DEMO_TODAY.year
    desktop = open_database(demo_file)  # the same demo on SQLite: Python rolls up every unit
    try:
        expected = _values(desktop.run(municipal_scorecard, year, period).lines)
    finally:
        desktop.close()
    assert sum(v is not None for v in expected.values()) >= 5, expected

    admin = server_db.admin()
    who = demo_people(admin, date.today())
    admin.close()
    server.grant_user(server_db.url, server_db.login("rad"), "radmann")
    server.grant_user(server_db.url, server_db.login("leder"), "enhetsleder", person=who.leader.username)

    for role in ("rad", "leder"):
        db = server_db.open_as(server_db.login(role))
        try:
            card = db.run(municipal_scorecard, year, period)
        finally:
            db.close()
        assert _values(card.lines) == expected, role
        shown = {u.unit_lineage_id for line in card.lines for u in line.units if u.value is not None}
        if role == "leder":
            assert shown == {who.leader_unit.lineage_id}, "a unit leader sees their own unit's values only"
        else:
            assert len(shown) > 1 and who.other_unit.lineage_id in shown
