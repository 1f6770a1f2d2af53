"""Issue 20: the merge keeps the leader the user picks (the others end the day before), a leader from
outside the merged units is refused, and a unit given to another kommunalsjef is marked on the chart."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.org import reorganisation, restructure, scenarios
from app.org.queries import current_version
from app.org.units import OrgError
from app.storage.database import Database
from db.models import FollowUpLink, Person, Position, PositionRole, Unit

EFFECTIVE = date(2027, 1, 1)


def unit_in(s: Session, version_id: uuid.UUID, name: str) -> Unit:
    return s.scalars(select(Unit).where(Unit.org_version_id == version_id, Unit.name == name)).one()


def leaders_of(s: Session, unit_id: uuid.UUID, on: date) -> set[uuid.UUID]:
    return set(s.scalars(select(Position.person_id).where(
        Position.unit_id == unit_id, Position.role == PositionRole.LEADER, Position.start_date <= on,
        (Position.end_date.is_(None)) | (Position.end_date >= on))))


def test_merge_keeps_the_chosen_leader_and_refuses_one_from_elsewhere(demo_db: Database) -> None:
    with demo_db.session() as s:
        cur = current_version(s)
        assert cur is not None
        v = scenarios.copy_version(s, cur.id, "Alternativ 1").id
        a, b = unit_in(s, v, "Solsikken barnehage"), unit_in(s, v, "Tusenfryd barnehage")
        choices = restructure.leader_choices(s, v, EFFECTIVE)
        [(leader_a, _name_a)] = choices[a.id]
        [(leader_b, name_b)] = choices[b.id]
        assert leader_a != leader_b and name_b
        elsewhere = next(pid for pid, _n in choices[unit_in(s, v, "Brekka skole").id])
        with pytest.raises(OrgError, match="leder ikke noen av enhetene"):
            restructure.merge_units(s, [a.id, b.id], "Sentrum barnehager", EFFECTIVE, leader_person_id=elsewhere)
        a, b = unit_in(s, v, "Solsikken barnehage"), unit_in(s, v, "Tusenfryd barnehage")  # nothing changed
        change = restructure.merge_units(s, [a.id, b.id], "Sentrum barnehager", EFFECTIVE,
                                         leader_person_id=leader_b)
        merged = unit_in(s, v, "Sentrum barnehager")
        assert leaders_of(s, merged.id, EFFECTIVE) == {leader_b}  # the second unit's leader stays
        assert leaders_of(s, merged.id, EFFECTIVE - timedelta(days=1)) == {leader_a, leader_b}
        restructure.undo(s, change)
        assert leaders_of(s, unit_in(s, v, "Solsikken barnehage").id, EFFECTIVE) == {leader_a}


def test_a_unit_given_to_another_kommunalsjef_is_marked_on_the_chart(demo_db: Database) -> None:
    with demo_db.session() as s:
        project = reorganisation.create_project(s, "Omorganisering 2027")
        alt = reorganisation.add_alternative(s, project.id)
        brekka = unit_in(s, alt.id, "Brekka skole")
        old_lead = s.scalar(select(FollowUpLink.lead_person_id).where(FollowUpLink.unit_id == brekka.id,
                                                                      FollowUpLink.end_date.is_(None)))
        other = next(p for p in s.scalars(select(Person)) if p.full_name == "Inger Olsen")
        assert other.id != old_lead
        marks = reorganisation.chart_marks(s, alt.id, date(2026, 6, 1))
        assert brekka.id not in marks.marks  # same kommunalsjef: no mark
        for link in s.scalars(select(FollowUpLink).where(FollowUpLink.unit_id == brekka.id,
                                                         FollowUpLink.end_date.is_(None))):
            link.end_date = EFFECTIVE - timedelta(days=1)
        s.add(FollowUpLink(id=uuid.uuid4(), unit_id=brekka.id, lead_person_id=other.id, start_date=EFFECTIVE))
        s.flush()
        # seen before the date and after it, against the 0-alternative
        for on in (date(2026, 6, 1), date(2027, 3, 1)):
            marks = reorganisation.chart_marks(s, alt.id, on)
            assert marks.marks[brekka.id] == "follow_up"
            assert [u for u, m in marks.marks.items() if m == "follow_up"] == [brekka.id]
        # the 0-alternative compared with itself has no marks
        assert reorganisation.chart_marks(s, project.base_version_id, date(2026, 6, 1)).marks == {}
