"""The monthly follow-up meeting note: open or create it, edit it, approve and lock it.

A note belongs to a unit (by lineage, so it follows the unit through reorganisations) and a
month. Opening a note that can still be edited brings it up to date with what happened
since: open action items from earlier meetings are carried into it, and each goal of the
leader's current agreements gets a status row that starts from the last meeting's status.

Action items are copied from meeting to meeting; each copy points at the one it was carried
from. The *live* row of an item is the newest copy (no row is carried from it); the item is
open while its live row has no ``done_on``. Rows in earlier notes keep the state they had at
that meeting, so an approved note still reads as it was agreed.

Every function that changes data is one user action; the ones the GUI can undo return what
the revert needs. The ones an editor calls take ``expected_version``, the version of the row
the editor loaded (``MeetingNote.version``, ``GoalLine.version``, ``ItemLine.version``), and
refuse with ``app.storage.conflicts.ConflictError`` when someone else has changed it since.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, and_, exists, select, tuple_
from sqlalchemy.orm import Session, aliased

from app.agreements.people import unit_leader, unit_superior
from app.agreements.rules import category_title, definition
from app.budget.views import UnitFigures, unit_figures
from app.errors import AppError
from app.formatting import month_name
from app.org.queries import current_version
from app.scorecard.forecast import ForecastValue, forecast_of
from app.storage.conflicts import Subject, check_version, flush_checked
from db.models import (
    ActionItem,
    Agreement,
    AgreementStatus,
    Goal,
    GoalStatus,
    Meeting,
    MeetingGoalStatus,
    MeetingStatus,
    Person,
    Unit,
)
from db.rows import get_or_gone

# The note's free-text parts, in the order they are written and printed.
SECTION_KEYS = (
    "agenda", "leader_account", "superior_view", "budget_comment", "measures", "other", "needs", "decisions",
)
REOPEN_LOG = "reopened"  # sections[REOPEN_LOG]: [{"on", "by", "reason"}], newest last
EDITABLE_STATUSES = (MeetingStatus.PLANNED, MeetingStatus.HELD)


@dataclass(frozen=True)
class GoalLine:
    goal_id: uuid.UUID
    agreement_title: str
    category: str
    number: str
    text: str
    indicator: str
    status: str | None  # GoalStatus value; None: not set in this meeting
    comment: str
    previous_status: str | None
    previous_comment: str
    version: int = 0  # of this meeting's status row for the goal; 0: none yet


@dataclass(frozen=True)
class ItemLine:
    id: uuid.UUID
    text: str
    owner_id: uuid.UUID | None
    owner: str
    due_date: date | None
    done_on: date | None
    carried: bool  # brought from an earlier meeting
    first_raised: tuple[int, int]  # (year, month) of the meeting where it was first written
    live: bool  # the newest copy: marking it done closes the item
    version: int = 0


@dataclass(frozen=True)
class Participant:
    id: uuid.UUID
    name: str
    title: str


@dataclass(frozen=True)
class MeetingNote:
    id: uuid.UUID
    version: int
    unit_lineage_id: uuid.UUID | None
    unit: str
    year: int
    month: int
    meeting_date: date | None
    status: str
    leader: Participant | None
    superior: Participant | None
    sections: dict[str, str]
    approved_by_leader_on: date | None
    approved_by_superior_on: date | None
    locked: bool
    confidential: bool
    reopened: list[dict[str, str]]
    goals: list[GoalLine]
    items: list[ItemLine]
    figures: UnitFigures | None
    municipality: str = ""
    agreements: list[str] = field(default_factory=list)
    forecast: ForecastValue | None = None  # the unit leader's årsprognose given in this meeting

    @property
    def editable(self) -> bool:
        return not self.locked


def full_name(person: Person | None) -> str:
    return f"{person.given_name} {person.family_name}" if person else ""


def _participant(person: Person | None) -> Participant | None:
    return Participant(person.id, full_name(person), person.title) if person else None


def _meeting(session: Session, meeting_id: uuid.UUID) -> Meeting:
    return get_or_gone(session, Meeting, meeting_id, AppError(
        "Møtet finnes ikke lenger. Det kan være slettet; last inn oversikten på nytt."
    ))


def _ensure_editable(meeting: Meeting) -> None:
    if meeting.locked:
        raise AppError("Referatet er godkjent av begge og låst. Velg «Åpne referatet igjen» "
                       "og skriv hvorfor, om noe må rettes.")


def reference_day(year: int, month: int, meeting_date: date | None = None) -> date:
    """The day the org data is read for: the meeting's date, else the middle of the month."""
    return meeting_date or date(year, month, 15)


