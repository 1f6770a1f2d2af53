"""The agreements at a glance: the filtered list, and the units that still need an agreement."""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from app.formatting import format_date
from app.org.queries import active, chunks, current_version, leaderships, raw_key
from db.models import (
    Agreement,
    AgreementStatus,
    AgreementTemplate,
    FollowUpLink,
    Goal,
    Person,
    PositionRole,
    Unit,
    UnitKind,
)

EXPIRY_WARNING = timedelta(days=60)


@dataclass(frozen=True)
class AgreementFilter:
    year: int | None = None  # agreements whose period touches the year
    status: str | None = None  # draft | discussion | signed | evaluated | superseded
    follow_up_lead_id: uuid.UUID | None = None  # units this kommunalsjef follows up
    unit_id: uuid.UUID | None = None  # this unit, in any org version (by lineage)
    on: date | None = None  # the day follow-up is looked up on (default: today, moved into each period)


@dataclass(frozen=True)
class AgreementRow:
    id: uuid.UUID
    title: str
    kind: str
    unit: str
    leader: str
    superior: str
    period_start: date
    period_end: date
    status: str
    revision: int
    goals: int
    follow_up_lead: str = ""
    follow_up_lead_id: uuid.UUID | None = None
    template_name: str = ""
    template_language: str = ""
    unit_id: uuid.UUID | None = None
    leader_id: uuid.UUID | None = None
    superior_id: uuid.UUID | None = None
    confidential: bool = True

    @property
    def ends_on(self) -> date:
        return self.period_end


@dataclass(frozen=True)
class MissingRow:
    unit_id: uuid.UUID
    unit: str
    leader: str  # "" when the unit has no leader
    follow_up_lead: str
    reason: str  # «mangler» or «utløper 31.12.2026»
    ends_on: date | None = None  # when the agreement ends (expiring ones)
    vacant: bool = False


def _name(given: str | None, family: str | None) -> str:
    return f"{given or ''} {family or ''}".strip()


def list_agreements(session: Session, flt: AgreementFilter | int | None = None) -> list[AgreementRow]:
    """Agreements, newest period first, then by unit; ``flt`` narrows them (a bare int is a year)."""
    if isinstance(flt, int):
        flt = AgreementFilter(year=flt)
    flt = flt or AgreementFilter()
    leader, superior = aliased(Person), aliased(Person)
    stmt = (
        select(Agreement, Unit.name, leader.given_name, leader.family_name, superior.given_name,
               superior.family_name, AgreementTemplate.name, AgreementTemplate.language)
        .join(AgreementTemplate, AgreementTemplate.id == Agreement.template_id)
        .outerjoin(Unit, Unit.id == Agreement.unit_id)
        .outerjoin(leader, leader.id == Agreement.leader_id)
        .outerjoin(superior, superior.id == Agreement.superior_id)
        .order_by(Agreement.period_start.desc(), Unit.name, Agreement.revision.desc())
    )
    if flt.year is not None:
        stmt = stmt.where(Agreement.period_start <= date(flt.year, 12, 31),
                          Agreement.period_end >= date(flt.year, 1, 1))
    if flt.status:
        stmt = stmt.where(Agreement.status == AgreementStatus(flt.status))
    if flt.unit_id is not None:
        lineage = session.scalar(select(Unit.lineage_id).where(Unit.id == flt.unit_id))
        stmt = stmt.where((Agreement.unit_id == flt.unit_id) | (Agreement.unit_lineage_id == lineage))
    found = session.execute(stmt).all()
    goal_counts: dict[uuid.UUID, int] = {}
    for ids in chunks([row[0].id for row in found]):
        goal_counts.update(session.execute(select(Goal.agreement_id, func.count()).where(Goal.agreement_id.in_(ids))
                                           .group_by(Goal.agreement_id)).all())
    # Follow-up links of the units involved: few rows, matched to each agreement's period in Python.
    unit_ids = {row[0].unit_id for row in found if row[0].unit_id is not None}
    links: dict[uuid.UUID | None, list[tuple[date, date | None, uuid.UUID, str]]] = defaultdict(list)
    if unit_ids:
        for unit_id, start, end, person_id, given, family in session.execute(
            select(FollowUpLink.unit_id, FollowUpLink.start_date, FollowUpLink.end_date, Person.id,
                   Person.given_name, Person.family_name)
            .join(Person, Person.id == FollowUpLink.lead_person_id)
            .where(FollowUpLink.unit_id.in_(unit_ids))
            .order_by(FollowUpLink.start_date)
        ):
            links[unit_id].append((start, end, person_id, _name(given, family)))
    today = flt.on or date.today()
    rows: list[AgreementRow] = []
    for a, unit, lg, lf, sg, sf, template_name, language in found:
        day = min(max(today, a.period_start), a.period_end)
        lead_id, lead = None, ""
        for start, end, person_id, name in links.get(a.unit_id, []):
            if start <= day and (end is None or day <= end):
                lead_id, lead = person_id, name
        if flt.follow_up_lead_id is not None and lead_id != flt.follow_up_lead_id:
            continue
        rows.append(AgreementRow(
            a.id, a.title, a.kind.value, unit or "", _name(lg, lf), _name(sg, sf), a.period_start, a.period_end,
            a.status.value, a.revision, goal_counts.get(a.id, 0), lead, lead_id, template_name, language,
            a.unit_id, a.leader_id, a.superior_id, a.confidential,
        ))
    return rows


