"""Editing a structure in a scenario: merge units («Slå sammen enheter»), split one («Del enhet»),
move several at once. Each returns a :class:`Change` that :func:`undo` puts back exactly.

Everything happens in a scenario; the current organisation changes only when a scenario is made
current (``app.org.transition.make_current_with_plan``), and then the merged units end the day before.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.org import units as org_units
from app.org.queries import children_map, walk
from app.org.units import OrgError
from db.models import (
    Agreement,
    AuditAction,
    AuditEntry,
    FollowUpLink,
    Meeting,
    NetworkMembership,
    OrgVersion,
    OrgVersionStatus,
    Person,
    Position,
    PositionRole,
    Unit,
    UnitAnsvar,
    UnitKind,
)
from db.models.org import RoleDescription, UnitRelation, UnitSuccession
from db.rows import get_or_gone, row_snapshot

ONE_DAY = timedelta(days=1)
_BY_NAME: dict[str, Any] = {m.__name__: m for m in (
    Unit, UnitAnsvar, Position, FollowUpLink, NetworkMembership, UnitRelation, UnitSuccession, RoleDescription,
    Agreement, Meeting)}


@dataclass
class Change:
    """What one structure edit did, enough to undo it: rows inserted, rows changed (their old values)
    and rows deleted (their snapshots), in the order they happened."""

    summary: str
    version_id: uuid.UUID
    new_unit_ids: list[uuid.UUID] = field(default_factory=list)
    inserted: list[tuple[str, uuid.UUID]] = field(default_factory=list)
    changed: dict[tuple[str, uuid.UUID], dict[str, Any]] = field(default_factory=dict)
    deleted: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    # Taken by ``undo`` so ``redo`` can put the edit back with the same ids: the changed rows' new values and
    # the inserted rows whole.
    after_changed: dict[tuple[str, uuid.UUID], dict[str, Any]] = field(default_factory=dict)
    after_inserted: list[tuple[str, dict[str, Any]]] = field(default_factory=list)

    def remember(self, obj: Any) -> None:
        key = (type(obj).__name__, obj.id)
        if key not in self.changed and (key[0], obj.id) not in self.inserted:
            self.changed[key] = row_snapshot(obj)

    def add(self, session: Session, obj: Any) -> None:
        session.add(obj)
        self.inserted.append((type(obj).__name__, obj.id))

    def delete(self, session: Session, obj: Any) -> None:
        key = (type(obj).__name__, obj.id)
        snapshot = self.changed.pop(key, None) or row_snapshot(obj)
        self.deleted.append((key[0], snapshot))
        session.delete(obj)



def _add_units_parents_first(session: Session, units: list[dict[str, Any]]) -> None:
    """Put units back from their snapshots, a level at a time so a parent exists before its children."""
    pending = list(units)
    while pending:
        present = {u["id"] for u in pending}
        level = [u for u in pending if u["parent_id"] not in present]
        session.add_all(Unit(**values) for values in level)
        session.flush()
        pending = [u for u in pending if u not in level]


def _set_values(session: Session, changed: dict[tuple[str, Any], dict[str, Any]]) -> None:
    """Give each changed row (still there) the snapshot's values."""
    for (name, obj_id), values in changed.items():
        obj = session.get(_BY_NAME[name], obj_id)
        if obj is None:
            continue
        for key, value in values.items():
            if key not in ("id", "created_at") and getattr(obj, key) != value:
                setattr(obj, key, value)
    session.flush()

def undo(session: Session, change: Change) -> None:
    """Put back everything ``change`` did: deleted units first (parents before children), then the old
    values of changed rows, then the other deleted rows, and last the inserted rows are removed."""
    change.after_changed = {}
    for name, obj_id in change.changed:
        obj = session.get(_BY_NAME[name], obj_id)
        if obj is not None:
            change.after_changed[(name, obj_id)] = row_snapshot(obj)
    change.after_inserted = []
    for name, obj_id in change.inserted:
        obj = session.get(_BY_NAME[name], obj_id)
        if obj is not None:
            change.after_inserted.append((name, row_snapshot(obj)))
    _add_units_parents_first(session, [values for name, values in change.deleted if name == "Unit"])
    _set_values(session, change.changed)
    for name, values in change.deleted:
        if name != "Unit":
            session.add(_BY_NAME[name](**values))
    session.flush()
    session.expire_all()
    for name, obj_id in reversed(change.inserted):
        obj = session.get(_BY_NAME[name], obj_id)
        if obj is not None:
            session.delete(obj)
            session.flush()
    session.expire_all()
    _audit(session, change.version_id, f"Angret: {change.summary}")