def is_approved(meeting: Meeting) -> bool:
    """Approved by at least one party (or locked): the note's participants are then fixed."""
    return meeting.locked or meeting.approved_by_leader_on is not None or meeting.approved_by_superior_on is not None


def holders_on(session: Session, meeting: Meeting) -> tuple[Person | None, Person | None]:
    """The leader and superior who held the positions on the meeting's day (mid-month when not set)."""
    unit = meeting.unit or (_current_unit(session, meeting.unit_lineage_id) if meeting.unit_lineage_id else None)
    if unit is None:
        return meeting.leader, meeting.superior
    on = reference_day(meeting.year, meeting.month, meeting.meeting_date)
    leader = unit_leader(session, unit, on)
    return leader, unit_superior(session, unit, on, leader)


def participants(session: Session, meeting: Meeting) -> tuple[Person | None, Person | None]:
    """Who the note is with: the names it was approved with once approved; before that, who held
    the leader's and the superior's positions on the meeting's day."""
    if is_approved(meeting):
        return meeting.leader, meeting.superior
    return holders_on(session, meeting)


def _store_participants(session: Session, meeting: Meeting) -> None:
    """Write who held the positions on the day into the note, unless it is approved."""
    if is_approved(meeting):
        return
    leader, superior = holders_on(session, meeting)
    leader_id, superior_id = (leader.id if leader else None), (superior.id if superior else None)
    if (meeting.leader_id, meeting.superior_id) != (leader_id, superior_id):
        meeting.leader_id, meeting.superior_id = leader_id, superior_id
        session.flush()
        session.expire(meeting, ["leader", "superior"])


def _current_unit(session: Session, lineage_id: uuid.UUID) -> Unit | None:
    version = current_version(session)
    if version is None:
        return None
    return session.scalars(select(Unit).where(Unit.org_version_id == version.id,
                                              Unit.lineage_id == lineage_id)).first()


RANK = {MeetingStatus.HELD: 4, MeetingStatus.PLANNED: 3, MeetingStatus.POSTPONED: 2, MeetingStatus.CANCELLED: 1}


def find_meeting(session: Session, unit_lineage_id: uuid.UUID, year: int, month: int) -> Meeting | None:
    """The meeting that stands for the month: a held one before a planned one, and so on."""
    meetings = session.scalars(select(Meeting).where(
        Meeting.unit_lineage_id == unit_lineage_id, Meeting.year == year, Meeting.month == month)).all()
    if not meetings:
        return None
    return max(meetings, key=lambda m: (RANK[m.status], m.meeting_date or date.min, m.created_at))


