"""The side-by-side comparison reads each alternative once for its figures and its checks (issue 20's
speed goal): the findings, leaders and follow-up leads it shows are those the checks and the chart's
definition give on their own."""

from __future__ import annotations

import gc
import uuid
from datetime import date, timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import AppError
from app.org import checks, reorganisation, restructure
from app.org.queries import current_version, leaderships, raw_key
from app.storage.database import Database
from db.models import FollowUpLink, Person, Unit

EFFECTIVE = date(2026, 12, 1)


def unit_in(s: Session, version_id: uuid.UUID, name: str) -> Unit:
    return s.scalars(select(Unit).where(Unit.org_version_id == version_id, Unit.name == name)).one()


def test_side_by_side_reads_each_version_once_for_figures_and_checks(demo_db: Database) -> None:
    with demo_db.session() as s:
        project = reorganisation.create_project(s, "Omorganisering 2027")
        alt1 = reorganisation.add_alternative(s, project.id)
        restructure.merge_units(s, [unit_in(s, alt1.id, "Solsikken barnehage").id,
                                    unit_in(s, alt1.id, "Tusenfryd barnehage").id], "Sentrum barnehager", EFFECTIVE)
        inger = next(p for p in s.scalars(select(Person)) if p.full_name == "Inger Olsen")
        brekka = unit_in(s, alt1.id, "Brekka skole")  # to another kommunalsjef from the date
        for link in s.scalars(select(FollowUpLink).where(FollowUpLink.unit_id == brekka.id,
                                                         FollowUpLink.end_date.is_(None))):
            link.end_date = EFFECTIVE - timedelta(days=1)
        s.add(FollowUpLink(id=uuid.uuid4(), unit_id=brekka.id, lead_person_id=inger.id, start_date=EFFECTIVE))
        s.flush()
        assert current_version(s) is not None
        assert gc.isenabled()
        side = reorganisation.compare_alternatives(s, project.id, EFFECTIVE)
        assert gc.isenabled()  # the collector paused for the read is on again
        for column in side.columns:
            version_id = column.alternative.version_id
            alone = checks.run_checks(s, version_id, EFFECTIVE)
            assert alone and column.findings == alone
            held = leaderships(s, version_id, EFFECTIVE)
            for unit_id, lineage, name in s.execute(select(Unit.id, Unit.lineage_id, Unit.name)
                                                    .where(Unit.org_version_id == version_id)):
                lead = held.get(raw_key(unit_id))
                expected = lead.leader.name if lead is not None and lead.leader is not None else None
                assert column.unit_figures[raw_key(lineage)].leader == expected, name
        zero, one = side.columns
        assert next(f for f in one.unit_figures.values() if f.name == "Brekka skole").lead == "Inger Olsen"
        assert next(f for f in zero.unit_figures.values() if f.name == "Brekka skole").lead != "Inger Olsen"
        # an error inside still turns the collector back on
        with pytest.raises(AppError):
            reorganisation.compare_alternatives(s, uuid.uuid4(), EFFECTIVE)
        assert gc.isenabled()


def test_checks_on_their_own_pause_the_collector_and_restore_it() -> None:
    gc.disable()
    try:
        with checks.cycle_collection_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # it was off: it stays off
    finally:
        gc.enable()
    with checks.cycle_collection_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