def redo(session: Session, change: Change) -> None:
    """Do an undone edit again with the same ids (so later edits on the undo stack still find their rows):
    the inserted units, the changed rows' new values, the other inserted rows, then the deletions."""
    if not change.after_inserted and not change.after_changed:
        raise OrgError("Endringen kan ikke gjøres om fordi den ikke er angret. Oppdater visningen.")
    _add_units_parents_first(session, [values for name, values in change.after_inserted if name == "Unit"])
    _set_values(session, change.after_changed)
    session.add_all(_BY_NAME[name](**values) for name, values in change.after_inserted if name != "Unit")
    session.flush()
    for name, values in sorted(change.deleted, key=lambda item: item[0] == "Unit"):  # units last
        obj = session.get(_BY_NAME[name], values["id"])
        if obj is not None:
            session.delete(obj)
            session.flush()
    session.expire_all()
    _audit(session, change.version_id, f"Gjort om: {change.summary}")


def _audit(session: Session, version_id: uuid.UUID, summary: str) -> None:
    session.add(AuditEntry(id=uuid.uuid4(), user_name=session.info.get("user", ""), action=AuditAction.UPDATE,
                           table_name="org_version", row_id=str(version_id), summary=summary))
    session.flush()


def _scenario_units(session: Session, unit_ids: list[uuid.UUID], what: str) -> tuple[OrgVersion, list[Unit]]:
    units: list[Unit] = []
    for unit_id in unit_ids:
        units.append(get_or_gone(session, Unit, unit_id, OrgError(
            "En av enhetene finnes ikke lenger. Oppdater visningen og prøv igjen.")))
    versions = {u.org_version_id for u in units}
    if len(versions) != 1:
        raise OrgError(f"Enhetene må høre til samme organisasjonsversjon for å {what}.")
    version = session.get_one(OrgVersion, versions.pop())
    if version.status != OrgVersionStatus.SCENARIO:
        raise OrgError(f"«{version.name}» er ikke et scenario. Lag et scenario (et alternativ) og {what} der; "
                       "endringen gjelder først når scenarioet gjøres gjeldende.")
    for u in units:
        if u.kind in (UnitKind.ADMINISTRATION, UnitKind.TOP_TEAM):
            raise OrgError(f"«{u.name}» er toppen av administrasjonen eller ledergruppen og kan ikke "
                           f"brukes til å {what}.")
    return version, units


def _rows_of(session: Session, model: Any, unit_ids: list[uuid.UUID]) -> list[Any]:
    return list(session.scalars(select(model).where(model.unit_id.in_(unit_ids))))


@dataclass(frozen=True)
class MergePreview:
    """What a merge will carry over, for the dialog to show before the user confirms."""

    positions: int
    ansvar: list[str]
    follow_up_links: int
    memberships: int
    children: int


def leader_choices(session: Session, version_id: uuid.UUID, effective: date
                   ) -> dict[uuid.UUID, list[tuple[uuid.UUID, str]]]:
    """Who may lead a merged unit: per unit of the version, the leaders ``merge_units`` would find
    there on ``effective`` (person id, name), for the merge dialog's «Leder» choice."""
    choices: dict[uuid.UUID, list[tuple[uuid.UUID, str]]] = {}
    for unit_id, person_id, given, family in session.execute(
        select(Position.unit_id, Person.id, Person.given_name, Person.family_name)
        .join(Person, Person.id == Position.person_id).join(Unit, Unit.id == Position.unit_id)
        .where(Unit.org_version_id == version_id, Position.role == PositionRole.LEADER,
               Position.start_date < effective, (Position.end_date.is_(None)) | (Position.end_date >= effective))
        .order_by(Position.start_date)
    ):
        choices.setdefault(unit_id, []).append((person_id, f"{given} {family}"))
    return choices