def open_meeting(session: Session, unit_lineage_id: uuid.UUID, year: int, month: int, today: date) -> uuid.UUID:
    """The month's meeting for the unit, created (as planned) if there is none; brought up to date."""
    if not 1 <= month <= 12:
        raise AppError(f"Måned {month} finnes ikke. Velg en måned fra 1 til 12.")
    meeting = find_meeting(session, unit_lineage_id, year, month)
    if meeting is None:
        unit = _current_unit(session, unit_lineage_id)
        if unit is None:
            raise AppError("Enheten finnes ikke i gjeldende organisasjon, så det kan ikke lages et nytt møte for den.")
        day = today if (today.year, today.month) == (year, month) else None
        on = reference_day(year, month, day)
        leader = unit_leader(session, unit, on)
        superior = unit_superior(session, unit, on, leader)
        meeting = Meeting(unit_id=unit.id, unit_lineage_id=unit.lineage_id, year=year, month=month,
                          meeting_date=day, status=MeetingStatus.PLANNED, sections={}, confidential=True,
                          leader_id=leader.id if leader else None, superior_id=superior.id if superior else None)
        session.add(meeting)
        session.flush()
    bring_up_to_date(session, meeting)
    return meeting.id


def bring_up_to_date(session: Session, meeting: Meeting) -> None:
    """Carry open items, start goal statuses and name who held the positions on the meeting's day,
    if the note can still be edited."""
    if meeting.locked or meeting.status not in EDITABLE_STATUSES or meeting.unit_lineage_id is None:
        return
    _store_participants(session, meeting)
    _carry_open_items(session, meeting)
    _start_goal_statuses(session, meeting)


def _earlier(meeting: Meeting) -> ColumnElement[bool]:
    """A condition on ``Meeting``: same unit, an earlier month (or the same month, earlier day)."""
    return and_(
        Meeting.unit_lineage_id == meeting.unit_lineage_id,
        Meeting.id != meeting.id,
        tuple_(Meeting.year, Meeting.month) <= (meeting.year, meeting.month),
    )


def _is_before(other: Meeting, meeting: Meeting) -> bool:
    key = (other.year, other.month, other.meeting_date or date(other.year, other.month, 28), other.created_at)
    return key < (meeting.year, meeting.month, meeting.meeting_date or date(meeting.year, meeting.month, 28),
                  meeting.created_at)


def live_condition() -> ColumnElement[bool]:
    """A condition on ``ActionItem``: this row is the newest copy of its item."""
    later = aliased(ActionItem)
    return ~exists().where(later.carried_from_id == ActionItem.id)


def _carry_open_items(session: Session, meeting: Meeting) -> None:
    rows = session.execute(
        select(ActionItem, Meeting).join(Meeting, Meeting.id == ActionItem.meeting_id)
        .where(_earlier(meeting), ActionItem.done_on.is_(None), live_condition())
        .order_by(Meeting.year, Meeting.month, ActionItem.sort_order)
    ).all()
    order = max((i.sort_order for i in meeting.action_items), default=-1) + 1
    for item, source in rows:
        if not _is_before(source, meeting):
            continue
        meeting.action_items.append(ActionItem(
            text=item.text, owner_id=item.owner_id, owner_text=item.owner_text, due_date=item.due_date,
            carried_from_id=item.id, sort_order=order,
        ))
        order += 1
    session.flush()


def current_agreements(session: Session, unit_lineage_id: uuid.UUID, on: date) -> list[Agreement]:
    """The unit's agreements in force on a day (not replaced by a revision), signed ones first."""
    rows = session.scalars(select(Agreement).where(
        Agreement.unit_lineage_id == unit_lineage_id, Agreement.period_start <= on, Agreement.period_end >= on,
        Agreement.status != AgreementStatus.SUPERSEDED,
    )).all()
    signed = (AgreementStatus.SIGNED, AgreementStatus.EVALUATED)
    return sorted(rows, key=lambda a: (a.status not in signed, a.kind.value, a.title))


def _previous_statuses(session: Session, meeting: Meeting) -> dict[uuid.UUID, MeetingGoalStatus]:
    """Each goal's status in the latest earlier meeting that set it (following carried goals)."""
    rows = session.execute(
        select(MeetingGoalStatus, Meeting).join(Meeting, Meeting.id == MeetingGoalStatus.meeting_id)
        .where(_earlier(meeting))
    ).all()
    best: dict[uuid.UUID, tuple[Any, MeetingGoalStatus]] = {}
    for status, source in rows:
        if not _is_before(source, meeting):
            continue
        key = (source.year, source.month, source.meeting_date or date.min, source.created_at)
        if status.goal_id not in best or key > best[status.goal_id][0]:
            best[status.goal_id] = (key, status)
    return {goal_id: status for goal_id, (_key, status) in best.items()}