def missing_agreements(
    session: Session, year: int, on: date, *, kind: str | None = None,
) -> list[MissingRow]:
    """Result units of the current organisation whose leader (as of ``on``) has no agreement touching
    ``year`` («mangler»), or whose agreement ends within 60 days of ``on`` («utløper dd.mm.yyyy»).

    ``kind`` (leader | result) counts only agreements of that kind.
    """
    version = current_version(session)
    if version is None:
        return []
    units = session.execute(
        select(Unit.id, Unit.lineage_id, Unit.name)
        .where(Unit.org_version_id == version.id, Unit.kind == UnitKind.RESULT_UNIT)
        .order_by(Unit.sort_order, Unit.name)
    ).all()
    leaders: dict[uuid.UUID, tuple[PositionRole, uuid.UUID, str]] = {}
    # Who leads each unit: the one definition (app.org.queries.leaderships); the leader counts
    # before an acting leader standing in next to them.
    held = leaderships(session, version.id, on)
    for unit_id, _lineage_id, _unit_name in units:
        holders = held.get(raw_key(unit_id))
        if holders is not None and holders.in_charge is not None:
            role = PositionRole.LEADER if holders.leader is not None else PositionRole.ACTING_LEADER
            leaders[unit_id] = (role, holders.in_charge.person_id, holders.in_charge.name)
    leads = {
        unit_id: _name(given, family)
        for unit_id, given, family in session.execute(
            select(FollowUpLink.unit_id, Person.given_name, Person.family_name)
            .join(Person, Person.id == FollowUpLink.lead_person_id)
            .join(Unit, Unit.id == FollowUpLink.unit_id)
            .where(Unit.org_version_id == version.id, active(FollowUpLink.start_date, FollowUpLink.end_date, on))
            .order_by(FollowUpLink.start_date)
        )
    }
    # Superseded agreements count too: replaced by a revision or by next year's, they covered their period.
    stmt = select(Agreement.unit_lineage_id, Agreement.leader_id, Agreement.period_start, Agreement.period_end).where(
        Agreement.unit_lineage_id.is_not(None), Agreement.period_end >= date(year, 1, 1),
    )
    if kind:
        stmt = stmt.where(Agreement.kind == kind)
    agreements: dict[tuple[uuid.UUID, uuid.UUID | None], list[tuple[date, date]]] = defaultdict(list)
    for lineage_id, leader_id, start, end in session.execute(stmt):
        assert lineage_id is not None  # the query keeps only agreements with a unit
        agreements[(lineage_id, leader_id)].append((start, end))
    first, last = date(year, 1, 1), date(year, 12, 31)
    rows: list[MissingRow] = []
    for unit_id, lineage_id, name in units:
        leader = leaders.get(unit_id)
        leader_id = leader[1] if leader else None
        periods = agreements.get((lineage_id, leader_id), []) if leader_id is not None else []
        lead = leads.get(unit_id, "")
        if not any(start <= last and end >= first for start, end in periods):
            rows.append(MissingRow(unit_id, name, leader[2] if leader else "", lead, "mangler",
                                   vacant=leader is None))
            continue
        ends_on = max(end for _, end in periods)
        if on <= ends_on <= on + EXPIRY_WARNING:
            rows.append(MissingRow(unit_id, name, leader[2] if leader else "", lead,
                                   f"utløper {format_date(ends_on)}", ends_on=ends_on))
    return rows
