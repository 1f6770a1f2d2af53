"""Who an agreement is between: a unit's leader and the leader's superior on a day."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.formatting import format_date
from app.org.queries import HOLDING_ROLES, active, leader_person
from db.models import (
    Agreement,
    AgreementStatus,
    AgreementTemplate,
    FollowUpLink,
    Person,
    Position,
    PositionRole,
    Unit,
    UnitKind,
)


def full_name(person: Person | None) -> str:
    return person.full_name if person is not None else ""


def unit_leader(session: Session, unit: Unit, on: date) -> Person | None:
    """The unit's leader on a day (the rådmann for the administration); an acting leader when vacant.

    The one definition every output uses: ``app.org.queries.leaderships``."""
    return leader_person(session, unit, on)


def unit_superior(session: Session, unit: Unit, on: date, leader: Person | None = None) -> Person | None:
    """The kommunalsjef following the unit up on a day, else the rådmann (staff units)."""
    lead = session.scalar(
        select(Person)
        .join(FollowUpLink, FollowUpLink.lead_person_id == Person.id)
        .where(FollowUpLink.unit_id == unit.id, active(FollowUpLink.start_date, FollowUpLink.end_date, on))
        .order_by(FollowUpLink.start_date.desc())
        .limit(1)
    )
    if lead is not None and (leader is None or lead.id != leader.id):
        return lead
    if unit.kind == UnitKind.ADMINISTRATION:
        return None  # the rådmann answers to the elected council, not to a person in the register
    chief = session.scalar(
        select(Person)
        .join(Position, Position.person_id == Person.id)
        .join(Unit, Unit.id == Position.unit_id)
        .where(
            Unit.org_version_id == unit.org_version_id,
            Position.role == PositionRole.CHIEF_EXECUTIVE,
            active(Position.start_date, Position.end_date, on),
        )
        .limit(1)
    )
    if chief is not None and (leader is None or chief.id != leader.id):
        return chief
    return None


def leader_position_end(session: Session, unit_id: uuid.UUID | None, leader_id: uuid.UUID | None,
                        period_start: date, period_end: date) -> date | None:
    """The last day the agreement's leader holds a leading position in its unit, when that is
    before ``period_end``; None when the position runs on (or nothing is registered to say)."""
    if unit_id is None or leader_id is None:
        return None
    ends = session.execute(
        select(Position.end_date).where(
            Position.unit_id == unit_id, Position.person_id == leader_id,
            Position.role.in_(HOLDING_ROLES),
            Position.start_date <= period_end,
        )
    ).scalars().all()
    if not ends or any(end is None for end in ends):
        return None
    last = max(end for end in ends if end is not None)
    return last if last < period_end else None


def linked_leader_agreement(session: Session, agreement: Agreement, defn: dict[str, Any]) -> uuid.UUID | None:
    """A result agreement belongs to its leader's leader agreement for the unit in an overlapping period,
    if there is one: never to a predecessor's (a new leader has none until it is made)."""
    links_to = defn.get("links_to")
    if not links_to or agreement.unit_lineage_id is None or agreement.leader_id is None:
        return None
    return session.scalar(
        select(Agreement.id)
        .join(AgreementTemplate, AgreementTemplate.id == Agreement.template_id)
        .where(
            AgreementTemplate.key == links_to,
            Agreement.unit_lineage_id == agreement.unit_lineage_id,
            Agreement.leader_id == agreement.leader_id,
            Agreement.status != AgreementStatus.SUPERSEDED,
            Agreement.period_start <= agreement.period_end,
            Agreement.period_end >= agreement.period_start,
        )
        .order_by(Agreement.period_start.desc(), Agreement.revision.desc())
        .limit(1)
    )


def leader_agreement_text(linked: Agreement | None) -> str:
    """How a result agreement names its leader agreement: «Lederavtale – Brekka skole, 24.01.2026»."""
    if linked is None:
        return ""
    signed = linked.signed_by_superior_on or linked.signed_by_leader_on
    return f"{linked.title}, {format_date(signed)}" if signed else linked.title