def _goals(session: Session, meeting: Meeting) -> list[tuple[Agreement, Goal]]:
    """The goals of the agreements in force on the meeting's day with the leader the note is with
    (who held the position that day; the approved name once approved): a predecessor's agreement
    that still runs is not this leader's, and its goals are not followed up with them."""
    if meeting.unit_lineage_id is None:
        return []
    on = reference_day(meeting.year, meeting.month, meeting.meeting_date)
    leader, _superior = participants(session, meeting)
    result: list[tuple[Agreement, Goal]] = []
    for agreement in current_agreements(session, meeting.unit_lineage_id, on):
        if leader is not None and agreement.leader_id is not None and agreement.leader_id != leader.id:
            continue
        result.extend((agreement, g) for g in sorted(agreement.goals, key=lambda g: (g.category, g.sort_order)))
    return result


def _start_goal_statuses(session: Session, meeting: Meeting) -> None:
    have = {s.goal_id for s in meeting.goal_statuses}
    goals = [g for _a, g in _goals(session, meeting) if g.id not in have]
    if not goals:
        return
    previous = _previous_statuses(session, meeting)
    for goal in goals:
        before = previous.get(goal.id) or (previous.get(goal.carried_from_id) if goal.carried_from_id else None)
        if before is not None:
            meeting.goal_statuses.append(MeetingGoalStatus(goal_id=goal.id, status=before.status, comment=""))
    session.flush()


def _first_raised(session: Session, items: list[ActionItem]) -> dict[uuid.UUID, tuple[int, int]]:
    """Where each item's chain began: follow carried_from back to the first meeting."""
    result: dict[uuid.UUID, tuple[int, int]] = {}
    for item in items:
        cursor: ActionItem | None = item
        origin = item
        seen = 0
        while cursor is not None and seen < 200:
            origin = cursor
            cursor = session.get(ActionItem, cursor.carried_from_id) if cursor.carried_from_id else None
            seen += 1
        result[item.id] = (origin.meeting.year, origin.meeting.month)
    return result


def meeting_note(session: Session, meeting_id: uuid.UUID, *, with_figures: bool = True) -> MeetingNote:
    """Everything the note shows, as plain values."""
    meeting = _meeting(session, meeting_id)
    unit = meeting.unit or (_current_unit(session, meeting.unit_lineage_id) if meeting.unit_lineage_id else None)
    statuses = {s.goal_id: s for s in meeting.goal_statuses}
    previous = _previous_statuses(session, meeting)
    goals: list[GoalLine] = []
    titles: list[str] = []
    for agreement, goal in _goals(session, meeting):
        if agreement.title not in titles:
            titles.append(agreement.title)
        now = statuses.get(goal.id)
        before = previous.get(goal.id) or (previous.get(goal.carried_from_id) if goal.carried_from_id else None)
        goals.append(GoalLine(
            goal.id, agreement.title, category_title(definition(agreement), goal.category), goal.number, goal.text,
            goal.indicator, now.status.value if now else None, now.comment if now else "",
            before.status.value if before else None, before.comment if before else "",
            now.version if now else 0,
        ))
    live_ids = set(session.scalars(select(ActionItem.id).where(
        ActionItem.meeting_id == meeting.id, live_condition())))
    items = list(meeting.action_items)
    origins = _first_raised(session, items)
    lines = [ItemLine(
        i.id, i.text, i.owner_id, full_name(i.owner) or i.owner_text, i.due_date, i.done_on,
        i.carried_from_id is not None, origins[i.id], i.id in live_ids, i.version,
    ) for i in items]
    figures = None
    if with_figures and meeting.unit_lineage_id is not None:
        figures = unit_figures(session, meeting.unit_lineage_id, meeting.year, meeting.month)
    sections = {k: str(meeting.sections.get(k) or "") for k in SECTION_KEYS}
    muni = unit.org_version.municipality.name if unit is not None else ""
    leader, superior = participants(session, meeting)
    return MeetingNote(
        id=meeting.id, version=meeting.version, unit_lineage_id=meeting.unit_lineage_id,
        unit=unit.name if unit else "", year=meeting.year, month=meeting.month, meeting_date=meeting.meeting_date,
        status=meeting.status.value, leader=_participant(leader), superior=_participant(superior),
        sections=sections, approved_by_leader_on=meeting.approved_by_leader_on,
        approved_by_superior_on=meeting.approved_by_superior_on, locked=meeting.locked,
        confidential=meeting.confidential, reopened=list(meeting.sections.get(REOPEN_LOG) or []),
        goals=goals, items=lines, figures=figures, municipality=muni, agreements=titles,
        forecast=forecast_of(session, meeting.id),
    )


