"""Meetings of a year as a grid: one row per followed-up unit, one status per month."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.followup.meetings import RANK
from app.org.queries import UnitRow, current_version, raw_column, raw_key, unit_rows
from db.models import Meeting, MeetingStatus, UnitKind

MISSING = "missing"  # a past month with no meeting held, planned or moved
NONE = ""  # a future month with nothing planned
# Units that have a leader of their own to follow up (not the rådmann, not the top team).
FOLLOWED_KINDS = {k.value for k in UnitKind} - {UnitKind.ADMINISTRATION.value, UnitKind.TOP_TEAM.value}


@dataclass
class GridRow:
    unit_lineage_id: uuid.UUID
    unit: str
    kind: str
    leader: str
    follow_up_lead: str
    months: list[str] = field(default_factory=lambda: [NONE] * 12)
    meeting_ids: list[uuid.UUID | None] = field(default_factory=lambda: [None] * 12)


@dataclass(frozen=True)
class GridChoices:
    """What the grid can be filtered by: the follow-up leads and unit kinds in the organisation."""

    leads: list[str]
    kinds: list[str]


def _candidates(session: Session, year: int, today: date) -> list[UnitRow]:
    """Result units, and other units led by someone when they have meetings in the year."""
    version = current_version(session)
    if version is None:
        return []
    met = set(session.scalars(select(Meeting.unit_lineage_id).where(Meeting.year == year).distinct()))
    return [r for r in unit_rows(session, version.id, today)
            if r.kind in FOLLOWED_KINDS and (r.kind == UnitKind.RESULT_UNIT.value or r.lineage_id in met)]


def grid_choices(session: Session, year: int, today: date) -> GridChoices:
    rows = _candidates(session, year, today)
    return GridChoices(sorted({r.follow_up_lead for r in rows if r.follow_up_lead}),
                       sorted({r.kind for r in rows}))


def year_grid(session: Session, year: int, today: date, *, lead: str | None = None,
              kind: str | None = None, month: int | None = None) -> list[GridRow]:
    """Followed-up units of the current organisation × 12 months, grouped by follow-up lead.

    A result unit is always in the grid; a staff or support unit when it has meetings that year. ``lead`` and
    ``kind`` narrow the rows (a lead's name as shown, a UnitKind value). A past month with
    no meeting at all shows as missing. ``month`` reads only that month's meetings (the
    dashboard asks about last month); the other months are then not filled in.
    """
    grid: dict[uuid.UUID, GridRow] = {}
    for r in _candidates(session, year, today):
        if (lead and (r.follow_up_lead or "") != lead) or (kind and r.kind != kind) or r.lineage_id is None:
            continue
        grid[r.lineage_id] = GridRow(r.lineage_id, r.name, r.kind, r.leader or r.acting_leader or "",
                                     r.follow_up_lead or "")
    # Ids and timestamps as stored text: only the winners' ids become UUIDs (a year is ~3,600 meetings).
    by_key = {lineage.hex: lineage for lineage in grid}
    best: dict[tuple[uuid.UUID, int], tuple[tuple, str, MeetingStatus]] = {}
    stmt = select(raw_column(Meeting.id), raw_column(Meeting.unit_lineage_id), Meeting.month, Meeting.status,
                  Meeting.meeting_date, raw_column(Meeting.created_at)).where(Meeting.year == year)
    if month is not None:
        stmt = stmt.where(Meeting.month == month)
    for meeting_id, lineage_raw, m, status, day, created in session.execute(stmt):
        lineage_id = by_key.get(raw_key(lineage_raw)) if lineage_raw is not None else None
        if lineage_id is None:
            continue
        key = (lineage_id, m)
        rank = (RANK[status], day or date.min, created)
        if key not in best or rank > best[key][0]:
            best[key] = (rank, meeting_id, status)
    for (lineage_id, m), (_rank, meeting_id, status) in best.items():
        grid[lineage_id].months[m - 1] = status.value
        grid[lineage_id].meeting_ids[m - 1] = uuid.UUID(raw_key(meeting_id))
    for row in grid.values():
        for m in range(1, 13):
            if (year, m) < (today.year, today.month) and row.months[m - 1] == NONE:
                row.months[m - 1] = MISSING
    return sorted(grid.values(), key=lambda r: (r.follow_up_lead == "", r.follow_up_lead, r.unit))
