"""Read-only views of the organisation as it stands on a given day."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, String, or_, select, type_coerce
from sqlalchemy.orm import QueryableAttribute, Session

from db.models import (
    FollowUpLink,
    OrgVersion,
    OrgVersionStatus,
    Person,
    Position,
    PositionRole,
    Unit,
    UnitAnsvar,
    UnitKind,
)
from db.models.org import UnitSuccession

LEADING_ROLES = (PositionRole.CHIEF_EXECUTIVE, PositionRole.LEADER)
HOLDING_ROLES = (*LEADING_ROLES, PositionRole.ACTING_LEADER)
# Bound parameters per IN (...) list: well under SQLite's and PostgreSQL's limits.
CHUNK = 500

T = TypeVar("T")


def current_version(session: Session) -> OrgVersion | None:
    return session.scalar(select(OrgVersion).where(OrgVersion.status == OrgVersionStatus.CURRENT))


def active(column_from: Any, column_to: Any, on: date) -> ColumnElement[bool]:
    """SQL condition: the date range [from, to] (to None: open-ended) covers ``on``."""
    return (column_from <= on) & or_(column_to.is_(None), column_to >= on)


def covers(start: date, end: date | None, on: date) -> bool:
    """The same test as ``active`` on plain values."""
    return start <= on and (end is None or on <= end)


def chunks(items: Sequence[T], size: int = CHUNK) -> Iterator[Sequence[T]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def children_map(session: Session, version_id: uuid.UUID) -> dict[uuid.UUID | None, list[uuid.UUID]]:
    """parent id (None for the top) -> child ids in sibling order, for a whole version in one query."""
    tree: dict[uuid.UUID | None, list[uuid.UUID]] = defaultdict(list)
    for unit_id, parent_id in session.execute(
        select(Unit.id, Unit.parent_id).where(Unit.org_version_id == version_id).order_by(Unit.sort_order, Unit.name)
    ):
        tree[parent_id].append(unit_id)
    return tree


def walk(tree: dict[uuid.UUID | None, list[uuid.UUID]], root: uuid.UUID) -> list[uuid.UUID]:
    """The root and everything under it, parents before children (iterative: deep trees are fine)."""
    order: list[uuid.UUID] = []
    stack = [root]
    seen: set[uuid.UUID] = set()
    while stack:
        unit_id = stack.pop()
        if unit_id in seen:  # a corrupt cycle must not hang the program
            continue
        seen.add(unit_id)
        order.append(unit_id)
        stack.extend(reversed(tree.get(unit_id, [])))
    return order


def subtree_ids(session: Session, unit_id: uuid.UUID) -> list[uuid.UUID]:
    """The unit and all its descendants, parents first."""
    version_id = session.scalar(select(Unit.org_version_id).where(Unit.id == unit_id))
    if version_id is None:
        return []
    return walk(children_map(session, version_id), unit_id)


# --- who leads a unit on a day: the one definition every output uses ---------------------------


@dataclass(frozen=True)
class Holder:
    key: str  # the person's id as ``raw_key`` gives it: converted to a UUID only when asked for
    name: str

    @property
    def person_id(self) -> uuid.UUID:
        return uuid.UUID(self.key)


@dataclass(frozen=True)
class Leadership:
    """Who leads a unit on a day: its leader (None: vacant) and an acting leader standing in."""

    leader: Holder | None = None
    acting: Holder | None = None

    @property
    def in_charge(self) -> Holder | None:
        """The leader, else the acting leader: the person a meeting or agreement is held with."""
        return self.leader or self.acting


def leaderships(session: Session, version_id: uuid.UUID, on: date,
                unit_ids: Sequence[uuid.UUID] | None = None) -> dict[str, Leadership]:
    """Who leads each unit of a version on ``on``, keyed by ``raw_key`` of the unit id.

    The one definition of «leader of a unit on a day» (chart, lists, xlsx, checks, scenario
    comparison, agreements, meetings): the rådmann, else the leader holding the position that day
    (the newest start when positions overlap); an acting leader beside them; and a top team
    (rådmannens ledergruppe) without a leader of its own is led by the leader of the unit above
    it, the rådmann. ``unit_ids`` reads only those units' positions."""
    # Roles and ids as stored text: converting ~5,000 of each cost more than the query itself.
    stmt = (select(raw_column(Position.unit_id), raw_column(Position.role), raw_column(Person.id), Person.given_name,
                   Person.family_name)
            .join(Person, Person.id == Position.person_id)
            .join(Unit, Unit.id == Position.unit_id)
            .where(Unit.org_version_id == version_id, Position.role.in_(HOLDING_ROLES),
                   active(Position.start_date, Position.end_date, on))
            .order_by(Position.start_date))
    teams = select(raw_column(Unit.id), raw_column(Unit.parent_id)).where(
        Unit.org_version_id == version_id, Unit.kind == UnitKind.TOP_TEAM, Unit.parent_id.is_not(None))
    if unit_ids is not None:  # a few units (and, for a top team, the unit above it): no whole-version scan
        stmt = stmt.where(Position.unit_id.in_(list(unit_ids)))
        teams = teams.where(Unit.id.in_(list(unit_ids)))
    held = [(raw_key(unit_id), role, raw_key(person_id), f"{given} {family}")
            for unit_id, role, person_id, given, family in session.execute(stmt)]
    result = leaderships_of(held, [(raw_key(team_id), raw_key(parent_id))
                                   for team_id, parent_id in session.execute(teams)])
    if unit_ids is not None:
        wanted = {raw_key(u) for u in unit_ids}
        result = {k: v for k, v in result.items() if k in wanted}
    return result