def merge_units(
    session: Session,
    unit_ids: list[uuid.UUID],
    name: str,
    effective: date,
    *,
    leader_person_id: uuid.UUID | None = None,
    code: str | None = None,
) -> Change:
    """«Slå sammen enheter»: the units become one new unit named ``name`` where the first one was.

    People and positions, ansvar codes, follow-up links, network memberships, relations, role
    descriptions (they stay with their positions), agreements and meetings and the units under them
    move to the new unit; the old units leave the scenario and end on ``effective`` when it is made
    current (``UnitSuccession``). Leaders other than ``leader_person_id`` (default: the first unit's)
    stop being leaders the day before ``effective``.
    """
    if len(set(unit_ids)) < 2:
        raise OrgError("Velg minst to enheter som skal slås sammen.")
    unit_ids = list(dict.fromkeys(unit_ids))
    version, units = _scenario_units(session, unit_ids, "slå sammen enheter")
    tree = children_map(session, version.id)
    for u in units:
        below = set(walk(tree, u.id)) - {u.id}
        inside = [o.name for o in units if o.id in below]
        if inside:
            raise OrgError(f"«{inside[0]}» ligger under «{u.name}». Velg enheter som står side om side, "
                           "eller flytt enheten først.")
    name = org_units.clean_text(name, "Navnet på den sammenslåtte enheten", 500, required=True)
    if leader_person_id is not None and leader_person_id not in {
            p.person_id for p in _rows_of(session, Position, unit_ids) if p.role == PositionRole.LEADER
            and p.start_date < effective and (p.end_date is None or p.end_date >= effective)}:
        raise OrgError("Lederen du valgte, leder ikke noen av enhetene som slås sammen på datoen. Velg en av "
                       "lederne deres, eller la den første enhetens leder fortsette.")
    first = units[0]
    change = Change(f"{', '.join(u.name for u in units)} slått sammen til {name}", version.id)
    siblings = org_units.sibling_units(session, version.id, first.parent_id)
    for s in siblings:
        change.remember(s)
    new = Unit(id=uuid.uuid4(), org_version_id=version.id, lineage_id=uuid.uuid4(), parent_id=first.parent_id,
               code=code.strip() if code and code.strip() else org_units.next_code(session, version.id),
               name=name, kind=first.kind, sort_order=first.sort_order,
               fte=sum((u.fte for u in units), Decimal(0)), staff_count=sum(u.staff_count for u in units),
               area_of_work="\n".join(u.area_of_work for u in units if u.area_of_work),
               services=list(dict.fromkeys(s for u in units for s in (u.services or []))),
               is_external=any(u.is_external for u in units), year_type=first.year_type)
    if org_units.code_taken(session, version.id, new.code):
        raise OrgError(f"Enhets-id «{new.code}» brukes allerede i «{version.name}». Velg en annen id.")
    change.add(session, new)
    change.new_unit_ids.append(new.id)
    session.flush()
    old_ids = [u.id for u in units]
    for child in session.scalars(select(Unit).where(Unit.parent_id.in_(old_ids))):
        change.remember(child)
        child.parent_id = new.id
    leader = leader_person_id
    active_leaders = [p for p in _rows_of(session, Position, old_ids)
                      if p.role == PositionRole.LEADER and p.start_date < effective
                      and (p.end_date is None or p.end_date >= effective)]
    if leader is None:
        firsts = [p for p in active_leaders if p.unit_id == first.id]
        leader = firsts[0].person_id if firsts else None
    for p in _rows_of(session, Position, old_ids):
        change.remember(p)
        p.unit_id = new.id
        if p in active_leaders and p.person_id != leader:
            p.end_date = max(p.start_date, effective - ONE_DAY)
    seen_codes: set[str] = set()
    for a in sorted(_rows_of(session, UnitAnsvar, old_ids), key=lambda a: (a.code, old_ids.index(a.unit_id))):
        if a.code in seen_codes:
            change.delete(session, a)
            continue
        seen_codes.add(a.code)
        change.remember(a)
        a.unit_id = new.id
    seen_leads: set[tuple[uuid.UUID, date | None]] = set()
    for link in sorted(_rows_of(session, FollowUpLink, old_ids), key=lambda x: x.start_date):
        if (link.lead_person_id, link.end_date) in seen_leads:
            change.delete(session, link)
            continue
        seen_leads.add((link.lead_person_id, link.end_date))
        change.remember(link)
        link.unit_id = new.id
    seen_networks: set[uuid.UUID] = set()
    for m in _rows_of(session, NetworkMembership, old_ids):
        if m.network_id in seen_networks:
            change.delete(session, m)
            continue
        seen_networks.add(m.network_id)
        change.remember(m)
        m.unit_id = new.id
    session.flush()
    _repoint_relations(session, change, set(old_ids), new.id)
    for model in (Agreement, Meeting):
        for obj in _rows_of(session, model, old_ids):
            change.remember(obj)
            obj.unit_id = new.id
            obj.unit_lineage_id = new.lineage_id
    for u in units:
        change.add(session, UnitSuccession(id=uuid.uuid4(), org_version_id=version.id, old_lineage_id=u.lineage_id,
                                           new_lineage_id=new.lineage_id, kind="merge", effective_date=effective))
    session.flush()
    for u in units:
        change.delete(session, u)
    session.flush()
    remaining = [new if s.id == first.id else s for s in siblings if s.id == first.id or s.id not in old_ids]
    org_units.renumber(remaining)
    session.flush()
    org_units.expire_children(session, {first.parent_id})
    _audit(session, version.id, change.summary)
    return change


