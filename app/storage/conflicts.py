"""Optimistic locking for editors: a save based on what the user saw is refused once the row has
moved on, with a message naming who changed it and when.

Each user action runs in its own transaction and reads the row afresh, so SQLAlchemy's version
check (``version_id_col``) alone only catches a race *inside* one transaction; a save based on
what the editor loaded minutes ago would silently win. So an editor passes the ``version`` it
loaded as ``expected_version``; the save function compares it with the row's version now
(``check_version``) and raises ``ConflictError`` naming who changed the row and when (the newest
audit entry of the row, else its ``updated_at``). The race between that check and the write
(another transaction commits in between) ends in SQLAlchemy's ``StaleDataError`` at the flush;
``flush_checked`` turns it into the same ``ConflictError``.

``expected_version=None`` (the default) means "do not check": the command line, imports, the
demo and older callers keep their behaviour. ``0`` means "the row did not exist when the editor
loaded" (a goal's status in a meeting, or an assessment, not yet set).

Functions that take ``expected_version`` (keyword only):

- ``app.agreements.detail``: ``update_values``, ``update_title``, ``set_confidential``;
  ``app.agreements.lifecycle``: ``send_to_discussion``, ``return_to_draft``, ``sign``, ``unsign``;
  ``app.agreements.evaluation``: ``finish_evaluation``, ``reopen_evaluation`` (the agreement row:
  ``AgreementDetail.version``); ``app.agreements.goals``: ``update_goal``, ``delete_goal`` (the
  goal row: ``GoalView.version``); ``app.agreements.evaluation.set_assessment`` (that assessor's
  assessment row: ``AssessmentView.version``, 0 when there is none).
- ``app.followup.meetings``: ``set_section``, ``set_details``, ``approve`` (the meeting row:
  ``MeetingNote.version``); ``set_goal_status`` (the goal's status row in the meeting:
  ``GoalLine.version``, 0 when there is none); ``update_action_item``, ``set_action_done`` (the
  item row: ``ItemLine.version``).

The version after a save, for the editor's next save, comes from ``version_now(session, key)``
called in the same transaction as the save, with the row's key: ``(table, id)``,
``("meeting_goal_status", meeting_id, goal_id)`` or ``("assessment", goal_id, "self"|"superior")``.
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, object_session
from sqlalchemy.orm.exc import StaleDataError

from app.errors import AppError
from app.formatting import format_moment, month_name
from db.base import Entity
from db.models import ActionItem, Agreement, Assessment, Assessor, Goal, Meeting, MeetingGoalStatus
from db.models.misc import AuditEntry

log = logging.getLogger(__name__)

_CHECKED = "conflict_checked"  # session.info key: the rows checked in this transaction, newest last


@dataclass(frozen=True)
class Subject:
    """What the message is about, as a sentence starts: «Avtalen for Sentrum skole», and the
    pronoun that refers back to it (den/det)."""

    text: str
    pronoun: str = "den"


class ConflictError(AppError):
    """Someone else changed the row after the user loaded it; the save was not made."""

    def __init__(self, subject: Subject, who: str, when: datetime | None, *, text_kept: bool = True) -> None:
        self.subject, self.who, self.when, self.text_kept = subject, who, when, text_kept
        super().__init__(conflict_message(subject, who, when, text_kept=text_kept))


def conflict_message(subject: Subject, who: str, when: datetime | None, *, text_kept: bool = True) -> str:
    by = f" av {who}" if who else " av en annen bruker"
    at = f" {format_moment(when)}" if when is not None else ""
    head = f"{subject.text} ble endret{by}{at}, etter at du åpnet {subject.pronoun}. Endringen din er ikke lagret."
    if text_kept:
        return (f"{head} Teksten din er tatt vare på: se over den nye versjonen, og legg inn teksten din på nytt "
                "om den fortsatt trengs.")
    return f"{head} Se over den nye versjonen og gjør endringen på nytt om den fortsatt trengs."


# --- what a row is called in the message ------------------------------------------------------


def _short(text: str, limit: int = 60) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def describe(obj: Entity) -> Subject:
    """The row as the message names it."""
    if isinstance(obj, Agreement):
        if obj.unit is not None:
            return Subject(f"Avtalen for {obj.unit.name}")
        return Subject(f"Avtalen «{_short(obj.title)}»")
    if isinstance(obj, Meeting):
        unit = f" for {obj.unit.name}" if obj.unit is not None else ""
        return Subject(f"Referatet fra {month_name(obj.month)} {obj.year}{unit}", "det")
    if isinstance(obj, Goal):
        return Subject(f"Målet «{_short(obj.text)}»" if obj.text.strip() else "Målet", "det")
    if isinstance(obj, MeetingGoalStatus):
        return Subject(f"Statusen for målet «{_short(obj.goal.text)}»" if obj.goal else "Statusen for målet")
    if isinstance(obj, ActionItem):
        return Subject(f"Oppfølgingspunktet «{_short(obj.text)}»", "det")
    if isinstance(obj, Assessment):
        return Subject(f"Vurderingen av målet «{_short(obj.goal.text)}»" if obj.goal else "Vurderingen")
    return Subject("Dette", "det")


# --- who changed it, and when -----------------------------------------------------------------


def last_change(session_or_bind: Any, table: str, row_id: uuid.UUID | str) -> tuple[str, datetime | None]:
    """(user name, time) of the newest audit entry of the row; ("", None) if it has none."""
    stmt = (select(AuditEntry.user_name, AuditEntry.at)
            .where(AuditEntry.table_name == table, AuditEntry.row_id == str(row_id))
            .order_by(AuditEntry.at.desc(), AuditEntry.created_at.desc()).limit(1))
    row = session_or_bind.execute(stmt).first()
    return (row[0] or "", row[1]) if row is not None else ("", None)


def conflict_for(session: Session, obj: Entity, subject: Subject | None = None, *,
                 text_kept: bool = True) -> ConflictError:
    who, when = last_change(session, obj.__tablename__, obj.id)
    if when is None:
        when = obj.updated_at  # no audit entry (written with the log switched off): at least when
    return ConflictError(subject or describe(obj), who, when, text_kept=text_kept)


def check_version(obj: Entity | None, expected_version: int | None, *, subject: Subject | None = None,
                  text_kept: bool = True, session: Session | None = None, table: str = "",
                  row_id: uuid.UUID | None = None) -> None:
    """Refuse the save with ``ConflictError`` if the row is not at the version the editor loaded.

    ``expected_version`` None: no check. 0: the editor saw no row (``obj`` must be None too).
    For a row that is gone (``obj`` None, ``expected_version`` > 0) give ``session``, ``table``
    and ``row_id`` so the message can say who removed it.
    """
    if obj is None:
        if expected_version is None or expected_version == 0:
            return
        who, when = last_change(session, table, row_id) if session is not None and row_id is not None else ("", None)
        raise ConflictError(subject or Subject("Dette", "det"), who, when, text_kept=text_kept)
    session = session or object_session(obj)
    if session is not None:
        # Remembered for a race lost at the flush, when the session can no longer be asked
        # (also without ``expected_version``: two saves of the same moment still race).
        session.info.setdefault(_CHECKED, []).append(
            (obj.__tablename__, obj.id, subject or describe(obj), text_kept))
    if expected_version is not None and obj.version != expected_version:
        assert session is not None
        raise conflict_for(session, obj, subject, text_kept=text_kept)


def flush_checked(session: Session) -> None:
    """Flush; a write that lost the race to another transaction becomes ``ConflictError``."""
    try:
        session.flush()
    except StaleDataError as exc:
        raise stale_conflict(session, exc) from exc


def stale_conflict(session: Session, exc: StaleDataError) -> ConflictError:
    """The ``ConflictError`` for a ``StaleDataError`` raised by this session's flush.

    The session's transaction is gone by then, so who won is read on a connection of its own
    (the winner has committed: that is why our UPDATE matched no row).
    """
    checked: list[tuple[str, uuid.UUID, Subject, bool]] = session.info.get(_CHECKED, [])
    message = str(exc)
    match = next((c for c in reversed(checked) if f"'{c[0]}'" in message), checked[-1] if checked else None)
    if match is None:
        return ConflictError(Subject("Dette", "det"), "", None, text_kept=True)
    table, row_id, subject, text_kept = match
    who, when = "", None
    bind = session.get_bind()
    try:
        with bind.engine.connect() as conn:  # a connection of its own: the session's is in a failed flush
            who, when = last_change(conn, table, row_id)
    except Exception:  # the refusal matters more than the name in it; the reason goes to the log
        log.warning("Fant ikke hvem som endret %s %s sist", table, row_id, exc_info=True)
    return ConflictError(subject, who, when, text_kept=text_kept)


_ROW_TYPES: dict[str, type[Entity]] = {
    cls.__tablename__: cls for cls in (Agreement, Goal, Assessment, Meeting, MeetingGoalStatus, ActionItem)
}


RowKey = tuple[Any, ...]


def version_now(session: Session, key: RowKey) -> int:
    """The version of the row ``key`` names, after flushing this transaction's changes; 0 if
    there is no such row. Keys: ``(table, id)``; ``("meeting_goal_status", meeting_id, goal_id)``;
    ``("assessment", goal_id, assessor)``."""
    flush_checked(session)
    obj: Entity | None
    if key[0] == "meeting_goal_status" and len(key) == 3:
        obj = session.scalar(select(MeetingGoalStatus).where(MeetingGoalStatus.meeting_id == key[1],
                                                             MeetingGoalStatus.goal_id == key[2]))
    elif key[0] == "assessment" and len(key) == 3:
        obj = session.scalar(select(Assessment).where(Assessment.goal_id == key[1],
                                                      Assessment.assessor == Assessor(key[2])))
    else:
        obj = session.get(_ROW_TYPES[key[0]], key[1])
    return obj.version if obj is not None else 0
