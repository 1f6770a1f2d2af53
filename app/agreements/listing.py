"""The list of agreements shown on the Avtaler page."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from db.models import Agreement, Goal, Person, Unit


@dataclass(frozen=True)
class AgreementRow:
    id: uuid.UUID
    title: str
    kind: str
    unit: str
    leader: str
    superior: str
    period_start: date
    period_end: date
    status: str
    revision: int
    goals: int


def _name(given: str | None, family: str | None) -> str:
    return f"{given or ''} {family or ''}".strip()


def list_agreements(session: Session, year: int | None = None) -> list[AgreementRow]:
    """Agreements (newest period first), optionally those whose period touches ``year``."""
    leader, superior = aliased(Person), aliased(Person)
    stmt = (
        select(Agreement, Unit.name, leader.given_name, leader.family_name, superior.given_name, superior.family_name)
        .outerjoin(Unit, Unit.id == Agreement.unit_id)
        .outerjoin(leader, leader.id == Agreement.leader_id)
        .outerjoin(superior, superior.id == Agreement.superior_id)
        .order_by(Agreement.period_start.desc(), Unit.name)
    )
    if year is not None:
        stmt = stmt.where(Agreement.period_start <= date(year, 12, 31), Agreement.period_end >= date(year, 1, 1))
    goal_counts = dict(session.execute(select(Goal.agreement_id, func.count()).group_by(Goal.agreement_id)).all())
    return [
        AgreementRow(
            a.id, a.title, a.kind.value, unit or "", _name(lg, lf), _name(sg, sf),
            a.period_start, a.period_end, a.status.value, a.revision, goal_counts.get(a.id, 0),
        )
        for a, unit, lg, lf, sg, sf in session.execute(stmt)
    ]