def leaderships_of(positions: Iterable[tuple[str, str, str, str]], teams: Iterable[tuple[str, str]]
                   ) -> dict[str, Leadership]:
    """``leaderships`` from rows already read: ``positions`` as (unit key, role value, person key, name) for
    the positions held on the day, oldest start first (rows of other roles are passed over); ``teams`` as
    (unit key, parent key) for the version's top teams under a unit. For a caller that reads the positions
    of a version once for several purposes (``app.org.checks.read_version``)."""
    chiefs: dict[str, Holder] = {}
    leaders: dict[str, Holder] = {}
    acting: dict[str, Holder] = {}
    chief, leader, stand_in = (PositionRole.CHIEF_EXECUTIVE.value, PositionRole.LEADER.value,
                               PositionRole.ACTING_LEADER.value)
    for unit_key, role, person_key, name in positions:  # oldest start first: newest wins
        held = chiefs if role == chief else leaders if role == leader else acting if role == stand_in else None
        if held is not None:
            held[unit_key] = Holder(person_key, name)
    result = {key: Leadership(chiefs.get(key) or leaders.get(key), acting.get(key))
              for key in chiefs.keys() | leaders.keys() | acting.keys()}
    for team_key, parent_key in teams:
        team = result.get(team_key, Leadership())
        if team.leader is None and team.acting is None:
            parent = result.get(parent_key)
            if parent is not None and parent.leader is not None:
                result[team_key] = Leadership(parent.leader, None)
    return result


def leadership(session: Session, unit: Unit, on: date) -> Leadership:
    """Who leads one unit on ``on`` (see ``leaderships``)."""
    ids = [unit.id, unit.parent_id] if unit.kind == UnitKind.TOP_TEAM and unit.parent_id else [unit.id]
    return leaderships(session, unit.org_version_id, on, unit_ids=ids).get(raw_key(unit.id), Leadership())


def leader_person(session: Session, unit: Unit, on: date) -> Person | None:
    """The person in charge of a unit on ``on``: its leader, else the acting leader (see ``leaderships``)."""
    holder = leadership(session, unit, on).in_charge
    return session.get(Person, holder.person_id) if holder is not None else None


