"""Who an agreement names (app.agreements.people): the leader, the superior and the leader agreement
a result agreement is linked to."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from app.agreements import lifecycle
from app.agreements.detail import agreement_detail
from app.storage.database import Database
from db.models import Agreement, FollowUpLink, Person, Position, PositionRole, Unit
from tests.app.agreements.helpers import Y, new_draft, template_id, unit
from tests.conftest import DEMO_TODAY


def test_a_staff_unit_without_a_follow_up_link_gets_the_radmann_as_superior(demo_db: Database) -> None:
    with demo_db.session() as s:
        staff = unit(s, "1100")
        for link in s.scalars(select(FollowUpLink).where(FollowUpLink.unit_id == staff.id)):
            s.delete(link)
        chief = s.scalar(select(Person).join(Position).where(Position.role == PositionRole.CHIEF_EXECUTIVE))
        a = lifecycle.create_agreement(s, template_id=template_id(s), unit_id=staff.id, period_start=date(Y, 1, 1),
                                       period_end=date(Y, 12, 31), on=DEMO_TODAY)
        assert a.superior_id == chief.id
        assert a.title == f"Resultatavtale {Y} – Økonomi"


def test_a_vacant_unit_gets_its_acting_leader_and_an_explicit_leader_wins(demo_db: Database) -> None:
    with demo_db.session() as s:
        acting = s.scalar(select(Person).join(Position).join(Unit).where(
            Unit.code == "2220", Position.role == PositionRole.ACTING_LEADER))
        a = lifecycle.create_agreement(s, template_id=template_id(s), unit_id=unit(s, "2220").id,
                                       period_start=date(Y, 1, 1), period_end=date(Y, 12, 31), on=DEMO_TODAY)
        assert a.leader_id == acting.id
        other = s.scalar(select(Person).where(Person.id != acting.id).limit(1))
        b = lifecycle.create_agreement(s, template_id=template_id(s), unit_id=unit(s, "2220").id,
                                       period_start=date(Y, 1, 1), period_end=date(Y, 12, 31), leader_id=other.id,
                                       title="  Egen tittel ")
        assert b.leader_id == other.id and b.values["leader"] == other.full_name and b.title == "Egen tittel"


def test_a_result_agreement_is_linked_to_the_units_leader_agreement(demo_db: Database) -> None:
    leader_id = new_draft(demo_db, key="kommune_lederavtale")
    with demo_db.session() as s:
        leader = s.get_one(Agreement, leader_id)
        assert leader.kind.value == "leader" and leader.title == f"Lederavtale {Y} – Haugtun skole"
        assert leader.values["area_of_work"] == unit(s, "2120").area_of_work
        assert leader.values["network"] == "Nettverk oppvekst"  # the school's leader network in the register
        lifecycle.sign(s, leader_id, place="Lindvik", leader_signed_on=date(Y, 1, 5), superior_signed_on=date(Y, 1, 6))
    result_id = new_draft(demo_db, key="kommune_resultatavtale")
    with demo_db.session() as s:
        result = s.get_one(Agreement, result_id)
        assert result.linked_agreement_id == leader_id
        assert result.values["leader_agreement"] == f"Lederavtale {Y} – Haugtun skole, 06.01.{Y}"
        assert agreement_detail(s, result_id).linked_agreement_title == f"Lederavtale {Y} – Haugtun skole"

