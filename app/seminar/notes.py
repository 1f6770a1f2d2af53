"""«Samlingsnotat»: what a seminar session discussed and decided, with its action items.

A note is linked to the units, goals or scenario discussed; its action items become real
action items (``ActionItem``) of a «Ledersamling» meeting when the package is merged home
(``app.seminar.merge``).

Each user action is one function here, in the caller's one transaction, written through the
ORM so the audit log records every row: write, list, open for editing, save the edits, delete.
An action item keeps its row (and id) when the note is edited, so a package's edits merge home
as changes, not as a new item; one that has already become a real action item stays one when
its note is edited or deleted (it is follow-up work of its own by then)."""

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
    id: uuid.UUID | None = None  # the action item being edited; None for a new one


@dataclass(frozen=True)
class NoteSummary:
    """One line of Fil → Samlingsnotater."""

    id: uuid.UUID
    held_on: date | None
    title: str
    place: str
    units: list[str]
    scenario: str
    decisions: int
    actions: int
    followed_up: int  # action items that have become real action items (merged home)
    goals: int = 0  # agreement goals the note is linked to (those still in the file)


@dataclass(frozen=True)
class NoteDetail:
    """A samlingsnotat as its dialog edits it."""

    id: uuid.UUID
    title: str
    held_on: date | None
    place: str
    text: str
    decisions: list[str]
    scenario_id: uuid.UUID | None
    unit_ids: list[uuid.UUID]
    goal_ids: list[uuid.UUID]
    actions: list[ActionDraft]


def _check(title: str, actions: Sequence[ActionDraft]) -> None:
    if not title.strip():
        raise AppError("Samlingsnotatet må ha en tittel, for eksempel «Ledersamling juni, dag 1».")
    for number, action in enumerate(actions, start=1):
        if not action.text.strip():
            raise AppError(f"Oppfølgingspunkt {number} i samlingsnotatet har ingen tekst. Skriv hva som skal gjøres, "
                           "eller fjern punktet.")


def _hexes(ids: Sequence[uuid.UUID]) -> list[str]:
    """The ids as stored (hex), each once, in order."""
    return list(dict.fromkeys(i.hex for i in ids))


def write_note(session: Session, title: str, *, held_on: date | None = None, place: str = "", text: str = "",
               decisions: Sequence[str] = (), scenario_id: uuid.UUID | None = None,
               unit_ids: Sequence[uuid.UUID] = (), goal_ids: Sequence[uuid.UUID] = (),
               actions: Sequence[ActionDraft] = ()) -> SeminarNote:
    """Write a new samlingsnotat with its action items (one user action, the caller's transaction)."""
    _check(title, actions)
    note = SeminarNote(title=title.strip(), held_on=held_on, place=place.strip(), text=text,
                       decisions=[d.strip() for d in decisions if d.strip()], scenario_id=scenario_id,
                       unit_ids=[u.hex for u in unit_ids], goal_ids=_hexes(goal_ids))
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


def _uuids(values: Sequence[object] | None) -> list[uuid.UUID]:
    out = []
    for value in values or []:
        try:
            out.append(value if isinstance(value, uuid.UUID) else uuid.UUID(str(value)))
        except ValueError:
            continue
    return out


def _note(session: Session, note_id: uuid.UUID) -> SeminarNote:
    note = session.get(SeminarNote, note_id)
    if note is None:
        raise AppError("Samlingsnotatet finnes ikke lenger; det kan være slettet i et annet vindu. Lukk listen og "
                       "åpne Samlingsnotater på nytt.")
    return note


def _actions(session: Session, note_id: uuid.UUID) -> list[SeminarAction]:
    return list(session.scalars(select(SeminarAction).where(SeminarAction.note_id == note_id)
                                .order_by(SeminarAction.sort_order, SeminarAction.created_at)))