@dataclass
class UnitRow:
    """One unit with what the chart and the lists show about it on a day."""

    id: uuid.UUID
    parent_id: uuid.UUID | None
    code: str
    name: str
    kind: str
    sort_order: int
    fte: Decimal
    staff_count: int
    is_external: bool
    leader: str | None = None
    acting_leader: str | None = None
    follow_up_lead: str | None = None
    ansvar: list[str] = field(default_factory=list)
    lineage_id: uuid.UUID | None = None
    short_name: str = ""
    year_type: str = "calendar"

    @property
    def vacant(self) -> bool:
        return self.leader is None


def _people_from(session: Session, version_id: uuid.UUID, start: date, rows: list[UnitRow]) -> None:
    """Give ``rows`` their leaders and follow-up leads as of ``start``."""
    ids = [r.id for r in rows]
    held = leaderships(session, version_id, start, unit_ids=ids)
    leads: dict[str, str] = {}
    for part in chunks(ids):
        for unit_id, given, family in session.execute(
            select(raw_column(FollowUpLink.unit_id), Person.given_name, Person.family_name)
            .join(Person, Person.id == FollowUpLink.lead_person_id)
            .where(FollowUpLink.unit_id.in_(list(part)), active(FollowUpLink.start_date, FollowUpLink.end_date, start))
            .order_by(FollowUpLink.start_date)
        ):
            leads[raw_key(unit_id)] = f"{given} {family}"
    for row in rows:
        lead = held.get(raw_key(row.id), Leadership())
        row.leader = lead.leader.name if lead.leader else None
        row.acting_leader = lead.acting.name if lead.acting else None
        row.follow_up_lead = leads.get(raw_key(row.id))


def raw_key(value: object) -> str:
    """A unit id as the same text whatever the database hands back (hex on SQLite, UUID elsewhere)."""
    return value.hex if isinstance(value, uuid.UUID) else str(value).replace("-", "")


def raw_column(column: ColumnElement[Any] | QueryableAttribute[Any]) -> ColumnElement[str]:
    """The id column without its conversion to uuid.UUID: the joins below only need it as a key,
    and converting some 25,000 ids took a third of the chart page's opening time."""
    return type_coerce(column, String)


def made_after(session: Session, version_id: uuid.UUID, on: date) -> dict[str, date]:
    """Units of the version that a merge or split of the version makes after ``on`` (keyed by ``raw_key`` of
    the unit id), with the day they start. The version shows them whatever the day (units carry no dates);
    what they show of people is as of that day: before it a merged unit still has the leaders of the units
    it replaces, the ones leaving among them."""
    out: dict[str, date] = {}
    for unit_id, effective in session.execute(
        select(raw_column(Unit.id), UnitSuccession.effective_date)
        .join(UnitSuccession, (UnitSuccession.new_lineage_id == Unit.lineage_id)
              & (UnitSuccession.org_version_id == Unit.org_version_id))
        .where(Unit.org_version_id == version_id, UnitSuccession.effective_date > on)
    ):
        if effective is not None:
            out[raw_key(unit_id)] = max(effective, out.get(raw_key(unit_id), effective))
    return out