# --- editing -------------------------------------------------------------------------------


def set_section(session: Session, meeting_id: uuid.UUID, key: str, text: str, *,
                expected_version: int | None = None) -> str:
    """Save one free-text part of the note; returns the text it had (for undo).

    Text equal to what the note holds is no change, so it is never a conflict."""
    if key not in SECTION_KEYS:
        raise AppError(f"Referatet har ingen del som heter «{key}».")
    meeting = _meeting(session, meeting_id)
    _ensure_editable(meeting)
    old = str(meeting.sections.get(key) or "")
    if old != text:
        check_version(meeting, expected_version)
        meeting.sections = {**meeting.sections, key: text}
        flush_checked(session)
    return old


def set_details(session: Session, meeting_id: uuid.UUID, *, meeting_date: date | None = None,
                status: str | None = None, clear_date: bool = False,
                expected_version: int | None = None, today: date | None = None) -> dict[str, Any]:
    """Change the date and/or status; returns the old values as keyword arguments for undo.

    With ``today`` a meeting dated after today cannot be «Holdt» (undo passes none: it puts back
    what was)."""
    meeting = _meeting(session, meeting_id)
    _ensure_editable(meeting)
    check_version(meeting, expected_version, text_kept=False)
    old: dict[str, Any] = {"meeting_date": meeting.meeting_date, "status": meeting.status.value,
                           "clear_date": meeting.meeting_date is None}
    if clear_date:
        meeting.meeting_date = None
    elif meeting_date is not None:
        if (meeting_date.year, meeting_date.month) != (meeting.year, meeting.month):
            raise AppError(f"Datoen {meeting_date:%d.%m.%Y} ligger ikke i {month_name(meeting.month)} "
                           f"{meeting.year}. Et utsatt møte settes som «Utsatt» her og lages på nytt i måneden "
                           "det blir holdt.")
        meeting.meeting_date = meeting_date
    if status is not None:
        try:
            meeting.status = MeetingStatus(status)
        except ValueError as exc:
            raise AppError(f"Ukjent møtestatus «{status}».") from exc
    if (today is not None and meeting.status == MeetingStatus.HELD and meeting.meeting_date is not None
            and meeting.meeting_date > today):
        raise AppError(f"Møtet er satt til {meeting.meeting_date:%d.%m.%Y}, som ikke har vært ennå, så det kan "
                       "ikke stå som «Holdt». La det stå som «Planlagt» til møtet er holdt, eller rett datoen.")
    flush_checked(session)
    bring_up_to_date(session, meeting)
    return old


def _status_row(meeting: Meeting, goal_id: uuid.UUID) -> MeetingGoalStatus | None:
    return next((s for s in meeting.goal_statuses if s.goal_id == goal_id), None)


