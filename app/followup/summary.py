"""The follow-up reports as plain data: the rådmann's monthly summary and the tertial report.

Both have one row per unit of the year grid (``listing.year_grid``) and a total. The monthly
summary says, per unit, how the month's meeting went (status, date, the goal statuses set in
it, the decisions), the unit's figures for the month and how many action items were overdue
at the month's end. The tertial report (T1 January–April, T2 May–August, T3 September–December)
counts the meetings held in the tertial, takes each goal's latest status at the tertial's end,
the budget to the tertial's last month and the action items still open.

Action items are judged «as of» a day: the month's (or tertial's) last day, or today if that
is earlier. An item counts when it had been written by then, was not done by then (its live
row's ``done_on`` is empty or later), and — for overdue — its due date, as it stood in the
newest meeting up to then, had passed.
"""

from __future__ import annotations

import calendar
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import Row, select
from sqlalchemy.orm import Session

from app.agreements.rules import category_title, definition
from app.budget.views import UnitFigures, deviation_pct, units_figures
from app.errors import AppError
from app.followup.listing import GridRow, year_grid
from app.followup.meetings import full_name, participants
from app.formatting import month_name
from app.scorecard.forecast import forecasts_by_meeting
from db.models import ActionItem, Agreement, Goal, Meeting, MeetingGoalStatus, MeetingStatus, Municipality

GOAL_STATUSES = ("on_track", "at_risk", "off_track")
GOAL_STATUS_WORDS = {"on_track": "på sporet", "at_risk": "risiko", "off_track": "ikke på sporet"}
MEETING_STATUS_WORDS = {"held": "holdt", "planned": "planlagt", "cancelled": "avlyst", "postponed": "utsatt",
                        "missing": "ikke holdt", "": ""}
TERTIALS = {1: (1, 4), 2: (5, 8), 3: (9, 12)}


