"""An agreement's default period: the calendar year, or for a unit that follows the school year
(Unit.year_type «school»: schools, and kindergartens set up that way) 1 August – 31 July."""

from __future__ import annotations

from datetime import date

SCHOOL = "school"


LEADER_YEARS = 4  # a leader agreement runs two to five years (the template says so); the demo's run four


def default_period(year: int, year_type: str | None, kind: str | None = None) -> tuple[date, date]:
    """The period a new agreement for ``year`` starts with: «2026» is 01.01.2026–31.12.2026 for a
    calendar-year unit and the school year 01.08.2026–31.07.2027 for a school-year unit; a leader
    agreement (``kind`` «leader») runs :data:`LEADER_YEARS` such years."""
    years = LEADER_YEARS if kind == "leader" else 1
    if year_type == SCHOOL:
        return date(year, 8, 1), date(year + years, 7, 31)
    return date(year, 1, 1), date(year + years - 1, 12, 31)