def set_goal_status(session: Session, meeting_id: uuid.UUID, goal_id: uuid.UUID, status: str | None,
                    comment: str, *, expected_version: int | None = None) -> tuple[str | None, str]:
    """Set (or clear, with ``status=None``) a goal's status in this meeting; returns the old pair.

    ``expected_version`` is the status row's (0: the editor saw none)."""
    meeting = _meeting(session, meeting_id)
    _ensure_editable(meeting)
    row = _status_row(meeting, goal_id)
    old = (row.status.value if row else None, row.comment if row else "")
    if (status, comment) == old:
        return old  # nothing to change: never a conflict
    goal = session.get(Goal, goal_id)
    subject = Subject(f"Statusen for målet «{' '.join((goal.text if goal else '').split())[:60]}»")
    check_version(row, expected_version, subject=subject)
    if status is None:
        if row is not None:
            meeting.goal_statuses.remove(row)
            session.delete(row)
        return old
    try:
        value = GoalStatus(status)
    except ValueError as exc:
        raise AppError(f"Ukjent målstatus «{status}».") from exc
    if row is None:
        if goal is None:
            raise AppError("Målet finnes ikke lenger i avtalen.")
        meeting.goal_statuses.append(MeetingGoalStatus(goal_id=goal_id, status=value, comment=comment))
    else:
        row.status, row.comment = value, comment
    flush_checked(session)
    return old


def _item(session: Session, item_id: uuid.UUID) -> ActionItem:
    return get_or_gone(session, ActionItem, item_id, AppError("Oppfølgingspunktet finnes ikke lenger."))


def add_action_item(session: Session, meeting_id: uuid.UUID, text: str, *, owner_id: uuid.UUID | None = None,
                    owner_text: str = "", due_date: date | None = None, item_id: uuid.UUID | None = None
                    ) -> uuid.UUID:
    """A new action item in this meeting; ``item_id`` lets an undone add come back as itself."""
    meeting = _meeting(session, meeting_id)
    _ensure_editable(meeting)
    text = text.strip()
    if not text:
        raise AppError("Skriv hva som skal gjøres før du legger til oppfølgingspunktet.")
    order = max((i.sort_order for i in meeting.action_items), default=-1) + 1
    item = ActionItem(text=text, owner_id=owner_id, owner_text=owner_text.strip(), due_date=due_date,
                      sort_order=order)
    if item_id is not None:
        item.id = item_id
    meeting.action_items.append(item)
    session.flush()
    return item.id


ITEM_FIELDS = ("text", "owner_id", "owner_text", "due_date")


def update_action_item(session: Session, item_id: uuid.UUID, *, expected_version: int | None = None,
                       **changes: Any) -> dict[str, Any]:
    """Change an item's text, owner or due date; returns the old values."""
    item = _item(session, item_id)
    _ensure_editable(item.meeting)
    unknown = set(changes) - set(ITEM_FIELDS)
    if unknown:
        raise AppError(f"Et oppfølgingspunkt har ikke feltet «{sorted(unknown)[0]}».")
    if "text" in changes and not str(changes["text"]).strip():
        raise AppError("Et oppfølgingspunkt må si hva som skal gjøres; teksten kan ikke være tom.")
    old = {k: getattr(item, k) for k in changes}
    new = {k: v.strip() if isinstance(v, str) else v for k, v in changes.items()}
    if any(old[k] != v for k, v in new.items()):
        check_version(item, expected_version)
        for key, value in new.items():
            setattr(item, key, value)
        flush_checked(session)
    return old


def remove_action_item(session: Session, item_id: uuid.UUID) -> dict[str, Any]:
    """Remove an item from this meeting; returns what ``add_action_item`` needs to bring it back."""
    item = _item(session, item_id)
    meeting = item.meeting
    _ensure_editable(meeting)
    if session.scalar(select(ActionItem.id).where(ActionItem.carried_from_id == item.id).limit(1)):
        raise AppError("Punktet er allerede tatt med i et senere møte. Merk det som utført der i stedet.")
    snapshot = {"meeting_id": meeting.id, "text": item.text, "owner_id": item.owner_id,
                "owner_text": item.owner_text, "due_date": item.due_date, "item_id": item.id,
                "carried_from_id": item.carried_from_id}
    meeting.action_items.remove(item)
    session.delete(item)
    return snapshot


