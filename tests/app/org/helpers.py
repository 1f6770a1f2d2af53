"""Look-ups the tests of app.org's edits share: units by name on the demo, children in tree order, leaders."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.org.queries import current_version, unit_rows
from db.models import Person, Position, PositionRole, Unit
from tests.conftest import DEMO_TODAY

TODAY = DEMO_TODAY


def unit(session: Session, name: str) -> Unit:
    version = current_version(session)
    return session.scalars(select(Unit).where(Unit.org_version_id == version.id, Unit.name == name)).one()


def child_names(session: Session, parent_name: str | None) -> list[str]:
    """Children in the order the tree and the chart show them (unit_rows: sort order, then name)."""
    version = current_version(session)
    rows = unit_rows(session, version.id, TODAY)
    parent_id = None if parent_name is None else next(r.id for r in rows if r.name == parent_name)
    return [r.name for r in rows if r.parent_id == parent_id]


def leader_position(session: Session, unit_name: str, on: date = TODAY) -> Position:
    u = unit(session, unit_name)
    return next(p for p in session.scalars(select(Position).where(Position.unit_id == u.id))
                if p.role == PositionRole.LEADER and p.start_date <= on and (p.end_date is None or p.end_date >= on))


def person_named(session: Session, full_name: str) -> Person:
    return next(p for p in session.scalars(select(Person)) if p.full_name == full_name)


def lead_of(session: Session, unit_name: str) -> Person:
    version = current_version(session)
    row = next(r for r in unit_rows(session, version.id, TODAY) if r.name == unit_name)
    return person_named(session, row.follow_up_lead)

