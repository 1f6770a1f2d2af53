"""The figures on the Oversikt page: what the database holds and what is due this month."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, Select, exists, func, select
from sqlalchemy.orm import Session, aliased

from app.followup.meetings import live_condition
from app.org.queries import KINDS_WITH_LEADER_POST, current_version, leader_posts_of_rows, unit_rows
from db.models import (
    ActionItem,
    Agreement,
    AgreementStatus,
    BudgetSet,
    Meeting,
    MeetingStatus,
    Municipality,
    UnitKind,
)

# Units that are led by someone of their own; the top team is led by the rådmann.
UNITS_WITH_OWN_LEADER = KINDS_WITH_LEADER_POST
# An agreement counts as signed when its newest revision is signed or evaluated, or was signed and has
# since been replaced by next period's agreement (``create_next`` supersedes only signed ones).
COUNTED_AS_SIGNED = (AgreementStatus.SIGNED, AgreementStatus.EVALUATED, AgreementStatus.SUPERSEDED)


def newest_revision() -> ColumnElement[bool]:
    """SQL condition: the agreement is its newest revision, not one a later revision replaced.

    Each agreement counts once. Next period's agreement (``previous_id``) does not replace this
    period's: an agreement for 2026 stays one of 2026's when 2027's is made from it."""
    newer = aliased(Agreement)
    return ~exists().where(newer.revision_of_id == Agreement.id)


@dataclass(frozen=True)
class Overview:
    municipality: str
    municipality_number: str
    inhabitants: int | None
    org_version: str
    units: int
    result_units: int
    leaders: int
    vacancies: int
    acting_leaders: int
    agreements: int
    agreements_signed: int
    meetings_this_month: int
    meetings_held_this_month: int
    open_action_items: int
    overdue_action_items: int
    budget_sets: int


def overview(session: Session, today: date) -> Overview:
    muni = session.scalar(select(Municipality).limit(1))
    version = current_version(session)
    rows = unit_rows(session, version.id, today) if version else []
    posts = leader_posts_of_rows(rows)
    year_start, year_end = date(today.year, 1, 1), date(today.year, 12, 31)
    in_year = (Agreement.period_start <= year_end) & (Agreement.period_end >= year_start) & newest_revision()
    # A unit's monthly meetings: the «Ledersamling» meeting a seminar's merge makes to hold its
    # action items belongs to no unit and is not a follow-up meeting.
    this_month = (Meeting.year == today.year) & (Meeting.month == today.month) & Meeting.unit_lineage_id.is_not(None)
    # An item is open while its newest copy is not done (older copies keep the state they had then).
    open_items = ActionItem.done_on.is_(None) & live_condition()

    def count(stmt: Select[int]) -> int:
        return session.scalar(stmt) or 0

    return Overview(
        municipality=muni.name if muni else "",
        municipality_number=(muni.number or "") if muni else "",
        inhabitants=muni.inhabitants if muni else None,
        org_version=version.name if version else "",
        units=len(rows),
        result_units=sum(1 for r in rows if r.kind == UnitKind.RESULT_UNIT.value),
        leaders=posts.filled,
        vacancies=posts.vacant,
        acting_leaders=posts.acting,
        agreements=count(select(func.count()).select_from(Agreement).where(in_year)),
        agreements_signed=count(
            select(func.count()).select_from(Agreement).where(
                in_year, Agreement.status.in_(COUNTED_AS_SIGNED)
            )
        ),
        meetings_this_month=count(select(func.count()).select_from(Meeting).where(this_month)),
        meetings_held_this_month=count(
            select(func.count()).select_from(Meeting).where(this_month, Meeting.status == MeetingStatus.HELD)
        ),
        open_action_items=count(select(func.count()).select_from(ActionItem).where(open_items)),
        overdue_action_items=count(
            select(func.count()).select_from(ActionItem).where(open_items, ActionItem.due_date < today)
        ),
        budget_sets=count(select(func.count()).select_from(BudgetSet)),
    )
