"""Imported budget, accounts and forecast sets: list, find, rename, delete."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from app.errors import AppError
from db.models import BudgetLine, BudgetSet
from db.rows import get_or_gone

MAX_NAME = 200  # BudgetSet.name's column width


@dataclass(frozen=True)
class SetRow:
    """One set as the Budsjett page and the ``budget`` commands list it."""

    id: uuid.UUID
    name: str
    kind: str
    year: int
    period_from: int
    period_to: int
    lines: int
    total_ore: int
    imported_at: datetime | None
    source_file_name: str
    source_hash: str = ""
    imported_by: str = ""
    description: str = ""


def list_sets(session: Session) -> list[SetRow]:
    """Every set, newest year first, with its line count and total (one grouped query)."""
    stats = {
        sid: (n, int(total))
        for sid, n, total in session.execute(
            select(BudgetLine.budget_set_id, func.count(), func.coalesce(func.sum(BudgetLine.amount_ore), 0))
            .group_by(BudgetLine.budget_set_id)
        )
    }
    return [
        SetRow(s.id, s.name, s.kind.value, s.year, s.period_from, s.period_to, *stats.get(s.id, (0, 0)),
               s.imported_at, s.source_file_name, s.source_hash, s.imported_by, s.description)
        for s in session.scalars(select(BudgetSet).order_by(BudgetSet.year.desc(), BudgetSet.name))
    ]


def _get(session: Session, set_id: uuid.UUID) -> BudgetSet:
    return get_or_gone(session, BudgetSet, set_id, AppError(
        "Settet finnes ikke lenger (kanskje slettet i et annet vindu). Oppdater listen."
    ))


def set_by_name(session: Session, name: str) -> BudgetSet:
    """The set with this name (exact, or ignoring case when only one matches)."""
    found = session.scalar(select(BudgetSet).where(BudgetSet.name == name))
    if found is None:
        matches = list(session.scalars(select(BudgetSet).where(func.lower(BudgetSet.name) == name.strip().lower())))
        found = matches[0] if len(matches) == 1 else None
    if found is None:
        names = list(session.scalars(select(BudgetSet.name).order_by(BudgetSet.year.desc(), BudgetSet.name)))
        known = ", ".join(f"«{n}»" for n in names) if names else "ingen (importer et først)"
        raise AppError(f"Finner ikke settet «{name}». Settene som finnes: {known}.")
    return found


def delete_set(session: Session, set_id: uuid.UUID) -> str:
    """Delete a set and all its lines; returns the set's name (for the message)."""
    budget_set = _get(session, set_id)
    name = budget_set.name
    # One statement for the lines: a 200,000-line set must not be loaded as objects to delete it.
    session.execute(delete(BudgetLine).where(BudgetLine.budget_set_id == set_id))
    session.execute(delete(BudgetSet).where(BudgetSet.id == set_id))
    session.expire_all()
    return name


def rename_set(session: Session, set_id: uuid.UUID, name: str) -> str:
    """Give a set a new name; returns the old one (for undo)."""
    budget_set = _get(session, set_id)
    new = " ".join(name.split())
    if not new:
        raise AppError("Settet må ha et navn. Skriv et navn, for eksempel «Regnskap 2026 per oktober».")
    if len(new) > MAX_NAME:
        raise AppError(f"Navnet er {len(new)} tegn; det kan være høyst {MAX_NAME}. Skriv et kortere navn.")
    other = session.scalar(select(BudgetSet.id).where(func.lower(BudgetSet.name) == new.lower(),
                                                      BudgetSet.id != set_id))
    if other is not None:
        raise AppError(f"Et annet sett heter allerede «{new}». Velg et annet navn.")
    old = budget_set.name
    budget_set.name = new
    session.flush()
    return old