def _repoint_relations(session: Session, change: Change, old: set[uuid.UUID], new_id: uuid.UUID) -> None:
    rels = list(session.scalars(select(UnitRelation).where(
        UnitRelation.from_unit_id.in_(old) | UnitRelation.to_unit_id.in_(old))))
    seen: set[tuple[uuid.UUID, uuid.UUID, str]] = set()
    for r in rels:
        src = new_id if r.from_unit_id in old else r.from_unit_id
        dst = new_id if r.to_unit_id in old else r.to_unit_id
        if src == dst or (src, dst, r.kind) in seen:
            change.delete(session, r)
            continue
        seen.add((src, dst, r.kind))
        change.remember(r)
        r.from_unit_id, r.to_unit_id = src, dst
    session.flush()


def split_unit(
    session: Session,
    unit_id: uuid.UUID,
    new_name: str,
    effective: date,
    *,
    rename_to: str | None = None,
    positions: list[uuid.UUID] | None = None,
    ansvar_codes: list[str] | None = None,
    children: list[uuid.UUID] | None = None,
    fte: Decimal | None = None,
    staff_count: int | None = None,
    code: str | None = None,
) -> Change:
    """«Del enhet»: a new unit ``new_name`` beside the unit takes the chosen positions, ansvar codes,
    units under it, årsverk and staff; the unit keeps the rest (and is renamed to ``rename_to`` if given).
    The new unit is followed up by the same kommunalsjef and sits in the same networks."""
    version, (unit,) = _scenario_units(session, [unit_id], "dele en enhet")
    new_name = org_units.clean_text(new_name, "Navnet på den nye enheten", 500, required=True)
    fte_new = Decimal(fte) if fte is not None else Decimal(0)
    staff_new = staff_count if staff_count is not None else 0
    if not Decimal(0) <= fte_new <= unit.fte:
        raise OrgError(f"Årsverkene til «{new_name}» må være mellom 0 og {unit.fte} (det «{unit.name}» har).")
    if not 0 <= staff_new <= unit.staff_count:
        raise OrgError(f"Ansatte i «{new_name}» må være mellom 0 og {unit.staff_count} (det «{unit.name}» har).")
    own_codes = {a.code: a for a in _rows_of(session, UnitAnsvar, [unit.id])}
    missing = [c for c in (ansvar_codes or []) if c not in own_codes]
    if missing:
        raise OrgError(f"Ansvarskode {missing[0]} hører ikke til «{unit.name}». Velg blant "
                       f"{', '.join(sorted(own_codes)) or 'ingen'}.")
    change = Change(f"{unit.name} delt: {new_name} skilt ut", version.id)
    siblings = org_units.sibling_units(session, version.id, unit.parent_id)
    for s in siblings:
        change.remember(s)
    change.remember(unit)
    new = Unit(id=uuid.uuid4(), org_version_id=version.id, lineage_id=uuid.uuid4(), parent_id=unit.parent_id,
               code=code.strip() if code and code.strip() else org_units.next_code(session, version.id),
               name=new_name, kind=unit.kind, fte=fte_new, staff_count=staff_new, area_of_work=unit.area_of_work,
               services=list(unit.services or []), is_external=unit.is_external, year_type=unit.year_type)
    if org_units.code_taken(session, version.id, new.code):
        raise OrgError(f"Enhets-id «{new.code}» brukes allerede i «{version.name}». Velg en annen id.")
    change.add(session, new)
    change.new_unit_ids.append(new.id)
    unit.fte = unit.fte - fte_new
    unit.staff_count = unit.staff_count - staff_new
    if rename_to and rename_to.strip():
        unit.name = org_units.clean_text(rename_to, "Det nye navnet", 500)
    session.flush()
    chosen_positions = set(positions or [])
    for p in _rows_of(session, Position, [unit.id]):
        if p.id in chosen_positions:
            change.remember(p)
            p.unit_id = new.id
    for code_ in ansvar_codes or []:
        change.remember(own_codes[code_])
        own_codes[code_].unit_id = new.id
    for child_id in children or []:
        child = session.get(Unit, child_id)
        if child is None or child.parent_id != unit.id:
            raise OrgError("En av enhetene som skulle flyttes er ikke under enheten som deles. Oppdater visningen.")
        change.remember(child)
        child.parent_id = new.id
    for link in _rows_of(session, FollowUpLink, [unit.id]):
        if link.end_date is None or link.end_date >= effective:
            change.add(session, FollowUpLink(id=uuid.uuid4(), unit_id=new.id, lead_person_id=link.lead_person_id,
                                             start_date=max(link.start_date, effective), end_date=link.end_date))
    for m in _rows_of(session, NetworkMembership, [unit.id]):
        change.add(session, NetworkMembership(id=uuid.uuid4(), network_id=m.network_id, unit_id=new.id))
    change.add(session, UnitSuccession(id=uuid.uuid4(), org_version_id=version.id, old_lineage_id=unit.lineage_id,
                                       new_lineage_id=new.lineage_id, kind="split", effective_date=effective))
    index = next(i for i, s in enumerate(siblings) if s.id == unit.id)
    siblings.insert(index + 1, new)
    org_units.renumber(siblings)
    session.flush()
    org_units.expire_children(session, {unit.parent_id, unit.id})
    _audit(session, version.id, change.summary)
    return change


