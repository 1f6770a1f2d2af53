"""Meetings of a year as a grid: one row per unit, one status per month."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.org.queries import current_version, unit_rows
from db.models import Meeting, MeetingStatus, Unit, UnitKind

MISSING = "missing"  # a past month with no meeting at all
NONE = ""  # a future month with nothing planned
# When a month has several meetings the most telling status wins.
RANK = {MeetingStatus.HELD: 4, MeetingStatus.PLANNED: 3, MeetingStatus.POSTPONED: 2, MeetingStatus.CANCELLED: 1}


@dataclass
class GridRow:
    unit_lineage_id: uuid.UUID
    unit: str
    leader: str
    follow_up_lead: str
    months: list[str] = field(default_factory=lambda: [NONE] * 12)


def year_grid(session: Session, year: int, today: date) -> list[GridRow]:
    """Result units of the current organisation × 12 months, sorted by follow-up lead."""
    version = current_version(session)
    if version is None:
        return []
    rows = [r for r in unit_rows(session, version.id, today) if r.kind == UnitKind.RESULT_UNIT.value]
    lineage = dict(session.execute(select(Unit.id, Unit.lineage_id).where(Unit.org_version_id == version.id)).all())
    grid = {
        lineage[r.id]: GridRow(lineage[r.id], r.name, r.leader or r.acting_leader or "", r.follow_up_lead or "")
        for r in rows
    }
    best: dict[tuple[uuid.UUID, int], MeetingStatus] = {}
    for lineage_id, month, status in session.execute(
        select(Meeting.unit_lineage_id, Meeting.month, Meeting.status).where(Meeting.year == year)
    ):
        key = (lineage_id, month)
        if key not in best or RANK[status] > RANK[best[key]]:
            best[key] = status
    for (lineage_id, month), status in best.items():
        if lineage_id in grid:
            grid[lineage_id].months[month - 1] = status.value
    for row in grid.values():
        for m in range(1, 13):
            if (year, m) < (today.year, today.month) and row.months[m - 1] == NONE:
                row.months[m - 1] = MISSING
    return sorted(grid.values(), key=lambda r: (r.follow_up_lead, r.unit))