def unit_rows(session: Session, version_id: uuid.UUID, on: date) -> list[UnitRow]:
    """All units of a version in tree order's raw material (parent ids, sort order), with
    leaders, acting leaders and follow-up leads as of ``on`` (for a unit a merge or split makes after
    ``on``, as of the day it starts: ``made_after``). Five queries, whatever the size, and a few for such
    units."""
    units = session.execute(
        select(raw_column(Unit.id), raw_column(Unit.parent_id), Unit.code, Unit.name, Unit.kind, Unit.sort_order,
               Unit.fte, Unit.staff_count, Unit.is_external, Unit.lineage_id, Unit.short_name, Unit.year_type)
        .where(Unit.org_version_id == version_id)
        .order_by(Unit.sort_order, Unit.name)
    ).all()
    ids = {raw_key(u[0]): uuid.UUID(raw_key(u[0])) for u in units}
    rows: dict[str, UnitRow] = {}
    for u in units:
        key = raw_key(u[0])
        parent = ids.get(raw_key(u[1])) if u[1] is not None else None
        if u[1] is not None and parent is None:
            parent = uuid.UUID(raw_key(u[1]))  # a parent outside the version: keep the reference
        rows[key] = UnitRow(ids[key], parent, u.code, u.name, u.kind.value, u.sort_order, u.fte, u.staff_count,
                            u.is_external, lineage_id=u.lineage_id, short_name=u.short_name,
                            year_type=u.year_type.value)
    for key, lead in leaderships(session, version_id, on).items():
        if key in rows:
            rows[key].leader = lead.leader.name if lead.leader else None
            rows[key].acting_leader = lead.acting.name if lead.acting else None
    links = session.execute(
        select(raw_column(FollowUpLink.unit_id), Person.given_name, Person.family_name)
        .join(Person, Person.id == FollowUpLink.lead_person_id)
        .join(Unit, Unit.id == FollowUpLink.unit_id)
        .where(Unit.org_version_id == version_id, active(FollowUpLink.start_date, FollowUpLink.end_date, on))
    ).all()
    for unit_id, given, family in links:
        rows[raw_key(unit_id)].follow_up_lead = f"{given} {family}"
    starts: dict[date, list[str]] = defaultdict(list)
    for key, start in made_after(session, version_id, on).items():
        if key in rows:
            starts[start].append(key)
    for start, keys in starts.items():
        _people_from(session, version_id, start, [rows[k] for k in keys])
    codes: dict[str, list[str]] = defaultdict(list)
    for unit_id, code in session.execute(
        select(raw_column(UnitAnsvar.unit_id), UnitAnsvar.code).join(Unit).where(Unit.org_version_id == version_id)
        .order_by(UnitAnsvar.code)
    ):
        codes[raw_key(unit_id)].append(code)
    for unit_id, unit_codes in codes.items():
        rows[unit_id].ansvar = unit_codes
    return list(rows.values())


# --- how many leaders: the one count the Oversikt, the reorganisation's alternatives and the demo show ---

# Kinds of unit with a leader post of their own. A top team (rådmannens ledergruppe) has none: the
# rådmann leads it from the unit above, and is counted once, there.
KINDS_WITH_LEADER_POST = frozenset(k.value for k in UnitKind) - {UnitKind.TOP_TEAM.value}


@dataclass(frozen=True)
class LeaderPosts:
    """The leader posts of an organisation on a day, one per unit that has one (``KINDS_WITH_LEADER_POST``)."""

    filled: int  # «ledere i stilling»: a leader holds it (the rådmann for the top unit); acting leaders not
    vacant: int  # «ledige lederstillinger»: no leader holds it
    acting: int  # of the vacant, those with an acting leader standing in

    @property
    def posts(self) -> int:
        return self.filled + self.vacant


def count_leader_posts(units: Iterable[tuple[str, bool, bool]]) -> LeaderPosts:
    """Count ``(kind value, has a leader, has an acting leader)`` per unit, as ``leaderships`` tells
    who leads it (a top team's borrowed rådmann is not counted again)."""
    filled = vacant = acting = 0
    for kind, has_leader, has_acting in units:
        if kind not in KINDS_WITH_LEADER_POST:
            continue
        if has_leader:
            filled += 1
        else:
            vacant += 1
            acting += 1 if has_acting else 0
    return LeaderPosts(filled, vacant, acting)


def leader_posts_of_rows(rows: Iterable[UnitRow]) -> LeaderPosts:
    """``count_leader_posts`` of ``unit_rows``' rows."""
    return count_leader_posts((r.kind, not r.vacant, r.acting_leader is not None) for r in rows)


def leader_posts(session: Session, version_id: uuid.UUID, on: date) -> LeaderPosts:
    """The leader posts of a version on ``on``, as the Oversikt counts them."""
    return leader_posts_of_rows(unit_rows(session, version_id, on))