def move_units(session: Session, unit_ids: list[uuid.UUID], new_parent_id: uuid.UUID | None) -> Change:
    """Move several units under one new parent at once (last among its units, in the order given)."""
    if not unit_ids:
        raise OrgError("Velg minst én enhet som skal flyttes.")
    version, units = _scenario_units(session, list(dict.fromkeys(unit_ids)), "flytte enheter")
    parents = {u.parent_id for u in units} | {new_parent_id}
    change = Change(f"{len(units)} enheter flyttet", version.id)
    for parent_id in parents:
        for s in org_units.sibling_units(session, version.id, parent_id):
            change.remember(s)
    for u in units:
        org_units.move_unit(session, u.id, new_parent_id, 10**9)
    _audit(session, version.id, change.summary)
    return change


def merge_preview(session: Session, unit_ids: list[uuid.UUID]) -> MergePreview:
    ids = list(unit_ids)
    return MergePreview(
        positions=len(_rows_of(session, Position, ids)),
        ansvar=sorted({a.code for a in _rows_of(session, UnitAnsvar, ids)}),
        follow_up_links=len(_rows_of(session, FollowUpLink, ids)),
        memberships=len(_rows_of(session, NetworkMembership, ids)),
        children=len(list(session.scalars(select(Unit.id).where(Unit.parent_id.in_(ids))))),
    )
