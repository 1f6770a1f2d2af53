"""The side by side reads each alternative in a few plain column reads (issue 20's speed goal): what it
shows is still what the units table and the people in post say, also for changes not yet saved, and the
checks still name the rådmann and the kommunalsjefer (read in the same read of positions as the leaders)."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import select

from app.org import checks, reorganisation
from app.org.queries import leaderships, raw_key
from app.storage.database import Database
from db.models import Unit, UnitKind
from tests.conftest import DEMO_TODAY


def test_the_figures_are_the_units_own_fte_staff_and_names(demo_db: Database) -> None:
    with demo_db.session() as s:
        project = reorganisation.create_project(s, "Omorganisering 2027")
        alt = reorganisation.add_alternative(s, project.id)
        units = list(s.scalars(select(Unit).where(Unit.org_version_id == alt.id)))
        odd = next(u for u in units if u.kind == UnitKind.RESULT_UNIT)
        odd.fte = Decimal("12.5")  # not flushed: the comparison must see it as an ORM query would
        odd.name = "Omdøpt enhet"
        side = reorganisation.compare_alternatives(s, project.id, DEMO_TODAY)
        zero, one = side.columns
        for u in units:
            shown = one.unit_figures[raw_key(u.lineage_id)]
            assert (shown.name, shown.staff) == (u.name, u.staff_count)
            assert shown.fte == u.fte and str(shown.fte) == f"{u.fte:.2f}"  # two decimals, as the column has them
        assert str(one.unit_figures[raw_key(odd.lineage_id)].fte) == "12.50"
        assert one.fte == sum((u.fte for u in units), Decimal(0)) != zero.fte
        assert "Omdøpt enhet" in [new for _old, new in one.changes.renamed]
        odd.staff_count = 77  # again not flushed, read on its own this time
        read = checks.read_version(s, alt.id, DEMO_TODAY)
        assert read.by_id[raw_key(odd.id)].staff_count == 77
        assert all(isinstance(u.kind, UnitKind) for u in read.units)


def test_one_read_of_positions_gives_leaders_rådmann_and_kommunalsjefer(demo_db: Database) -> None:
    with demo_db.session() as s:
        project = reorganisation.create_project(s, "Omorganisering 2027")
        version_id = project.base_version_id
        assert version_id is not None
        data = checks.read_version(s, version_id, DEMO_TODAY)
        held = leaderships(s, version_id, DEMO_TODAY)  # the one definition, read on its own
        assert data.held == held
        assert data.leaders == {k: (v.leader.key, v.leader.name) for k, v in held.items() if v.leader is not None}
        assert data.chiefs and data.leads  # the demo has a rådmann and kommunalsjefer in the top team
        top = next(u for u in data.units if u.kind == UnitKind.ADMINISTRATION)
        assert data.leaders[top.id][0] in data.chiefs
