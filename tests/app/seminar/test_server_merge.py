"""A merge home into the shared PostgreSQL server runs with the user's own role: a unit leader's
merge cannot write another unit's rows (the row rules still decide)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from app.errors import AppError
from app.seminar.merge import ROW
from app.seminar.package import Selection
from app.seminar.service import make_package, merge_package, preview_merge
from app.server import admin as server
from app.storage.database import open_database
from db.models import ActionItem, Meeting, SeminarPackage
from tests.conftest import DEMO_TODAY
from tests.server.conftest import demo_people, initialised_server

pytestmark = pytest.mark.postgres_only
PASS = "samling-passord-1"


def _item_of(db: Any, lineage: Any) -> Any:
    with db.session() as session:
        return session.scalars(select(ActionItem.id).join(Meeting).where(Meeting.unit_lineage_id == lineage)
                               .order_by(ActionItem.id)).first()


def _texts(db: Any, *ids: Any) -> list[str]:
    with db.session() as session:
        return [session.get(ActionItem, i).text for i in ids]


def test_a_unit_leaders_merge_on_the_server_cannot_write_another_units_rows(_demo_template: str,
                                                                          tmp_path: Path) -> None:
    with initialised_server(str(_demo_template)) as sdb:
        admin = sdb.admin()
        who = demo_people(admin, DEMO_TODAY)
        own, other = _item_of(admin, who.leader_unit.lineage_id), _item_of(admin, who.other_unit.lineage_id)
        assert own is not None and other is not None
        before = _texts(admin, own, other)
        package = make_package(admin, tmp_path / "samling.sdbpkg", PASS, Selection(with_notes=True)).path
        login = sdb.login("leder")
        server.grant_user(sdb.url, login, "enhetsleder", person=who.leader.username)

        pkg = open_database(package, passphrase=PASS)
        with pkg.session() as session:
            session.get(ActionItem, own).text = "Egen enhet, endret på samlingen"
            session.get(ActionItem, other).text = "Annen enhet, endret på samlingen"
        pkg.close()

        leader = sdb.open_as(login)
        try:
            plan = preview_merge(leader, package, PASS)
            assert [c.row_id for c in plan.changes] == [own]
            # The other unit's row is not there for the leader: it cannot be taken, only left as it is.
            assert [(c.row_id, c.field) for c in plan.conflicts] == [(other, ROW)]
            with pytest.raises(AppError):
                merge_package(leader, package, PASS, prefer="package")
            assert _texts(admin, own, other) == before  # refused as a whole: nothing written
            merge_package(leader, package, PASS, prefer="office")
        finally:
            leader.close()
        assert _texts(admin, own, other) == ["Egen enhet, endret på samlingen", before[1]]
        with admin.session() as session:
            assert session.scalars(select(SeminarPackage.merged_by).where(
                SeminarPackage.merged_at.is_not(None))).all() == [login]
        admin.close()