def last_day(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def compared_budget(figures: UnitFigures) -> int:
    """The budget the deviation is measured against: the months the accounts cover."""
    if figures.actual_ytd is None or figures.deviation_ytd is None:
        return figures.budget_ytd
    return figures.actual_ytd - figures.deviation_ytd


def covered_through(figures: UnitFigures) -> int:
    """The last month the figures' accounts cover: the month asked for, or the accounts set's last
    month if that is earlier (0: no accounts). Never a month after the one the figures are for."""
    if figures.actual_ytd is None or not figures.actual_through:
        return 0
    return min(figures.month, figures.actual_through)


def accounts_period(through: int) -> str:
    """The period year-to-date accounts cover: «januar–april», «januar»; "" for none."""
    if not through:
        return ""
    return "januar" if through == 1 else f"januar–{month_name(through)}"


@dataclass(frozen=True)
class FigureRow:
    """One row of a meeting note's economy table: budget, accounts and deviation for the same months."""

    label: str
    budget: int
    actual: int | None
    deviation: int | None
    pct: float | None
    period: str = ""  # the months the row covers, for «Hittil i år»


def note_figure_rows(figures: UnitFigures) -> list[FigureRow]:
    """The month and the year so far, as the note shows them on screen and in the PDF.

    «Hittil i år» is budget and accounts for the same months (those the accounts cover, or the
    year to the note's month before there are accounts), and the deviation is measured against
    that budget: budget + deviation = accounts on every row."""
    f = figures
    through = covered_through(f) or f.month
    return [
        FigureRow(month_name(f.month).capitalize(), f.budget_month, f.actual_month, f.deviation_month,
                  f.deviation_month_pct),
        FigureRow(f"Hittil i år ({accounts_period(through)})", compared_budget(f), f.actual_ytd, f.deviation_ytd,
                  f.deviation_ytd_pct, accounts_period(through)),
    ]


@dataclass(frozen=True)
class GoalCounts:
    on_track: int = 0
    at_risk: int = 0
    off_track: int = 0

    @classmethod
    def of(cls, statuses: Iterable[str]) -> GoalCounts:
        values = list(statuses)
        return cls(*(values.count(s) for s in GOAL_STATUSES))

    def __add__(self, other: GoalCounts) -> GoalCounts:
        return GoalCounts(self.on_track + other.on_track, self.at_risk + other.at_risk,
                          self.off_track + other.off_track)

    @property
    def total(self) -> int:
        return self.on_track + self.at_risk + self.off_track


@dataclass(frozen=True)
class Money:
    """Budget, accounts and deviation to a month, in øre (what a report row prints)."""

    budget: int = 0  # the budget for the months the accounts cover (all months without accounts)
    actual: int | None = None
    deviation: int | None = None  # actual - budget: positive is overspending
    pct: float | None = None
    budget_year: int = 0
    actual_through: int = 0  # the last month these figures' accounts cover (not the set's last month)

    @classmethod
    def of(cls, figures: UnitFigures | None) -> Money:
        if figures is None:
            return cls()
        return cls(compared_budget(figures), figures.actual_ytd, figures.deviation_ytd, figures.deviation_ytd_pct,
                   figures.budget_year, covered_through(figures))

    @classmethod
    def total(cls, parts: Iterable[Money]) -> Money:
        parts = list(parts)
        budget = sum(p.budget for p in parts)
        with_actual = [p for p in parts if p.actual is not None]
        actual = sum(p.actual or 0 for p in with_actual) if with_actual else None
        deviation = sum(p.deviation or 0 for p in with_actual) if with_actual else None
        # The percentage of the total is measured against the budget of the units with accounts.
        measured = sum(p.budget for p in with_actual)
        pct = deviation_pct(measured, measured + deviation) if deviation is not None else None
        return cls(budget, actual, deviation, pct, sum(p.budget_year for p in parts),
                   max((p.actual_through for p in parts), default=0))


# --- action items as of a day ------------------------------------------------------------------


@dataclass(frozen=True)
class ItemCounts:
    open: int = 0
    overdue: int = 0


def item_counts(session: Session, lineage_ids: Iterable[uuid.UUID], year: int, month: int, on: date
                ) -> dict[uuid.UUID, ItemCounts]:
    """Per unit: action items open and overdue on ``on``, among those written up to ``month`` of ``year``."""
    wanted = set(lineage_ids)
    rows = session.execute(
        select(ActionItem.id, ActionItem.carried_from_id, ActionItem.due_date, ActionItem.done_on,
               Meeting.unit_lineage_id, Meeting.year, Meeting.month)
        .join(Meeting, Meeting.id == ActionItem.meeting_id)
        .where(Meeting.unit_lineage_id.in_(wanted))
    ).all()
    by_id = {r.id: r for r in rows}
    carried = {r.carried_from_id for r in rows if r.carried_from_id is not None}
    counts: dict[uuid.UUID, list[int]] = {lineage: [0, 0] for lineage in wanted}
    for live in (r for r in rows if r.id not in carried):
        if live.done_on is not None and live.done_on <= on:
            continue
        # The newest copy written up to the month: the item as it stood then.
        row: Row[*tuple[Any, ...]] | None = live
        steps = 0
        while row is not None and (row.year, row.month) > (year, month) and steps < 500:
            row = by_id.get(row.carried_from_id) if row.carried_from_id else None
            steps += 1
        if row is None or (row.year, row.month) > (year, month):
            continue  # written later
        acc = counts[live.unit_lineage_id]
        acc[0] += 1
        if row.due_date is not None and row.due_date < on:
            acc[1] += 1
    return {lineage: ItemCounts(*acc) for lineage, acc in counts.items()}


def _municipality(session: Session) -> str:
    return session.scalar(select(Municipality.name).limit(1)) or ""


def _logo(session: Session) -> bytes | None:
    return session.scalar(select(Municipality.logo_png).limit(1))


# --- the monthly summary -----------------------------------------------------------------------


@dataclass(frozen=True)
class SummaryRow:
    unit_lineage_id: uuid.UUID
    unit: str
    kind: str
    leader: str
    follow_up_lead: str
    status: str  # the grid's word: held, planned, cancelled, postponed, missing or ""
    meeting_id: uuid.UUID | None
    meeting_date: date | None
    goals: GoalCounts
    figures: UnitFigures | None
    money: Money
    decisions: str
    overdue: int
    forecast: int | None = None  # the meeting's årsprognose (øre, positive is merforbruk), issue 19
    forecast_reason: str = ""

    @property
    def held(self) -> bool:
        return self.status == MeetingStatus.HELD.value


@dataclass(frozen=True)
class SummaryTotals:
    units: int
    held: int
    goals: GoalCounts
    money: Money
    overdue: int
    forecast: int | None = None  # the sum of the units' årsprognoser; None when none has one


def forecast_total(rows: Iterable[SummaryRow]) -> int | None:
    """The årsprognoser of these rows added up (per kommunalsjef, for the municipality)."""
    given = [r.forecast for r in rows if r.forecast is not None]
    return sum(given) if given else None


@dataclass(frozen=True)
class MonthlySummary:
    year: int
    month: int
    today: date
    municipality: str
    rows: list[SummaryRow]
    totals: SummaryTotals
    logo_png: bytes | None = None

    @property
    def title(self) -> str:
        return f"Månedsoppsummering {month_name(self.month)} {self.year}"

    def by_lead(self) -> list[tuple[str, list[SummaryRow]]]:
        """The rows grouped by follow-up lead, in the grid's order (units without a lead last)."""
        groups: dict[str, list[SummaryRow]] = {}
        for row in self.rows:
            groups.setdefault(row.follow_up_lead, []).append(row)
        return list(groups.items())


def check_month(year: int, month: int) -> None:
    if not 1 <= month <= 12:
        raise AppError(f"Måned {month} finnes ikke. Velg en måned fra 1 til 12.")
    if not 1900 <= year <= 2200:
        raise AppError(f"Året {year} er ikke gyldig. Skriv et årstall med fire sifre.")


def _month_goals(session: Session, meeting_ids: list[uuid.UUID]) -> dict[uuid.UUID, GoalCounts]:
    statuses: dict[uuid.UUID, list[str]] = {}
    for meeting_id, status in session.execute(
        select(MeetingGoalStatus.meeting_id, MeetingGoalStatus.status)
        .where(MeetingGoalStatus.meeting_id.in_(meeting_ids))
    ):
        statuses.setdefault(meeting_id, []).append(status.value)
    return {meeting_id: GoalCounts.of(values) for meeting_id, values in statuses.items()}


def monthly_summary(session: Session, year: int, month: int, today: date) -> MonthlySummary:
    """One row per unit of the year grid for ``month``: meeting, goal statuses, figures, overdue items."""
    check_month(year, month)
    grid = year_grid(session, year, today)
    meeting_ids = [m for g in grid if (m := g.meeting_ids[month - 1]) is not None]
    meetings = {m.id: m for m in session.scalars(select(Meeting).where(Meeting.id.in_(meeting_ids)))}
    goals = _month_goals(session, meeting_ids)
    forecasts = forecasts_by_meeting(session, meeting_ids)
    items = item_counts(session, [g.unit_lineage_id for g in grid], year, month,
                        min(last_day(year, month), today))
    all_figures = units_figures(session, [g.unit_lineage_id for g in grid], year, month)
    rows: list[SummaryRow] = []
    for g in grid:
        meeting_id = g.meeting_ids[month - 1]
        meeting = meetings.get(meeting_id) if meeting_id is not None else None
        figures = all_figures[g.unit_lineage_id]
        # Who the meeting was with (the names it was approved with), not who leads the unit today.
        leader = full_name(participants(session, meeting)[0]) if meeting else g.leader
        rows.append(SummaryRow(
            g.unit_lineage_id, g.unit, g.kind, leader, g.follow_up_lead, g.months[month - 1],
            meeting.id if meeting else None, meeting.meeting_date if meeting else None,
            goals.get(meeting.id, GoalCounts()) if meeting else GoalCounts(), figures, Money.of(figures),
            str((meeting.sections or {}).get("decisions") or "").strip() if meeting else "",
            items[g.unit_lineage_id].overdue,
            forecasts[meeting.id].deviation_ore if meeting and meeting.id in forecasts else None,
            forecasts[meeting.id].reason if meeting and meeting.id in forecasts else "",
        ))
    totals = SummaryTotals(
        units=len(rows), held=sum(r.held for r in rows), goals=sum((r.goals for r in rows), GoalCounts()),
        money=Money.total(r.money for r in rows), overdue=sum(r.overdue for r in rows),
        forecast=forecast_total(rows),
    )
    return MonthlySummary(year, month, today, _municipality(session), rows, totals, _logo(session))


# --- the tertial report ------------------------------------------------------------------------


@dataclass(frozen=True)
class TertialGoal:
    agreement: str
    category: str
    number: str
    text: str
    status: str  # a GoalStatus value
    comment: str
    month: int  # the month of the meeting that set it


@dataclass(frozen=True)
class TertialRow:
    unit_lineage_id: uuid.UUID
    unit: str
    kind: str
    leader: str
    follow_up_lead: str
    held_months: list[int]
    months: list[str]  # the grid's status for each month of the tertial
    goals: list[TertialGoal]
    goal_counts: GoalCounts
    money: Money
    open_items: int
    overdue_items: int

    @property
    def meetings_held(self) -> int:
        return len(self.held_months)


@dataclass(frozen=True)
class TertialTotal:
    units: int
    meetings_held: int
    goal_counts: GoalCounts
    money: Money
    open_items: int
    overdue_items: int


@dataclass(frozen=True)
class TertialReport:
    year: int
    tertial: int
    first_month: int
    last_month: int
    today: date
    municipality: str
    rows: list[TertialRow]
    total: TertialTotal
    leads: list[str] = field(default_factory=list)

    @property
    def title(self) -> str:
        return f"Tertialrapport {self.tertial}. tertial {self.year}"

    @property
    def period(self) -> str:
        return f"{month_name(self.first_month)}–{month_name(self.last_month)} {self.year}"


def _latest_goals(session: Session, lineage_ids: list[uuid.UUID], year: int, last_month: int
                  ) -> dict[uuid.UUID, list[TertialGoal]]:
    """Per unit: each goal's status in the newest held meeting of the year up to ``last_month``.

    A goal revised into a new agreement (``carried_from``) counts once, by its newest version.
    """
    rows = session.execute(
        select(MeetingGoalStatus, Meeting.unit_lineage_id, Meeting.month, Meeting.meeting_date, Goal, Agreement)
        .join(Meeting, Meeting.id == MeetingGoalStatus.meeting_id)
        .join(Goal, Goal.id == MeetingGoalStatus.goal_id)
        .join(Agreement, Agreement.id == Goal.agreement_id)
        .where(Meeting.unit_lineage_id.in_(lineage_ids), Meeting.year == year, Meeting.month <= last_month,
               Meeting.status == MeetingStatus.HELD)
    ).all()
    newest: dict[uuid.UUID, tuple[tuple[int, date], Any]] = {}
    for row in rows:
        key = (row.month, row.meeting_date or date.min)
        if row.Goal.id not in newest or key > newest[row.Goal.id][0]:
            newest[row.Goal.id] = (key, row)
    replaced = {row.Goal.carried_from_id for _key, row in newest.values()}
    found: dict[uuid.UUID, list[tuple[tuple[str, str, int], TertialGoal]]] = {}
    for goal_id, (_key, row) in newest.items():
        if goal_id in replaced:
            continue
        goal, agreement = row.Goal, row.Agreement
        # The order the meeting note shows them in: by agreement, category and place in it.
        order = (agreement.title, goal.category, goal.sort_order)
        found.setdefault(row.unit_lineage_id, []).append((order, TertialGoal(
            agreement.title, category_title(definition(agreement), goal.category), goal.number, goal.text,
            row.MeetingGoalStatus.status.value, row.MeetingGoalStatus.comment, row.month)))
    return {lineage: [g for _order, g in sorted(pairs, key=lambda p: p[0])] for lineage, pairs in found.items()}


def tertial_months(tertial: int) -> tuple[int, int]:
    if tertial not in TERTIALS:
        raise AppError(f"Tertial {tertial} finnes ikke. Velg 1 (januar–april), 2 (mai–august) eller "
                       "3 (september–desember).")
    return TERTIALS[tertial]


def _held_ids(g: GridRow, first: int, last: int) -> list[uuid.UUID]:
    return [m for month in range(first, last + 1)
            if g.months[month - 1] == MeetingStatus.HELD.value and (m := g.meeting_ids[month - 1]) is not None]


def _attended(session: Session, grid: list[GridRow], first: int, last: int) -> dict[uuid.UUID, str]:
    """Per unit: the leaders the tertial's held meetings were with («A / B» after a change); today's
    leader when none was held. The meetings of every unit are read in one query."""
    ids = [m for g in grid for m in _held_ids(g, first, last)]
    meetings: dict[uuid.UUID, list[Meeting]] = {}
    if ids:
        for m in session.scalars(select(Meeting).where(Meeting.id.in_(ids))):
            if m.unit_lineage_id is not None:
                meetings.setdefault(m.unit_lineage_id, []).append(m)
    out: dict[uuid.UUID, str] = {}
    for g in grid:
        held = sorted(meetings.get(g.unit_lineage_id, []), key=lambda m: (m.month, m.meeting_date or date.min))
        names = [name for m in held if (name := full_name(participants(session, m)[0]))]
        out[g.unit_lineage_id] = " / ".join(dict.fromkeys(names)) or g.leader
    return out


def _tertial_row(g: GridRow, first: int, last: int, goals: list[TertialGoal], money: Money,
                 items: ItemCounts, leader: str) -> TertialRow:
    months = g.months[first - 1:last]
    held = [first + i for i, status in enumerate(months) if status == MeetingStatus.HELD.value]
    return TertialRow(g.unit_lineage_id, g.unit, g.kind, leader, g.follow_up_lead, held, months, goals,
                      GoalCounts.of(x.status for x in goals), money, items.open, items.overdue)


def tertial_report(session: Session, year: int, tertial: int, today: date) -> TertialReport:
    """One row per unit of the year grid for the tertial, and the total."""
    first, last = tertial_months(tertial)
    check_month(year, last)
    grid = year_grid(session, year, today)
    lineages = [g.unit_lineage_id for g in grid]
    goals = _latest_goals(session, lineages, year, last)
    items = item_counts(session, lineages, year, last, min(last_day(year, last), today))
    figures = units_figures(session, lineages, year, last)  # every unit's budget and accounts in one read
    leaders = _attended(session, grid, first, last)
    rows = [_tertial_row(g, first, last, goals.get(g.unit_lineage_id, []), Money.of(figures[g.unit_lineage_id]),
                         items[g.unit_lineage_id], leaders[g.unit_lineage_id])
            for g in grid]
    total = TertialTotal(
        units=len(rows), meetings_held=sum(r.meetings_held for r in rows),
        goal_counts=sum((r.goal_counts for r in rows), GoalCounts()), money=Money.total(r.money for r in rows),
        open_items=sum(r.open_items for r in rows), overdue_items=sum(r.overdue_items for r in rows),
    )
    leads = list(dict.fromkeys(r.follow_up_lead for r in rows))
    return TertialReport(year, tertial, first, last, today, _municipality(session), rows, total, leads)
