"""What needs attention today: the lines of the Oversikt dashboard.

Each line names one thing and carries what the GUI needs to open it: a meeting (and the
action item in it), a unit's month in the follow-up grid, an agreement, or a unit's budget.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.agreements.overview import AgreementFilter, list_agreements, missing_agreements
from app.budget.views import budget_vs_actual, latest_set
from app.errors import AppError
from app.followup.listing import year_grid
from app.followup.meetings import live_condition
from app.storage.stored_settings import read_setting, write_setting
from db.models import ActionItem, BudgetKind, Meeting, MeetingStatus, Person, Unit

DUE_SOON = timedelta(days=7)
THRESHOLD_KEY = "followup.deviation_threshold_pct"
DEFAULT_THRESHOLD_PCT = 5.0

# The kinds of line, in the order the dashboard shows them.
KINDS = ("action_overdue", "action_due", "no_meeting", "agreement_unsigned", "agreement_ending", "deviation")


@dataclass(frozen=True)
class AttentionLine:
    kind: str  # one of KINDS
    unit: str
    subject: str  # the action item's text, the leader's name, the agreement's title
    person: str = ""  # who owns the item / leads the unit
    day: date | None = None  # the due date, or the day the agreement ends
    amount: int | None = None  # the deviation in øre
    pct: float | None = None
    meeting_id: uuid.UUID | None = None
    source_id: uuid.UUID | None = None  # the action item or the agreement
    unit_lineage_id: uuid.UUID | None = None
    year: int | None = None
    month: int | None = None


@dataclass(frozen=True)
class Attention:
    today: date
    threshold_pct: float
    lines: list[AttentionLine]

    def of(self, kind: str) -> list[AttentionLine]:
        return [line for line in self.lines if line.kind == kind]


def load_threshold(session: Session) -> float:
    value = read_setting(session, THRESHOLD_KEY)
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else DEFAULT_THRESHOLD_PCT


def save_threshold(session: Session, pct: float) -> float:
    """Store the deviation threshold for everyone using the database; returns the old value."""
    if not 0 <= pct <= 100:
        raise AppError(f"Terskelen for budsjettavvik må være mellom 0 og 100 %, ikke {pct:g} %.")
    old = load_threshold(session)
    write_setting(session, THRESHOLD_KEY, pct)
    return old


def previous_month(today: date) -> tuple[int, int]:
    return (today.year, today.month - 1) if today.month > 1 else (today.year - 1, 12)


def _action_lines(session: Session, today: date) -> list[AttentionLine]:
    rows = session.execute(
        select(ActionItem.id, ActionItem.text, ActionItem.due_date, ActionItem.owner_text, Person.given_name,
               Person.family_name, Meeting.id, Meeting.unit_lineage_id, Meeting.year, Meeting.month, Unit.name)
        .join(Meeting, Meeting.id == ActionItem.meeting_id)
        .outerjoin(Unit, Unit.id == Meeting.unit_id)
        .outerjoin(Person, Person.id == ActionItem.owner_id)
        .where(ActionItem.done_on.is_(None), ActionItem.due_date.is_not(None),
               ActionItem.due_date <= today + DUE_SOON, live_condition())
        .order_by(ActionItem.due_date)
    ).all()
    lines = []
    for item_id, text, due, owner_text, given, family, meeting_id, lineage, year, month, unit in rows:
        owner = f"{given} {family}" if given else owner_text
        assert due is not None  # the query keeps only items due by a day
        lines.append(AttentionLine("action_overdue" if due < today else "action_due", unit or "", text, owner, due,
                                   meeting_id=meeting_id, source_id=item_id, unit_lineage_id=lineage,
                                   year=year, month=month))
    return lines


def _meeting_lines(session: Session, today: date) -> list[AttentionLine]:
    year, month = previous_month(today)
    lines = []
    for row in year_grid(session, year, today, month=month):
        if row.months[month - 1] == MeetingStatus.HELD.value or not row.leader:
            continue
        lines.append(AttentionLine("no_meeting", row.unit, row.leader, row.follow_up_lead,
                                   meeting_id=row.meeting_ids[month - 1], unit_lineage_id=row.unit_lineage_id,
                                   year=year, month=month))
    return lines


def _agreement_lines(session: Session, today: date) -> list[AttentionLine]:
    lines = []
    agreements = list_agreements(session, AgreementFilter(year=today.year, on=today))
    for a in agreements:
        if a.status in ("draft", "discussion") and a.period_start <= today + timedelta(days=60) \
                and a.period_end >= today:
            lines.append(AttentionLine("agreement_unsigned", a.unit, a.title, a.leader, a.period_start,
                                       source_id=a.id))
    ending = {r.unit_id: r for r in missing_agreements(session, today.year, today) if r.ends_on is not None}
    if ending:
        signed = [a for a in agreements
                  if a.unit_id in ending and a.status in ("signed", "evaluated") and a.period_end >= today]
        for a in sorted(signed, key=lambda a: a.period_end):
            lines.append(AttentionLine("agreement_ending", a.unit, a.title, a.leader, a.period_end, source_id=a.id))
    return lines


def _deviation_lines(session: Session, today: date, threshold_pct: float) -> list[AttentionLine]:
    budget = latest_set(session, BudgetKind.BUDSJETT, today.year)
    actual = latest_set(session, BudgetKind.REGNSKAP, today.year)
    if budget is None or actual is None or not actual.period_to:
        return []
    month = min(actual.period_to, 12)
    rows = budget_vs_actual(session, budget_set_id=budget.id, actual_set_id=actual.id, year_to_month=month,
                            by="unit", threshold_pct=threshold_pct)
    lineage = dict(session.execute(select(Unit.id, Unit.lineage_id).where(
        Unit.id.in_([r.unit_id for r in rows if r.unit_id is not None]))).all())
    lines = []
    for r in sorted(rows, key=lambda r: -abs(r.deviation_pct or 0)):
        if r.unmapped or not r.over_threshold or r.unit_id is None:
            continue
        lines.append(AttentionLine("deviation", r.name, r.name, amount=r.deviation_ytd_ore, pct=r.deviation_pct,
                                   source_id=r.unit_id, unit_lineage_id=lineage.get(r.unit_id),
                                   year=today.year, month=month))
    return lines


def attention(session: Session, today: date, *, threshold_pct: float | None = None) -> Attention:
    """Everything that needs attention on ``today``, grouped by kind in the order of KINDS."""
    pct = load_threshold(session) if threshold_pct is None else threshold_pct
    lines = (_action_lines(session, today) + _meeting_lines(session, today) + _agreement_lines(session, today)
             + _deviation_lines(session, today, pct))
    lines.sort(key=lambda line: KINDS.index(line.kind))
    return Attention(today, pct, lines)
