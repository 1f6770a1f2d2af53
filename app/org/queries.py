"""Read-only views of the organisation as it stands on a given day."""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from db.models import FollowUpLink, OrgVersion, OrgVersionStatus, Person, Position, PositionRole, Unit, UnitAnsvar

LEADING_ROLES = (PositionRole.CHIEF_EXECUTIVE, PositionRole.LEADER)


def current_version(session: Session) -> OrgVersion | None:
    return session.scalar(select(OrgVersion).where(OrgVersion.status == OrgVersionStatus.CURRENT))


def _active(column_from, column_to, on: date):  # type: ignore[no-untyped-def]
    return (column_from <= on) & or_(column_to.is_(None), column_to >= on)


@dataclass
class UnitRow:
    """One unit with what the chart and the lists show about it on a day."""

    id: uuid.UUID
    parent_id: uuid.UUID | None
    code: str
    name: str
    kind: str
    sort_order: int
    fte: Decimal
    staff_count: int
    is_external: bool
    leader: str | None = None
    acting_leader: str | None = None
    follow_up_lead: str | None = None
    ansvar: list[str] = field(default_factory=list)

    @property
    def vacant(self) -> bool:
        return self.leader is None


def unit_rows(session: Session, version_id: uuid.UUID, on: date) -> list[UnitRow]:
    """All units of a version in tree order's raw material (parent ids, sort order), with
    leaders, acting leaders and follow-up leads as of ``on``. Four queries, whatever the size."""
    units = session.execute(
        select(Unit.id, Unit.parent_id, Unit.code, Unit.name, Unit.kind, Unit.sort_order, Unit.fte,
               Unit.staff_count, Unit.is_external)
        .where(Unit.org_version_id == version_id)
        .order_by(Unit.sort_order, Unit.name)
    ).all()
    rows = {u.id: UnitRow(u.id, u.parent_id, u.code, u.name, u.kind.value, u.sort_order, u.fte, u.staff_count,
                          u.is_external) for u in units}
    positions = session.execute(
        select(Position.unit_id, Position.role, Person.given_name, Person.family_name)
        .join(Person, Person.id == Position.person_id)
        .join(Unit, Unit.id == Position.unit_id)
        .where(Unit.org_version_id == version_id, _active(Position.start_date, Position.end_date, on))
        .order_by(Position.start_date)
    ).all()
    for unit_id, role, given, family in positions:
        name = f"{given} {family}"
        if role in LEADING_ROLES:
            rows[unit_id].leader = name
        elif role == PositionRole.ACTING_LEADER:
            rows[unit_id].acting_leader = name
    links = session.execute(
        select(FollowUpLink.unit_id, Person.given_name, Person.family_name)
        .join(Person, Person.id == FollowUpLink.lead_person_id)
        .join(Unit, Unit.id == FollowUpLink.unit_id)
        .where(Unit.org_version_id == version_id, _active(FollowUpLink.start_date, FollowUpLink.end_date, on))
    ).all()
    for unit_id, given, family in links:
        rows[unit_id].follow_up_lead = f"{given} {family}"
    codes: dict[uuid.UUID, list[str]] = defaultdict(list)
    for unit_id, code in session.execute(
        select(UnitAnsvar.unit_id, UnitAnsvar.code).join(Unit).where(Unit.org_version_id == version_id)
        .order_by(UnitAnsvar.code)
    ):
        codes[unit_id].append(code)
    for unit_id, unit_codes in codes.items():
        rows[unit_id].ansvar = unit_codes
    return list(rows.values())
