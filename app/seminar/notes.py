"""«Samlingsnotat»: what a seminar session discussed and decided, with its action items.

A note is linked to the units, goals or scenario discussed; its action items become real
action items (``ActionItem``) of a «Ledersamling» meeting when the package is merged home
(``app.seminar.merge``)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import AppError
from db.models import SeminarAction, SeminarNote


@dataclass(frozen=True)
class ActionDraft:
    text: str
    owner: str = ""
    due: date | None = None
    unit_id: uuid.UUID | None = None


def write_note(session: Session, title: str, *, held_on: date | None = None, place: str = "", text: str = "",
               decisions: Sequence[str] = (), scenario_id: uuid.UUID | None = None,
               unit_ids: Sequence[uuid.UUID] = (), goal_ids: Sequence[uuid.UUID] = (),
               actions: Sequence[ActionDraft] = ()) -> SeminarNote:
    """Write a new samlingsnotat with its action items (one user action, the caller's transaction)."""
    if not title.strip():
        raise AppError("Samlingsnotatet må ha en tittel, for eksempel «Ledersamling juni, dag 1».")
    for number, action in enumerate(actions, start=1):
        if not action.text.strip():
            raise AppError(f"Oppfølgingspunkt {number} i samlingsnotatet har ingen tekst. Skriv hva som skal gjøres, "
                           "eller fjern punktet.")
    note = SeminarNote(title=title.strip(), held_on=held_on, place=place.strip(), text=text,
                       decisions=[d.strip() for d in decisions if d.strip()], scenario_id=scenario_id,
                       unit_ids=[u.hex for u in unit_ids], goal_ids=[g.hex for g in goal_ids])
    session.add(note)
    session.flush()
    for number, action in enumerate(actions):
        session.add(SeminarAction(note_id=note.id, text=action.text.strip(), owner_text=action.owner.strip(),
                                  due_date=action.due, unit_id=action.unit_id, sort_order=number))
    session.flush()
    return note


def notes(session: Session) -> list[tuple[SeminarNote, list[SeminarAction]]]:
    """Every samlingsnotat, newest first, with its action items in order."""
    out = []
    for note in session.scalars(select(SeminarNote).order_by(SeminarNote.created_at.desc())):
        actions = list(session.scalars(select(SeminarAction).where(SeminarAction.note_id == note.id)
                                       .order_by(SeminarAction.sort_order)))
        out.append((note, actions))
    return out