def restore_action_item(session: Session, snapshot: dict[str, Any]) -> uuid.UUID:
    item_id = add_action_item(session, snapshot["meeting_id"], snapshot["text"], owner_id=snapshot["owner_id"],
                              owner_text=snapshot["owner_text"], due_date=snapshot["due_date"],
                              item_id=snapshot["item_id"])
    _item(session, item_id).carried_from_id = snapshot.get("carried_from_id")
    return item_id


def set_action_done(session: Session, item_id: uuid.UUID, done_on: date | None, *,
                    expected_version: int | None = None) -> date | None:
    """Mark an item done (or not); returns the old date.

    Allowed also in an approved note: whether the work is done is news after the meeting,
    not a change to what was agreed. Only the newest copy closes the item.
    """
    item = _item(session, item_id)
    if session.scalar(select(ActionItem.id).where(ActionItem.carried_from_id == item.id).limit(1)):
        raise AppError("Punktet er tatt med videre til et senere møte. Merk det som utført i det nyeste møtet.")
    old = item.done_on
    if old != done_on:
        check_version(item, expected_version, text_kept=False)
        item.done_on = done_on
        flush_checked(session)
    return old


# --- approval, lock and reopening ----------------------------------------------------------


PARTIES = ("leader", "superior")


def approve(session: Session, meeting_id: uuid.UUID, party: str, on: date, *,
            expected_version: int | None = None) -> bool:
    """One party approves the note; when both have, it locks. Returns whether it is now locked.

    With ``expected_version`` a note changed by someone else since it was loaded is not approved:
    nobody approves text they have not seen."""
    if party not in PARTIES:
        raise AppError(f"Ukjent part «{party}»: bare leder og overordnet godkjenner referatet.")
    meeting = _meeting(session, meeting_id)
    _ensure_editable(meeting)
    check_version(meeting, expected_version, text_kept=False)
    if meeting.status != MeetingStatus.HELD:
        raise AppError("Bare referatet fra et holdt møte kan godkjennes. Sett status til «Holdt» først.")
    if meeting.meeting_date is not None and meeting.meeting_date > on:
        raise AppError(f"Møtet er satt til {meeting.meeting_date:%d.%m.%Y}, som ikke har vært ennå. Referatet kan "
                       "godkjennes fra møtedagen.")
    _store_participants(session, meeting)  # the names approved are the ones the note is kept with
    if party == "leader":
        meeting.approved_by_leader_on = on
    else:
        meeting.approved_by_superior_on = on
    meeting.locked = meeting.approved_by_leader_on is not None and meeting.approved_by_superior_on is not None
    flush_checked(session)
    return meeting.locked


def reopen(session: Session, meeting_id: uuid.UUID, reason: str, on: date) -> None:
    """Unlock an approved note. Both approvals are cleared and the reason is kept in the note;
    the audit log records who did it."""
    meeting = _meeting(session, meeting_id)
    if not meeting.locked:
        raise AppError("Referatet er ikke låst, så det trenger ikke åpnes igjen.")
    reason = reason.strip()
    if not reason:
        raise AppError("Skriv hvorfor referatet åpnes igjen; begrunnelsen blir stående i referatet.")
    log = list(meeting.sections.get(REOPEN_LOG) or [])
    log.append({"on": on.isoformat(), "by": str(session.info.get("user") or ""), "reason": reason})
    meeting.sections = {**meeting.sections, REOPEN_LOG: log}
    meeting.locked = False
    meeting.approved_by_leader_on = None
    meeting.approved_by_superior_on = None
    session.flush()
    bring_up_to_date(session, meeting)