def note_summaries(session: Session) -> list[NoteSummary]:
    """Fil → Samlingsnotater: every samlingsnotat, the latest session first, with what it is
    linked to (units by name, the scenario, how many goals) and how many decisions and action items it has."""
    from db.models import Goal, OrgVersion, Unit

    notes = list(session.scalars(select(SeminarNote)))
    actions: dict[uuid.UUID, list[SeminarAction]] = {}
    for action in session.scalars(select(SeminarAction)):
        actions.setdefault(action.note_id, []).append(action)
    unit_ids = {u for note in notes for u in _uuids(note.unit_ids)}
    unit_names: dict[uuid.UUID, str] = {
        r.id: r.name for r in session.execute(select(Unit.id, Unit.name).where(Unit.id.in_(unit_ids)))}
    scenario_ids = {n.scenario_id for n in notes if n.scenario_id is not None}
    scenario_names: dict[uuid.UUID, str] = {r.id: r.name for r in session.execute(
        select(OrgVersion.id, OrgVersion.name).where(OrgVersion.id.in_(scenario_ids)))}
    goal_ids = {g for note in notes for g in _uuids(note.goal_ids)}
    goals = set(session.scalars(select(Goal.id).where(Goal.id.in_(goal_ids)))) if goal_ids else set()
    out = [NoteSummary(
        id=note.id, held_on=note.held_on, title=note.title, place=note.place,
        units=sorted(unit_names[u] for u in _uuids(note.unit_ids) if u in unit_names),
        scenario=scenario_names.get(note.scenario_id, "") if note.scenario_id else "",
        decisions=len(note.decisions or []), actions=len(actions.get(note.id, [])),
        followed_up=sum(1 for a in actions.get(note.id, []) if a.action_item_id is not None),
        goals=len(set(_uuids(note.goal_ids)) & goals),
    ) for note in notes]
    created = {n.id: n.created_at for n in notes}
    out.sort(key=lambda s: (s.held_on or date.min, created[s.id]), reverse=True)
    return out


def note_detail(session: Session, note_id: uuid.UUID) -> NoteDetail:
    """The samlingsnotat as its dialog opens it for editing."""
    note = _note(session, note_id)
    return NoteDetail(
        id=note.id, title=note.title, held_on=note.held_on, place=note.place, text=note.text,
        decisions=[str(d) for d in note.decisions or []], scenario_id=note.scenario_id,
        unit_ids=_uuids(note.unit_ids), goal_ids=_uuids(note.goal_ids),
        actions=[ActionDraft(a.text, a.owner_text, a.due_date, a.unit_id, a.id) for a in _actions(session, note.id)])


def update_note(session: Session, note_id: uuid.UUID, title: str, *, held_on: date | None = None, place: str = "",
                text: str = "", decisions: Sequence[str] = (), scenario_id: uuid.UUID | None = None,
                unit_ids: Sequence[uuid.UUID] = (), goal_ids: Sequence[uuid.UUID] | None = None,
                actions: Sequence[ActionDraft] = ()) -> SeminarNote:
    """Save the edited samlingsnotat (one user action, the caller's transaction).

    ``actions`` is the whole list as the dialog shows it: a draft with an ``id`` updates that
    action item (its row and id stay), one without is new, and the note's action items not in
    the list are deleted. ``goal_ids`` None keeps the note's goals as they are."""
    _check(title, actions)
    note = _note(session, note_id)
    note.title = title.strip()
    note.held_on = held_on
    note.place = place.strip()
    note.text = text
    note.decisions = [d.strip() for d in decisions if d.strip()]
    note.scenario_id = scenario_id
    note.unit_ids = [u.hex for u in unit_ids]
    if goal_ids is not None:
        note.goal_ids = _hexes(goal_ids)
    existing = {a.id: a for a in _actions(session, note.id)}
    kept: set[uuid.UUID] = set()
    for number, draft in enumerate(actions):
        row = existing.get(draft.id) if draft.id is not None else None
        if row is None:
            session.add(SeminarAction(note_id=note.id, text=draft.text.strip(), owner_text=draft.owner.strip(),
                                      due_date=draft.due, unit_id=draft.unit_id, sort_order=number))
            continue
        kept.add(row.id)
        for attr, value in (("text", draft.text.strip()), ("owner_text", draft.owner.strip()),
                            ("due_date", draft.due), ("unit_id", draft.unit_id), ("sort_order", number)):
            if getattr(row, attr) != value:  # only what changed: the audit log and a merge see just that
                setattr(row, attr, value)
    for action_id, row in existing.items():
        if action_id not in kept:
            session.delete(row)
    session.flush()
    return note


def delete_note(session: Session, note_id: uuid.UUID) -> str:
    """Delete the samlingsnotat and its action items (one user action); action items that
    have already become real action items stay in the follow-up. Returns the note's title."""
    note = _note(session, note_id)
    for action in _actions(session, note.id):
        session.delete(action)
    session.flush()
    title = note.title
    session.delete(note)
    session.flush()
    return title
