"""Organisation versions: the current one, historical ones and scenarios.

A scenario is a full copy of a version (new ids, the same ``lineage_id`` per unit), edited
freely, compared with another version, and made current from an effective date.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import delete, func, insert, or_, select
from sqlalchemy.orm import Session

from app.formatting import format_date
from app.org.queries import active, leaderships, raw_key, walk
from app.org.units import OrgError
from db.base import utcnow
from db.models import (
    AuditAction,
    AuditEntry,
    BudgetKind,
    BudgetLine,
    BudgetSet,
    FollowUpLink,
    Network,
    NetworkMembership,
    OrgVersion,
    OrgVersionStatus,
    Person,
    Position,
    Unit,
    UnitAnsvar,
)
from db.rows import get_or_gone, table_of

# The working pattern: a 0-alternative and up to four proposals per reorganisation.
MAX_SCENARIOS_PER_BASE = 5
NO_LEAD = "Uten oppfølgingsansvarlig"
_STATUS_ORDER = {OrgVersionStatus.CURRENT: 0, OrgVersionStatus.SCENARIO: 1, OrgVersionStatus.HISTORICAL: 2}


@dataclass(frozen=True)
class VersionRow:
    id: uuid.UUID
    name: str
    status: str
    effective_from: date | None
    effective_to: date | None
    based_on_name: str | None
    units: int
    description: str


def _version(session: Session, version_id: uuid.UUID) -> OrgVersion:
    return get_or_gone(session, OrgVersion, version_id, OrgError(
        "Organisasjonsversjonen finnes ikke lenger. Oppdater visningen og prøv igjen."
    ))


def _free_name(session: Session, municipality_id: uuid.UUID, name: Any, except_id: uuid.UUID | None = None) -> str:
    text = "" if name is None else str(name).strip()
    if not text:
        raise OrgError("Versjonen må ha et navn, for eksempel «Alternativ 1».")
    if len(text) > 200:
        raise OrgError(f"Navnet på versjonen kan være høyst 200 tegn (det er {len(text)}). Kort det ned.")
    stmt = select(OrgVersion.id).where(OrgVersion.municipality_id == municipality_id, OrgVersion.name == text)
    if except_id is not None:
        stmt = stmt.where(OrgVersion.id != except_id)
    if session.scalar(stmt.limit(1)) is not None:
        raise OrgError(f"Det finnes allerede en versjon som heter «{text}». Velg et annet navn.")
    return text


def _audit(session: Session, action: AuditAction, version: OrgVersion, summary: str) -> None:
    session.add(AuditEntry(id=uuid.uuid4(), user_name=session.info.get("user", ""), action=action,
                           table_name="org_version", row_id=str(version.id), summary=summary))


def list_versions(session: Session) -> list[VersionRow]:
    """Current first, then the scenarios by name, then the historical ones newest first."""
    counts = dict(session.execute(select(Unit.org_version_id, func.count()).group_by(Unit.org_version_id)).all())
    versions = list(session.scalars(select(OrgVersion)))
    names = {v.id: v.name for v in versions}

    def order(v: OrgVersion) -> tuple[Any, ...]:
        newest_first = -(v.effective_from or date.min).toordinal()
        return (_STATUS_ORDER[v.status], newest_first if v.status == OrgVersionStatus.HISTORICAL else 0, v.name)

    return [
        VersionRow(v.id, v.name, v.status.value, v.effective_from, v.effective_to,
                   names.get(v.based_on_id) if v.based_on_id else None, counts.get(v.id, 0), v.description)
        for v in sorted(versions, key=order)
    ]


def scenario_count(session: Session, based_on_id: uuid.UUID) -> int:
    """How many scenarios are based on a version (the UI warns past ``MAX_SCENARIOS_PER_BASE``)."""
    return session.scalar(select(func.count()).select_from(OrgVersion).where(
        OrgVersion.based_on_id == based_on_id, OrgVersion.status == OrgVersionStatus.SCENARIO)) or 0


def _rows(session: Session, stmt: Any) -> list[dict[str, Any]]:
    return [dict(row) for row in session.execute(stmt).mappings()]


def copy_version(session: Session, source_id: uuid.UUID, name: str, *, description: str = "") -> OrgVersion:
    """A new scenario that is a full copy of ``source_id``; the source is not touched.

    Bulk inserts through Core, one audit entry for the lot: 5,000 units with their ansvar codes,
    positions and links copy in under 2 s (ORM objects and per-row audit would take many times that).
    """
    source = _version(session, source_id)
    target = OrgVersion(id=uuid.uuid4(), municipality_id=source.municipality_id,
                        name=_free_name(session, source.municipality_id, name),
                        status=OrgVersionStatus.SCENARIO, based_on_id=source.id,
                        description=(description or "").strip())
    session.add(target)
    session.flush()
    now = utcnow()
    fresh = {"created_at": now, "updated_at": now, "version": 1}

    units_t = Unit.__table__
    units = _rows(session, select(units_t).where(units_t.c.org_version_id == source_id))
    new_id = {u["id"]: uuid.uuid4() for u in units}
    tree: dict[uuid.UUID | None, list[uuid.UUID]] = defaultdict(list)
    for u in units:
        tree[u["parent_id"] if u["parent_id"] in new_id else None].append(u["id"])
    by_id = {u["id"]: u for u in units}
    ordered = [by_id[i] for root in tree[None] for i in walk(tree, root)]  # parents first
    unit_rows = [u | fresh | {"id": new_id[u["id"]], "org_version_id": target.id,
                              "parent_id": new_id.get(u["parent_id"])} for u in ordered]

    def children_of(model: Any, **remap: dict[uuid.UUID, uuid.UUID]) -> list[dict[str, Any]]:
        table = model.__table__
        rows = _rows(session, select(table).join(units_t, units_t.c.id == table.c.unit_id)
                     .where(units_t.c.org_version_id == source_id))
        return [r | fresh | {"id": uuid.uuid4()} | {k: m[r[k]] for k, m in remap.items()} for r in rows]

    networks_t = Network.__table__
    networks = _rows(session, select(networks_t).where(networks_t.c.org_version_id == source_id))
    new_network = {n["id"]: uuid.uuid4() for n in networks}
    network_rows = [n | fresh | {"id": new_network[n["id"]], "org_version_id": target.id} for n in networks]

    for model, rows in (
        (Unit, unit_rows),
        (UnitAnsvar, children_of(UnitAnsvar, unit_id=new_id)),
        (Position, children_of(Position, unit_id=new_id)),
        (FollowUpLink, children_of(FollowUpLink, unit_id=new_id)),
        (Network, network_rows),
        (NetworkMembership, children_of(NetworkMembership, unit_id=new_id, network_id=new_network)),
    ):
        if rows:
            session.execute(insert(table_of(model)), rows)
    from app.org.reorganisation import copy_extras  # issue 20: relations, role descriptions, merges/splits

    copy_extras(session, source_id, target.id)
    _audit(session, AuditAction.INSERT, target,
           f"Scenario «{target.name}» kopiert fra «{source.name}» ({len(unit_rows)} enheter)")
    session.flush()
    return target


def rename_version(session: Session, version_id: uuid.UUID, name: str) -> str:
    """Rename a version; returns the old name."""
    version = _version(session, version_id)
    old = version.name
    version.name = _free_name(session, version.municipality_id, name, except_id=version_id)
    session.flush()
    return old


def delete_version(session: Session, version_id: uuid.UUID) -> None:
    """Delete a scenario or historical version with everything in it; the current one is refused."""
    version = _version(session, version_id)
    if version.status == OrgVersionStatus.CURRENT:
        raise OrgError(f"«{version.name}» er den gjeldende organisasjonen og kan ikke slettes. Gjør et scenario "
                       "gjeldende først, eller slett scenarioene du ikke trenger.")
    session.flush()
    _audit(session, AuditAction.DELETE, version, f"Organisasjonsversjonen «{version.name}» slettet")
    # The database's ON DELETE CASCADE removes units, positions, links and networks in one statement;
    # agreements and meetings keep their lineage and lose only the link to the deleted unit.
    versions = table_of(OrgVersion)
    session.execute(delete(versions).where(versions.c.id == version_id))
    session.expire_all()


def make_current(session: Session, scenario_id: uuid.UUID, effective: date) -> OrgVersion:
    """The scenario becomes the current organisation from ``effective``; the old one becomes history."""
    scenario = _version(session, scenario_id)
    if scenario.status != OrgVersionStatus.SCENARIO:
        raise OrgError(f"«{scenario.name}» er ikke et scenario. Bare et scenario kan gjøres gjeldende; kopier "
                       "versjonen til et scenario først.")
    old = session.scalar(select(OrgVersion).where(OrgVersion.status == OrgVersionStatus.CURRENT,
                                                  OrgVersion.municipality_id == scenario.municipality_id))
    if old is not None:
        if old.effective_from is not None and effective <= old.effective_from:
            raise OrgError(f"«{old.name}» gjelder fra {format_date(old.effective_from)}. Den nye organisasjonen må "
                           f"gjelde fra en senere dato enn det (ikke {format_date(effective)}).")
        old.status = OrgVersionStatus.HISTORICAL
        old.effective_to = effective - timedelta(days=1)
    scenario.status = OrgVersionStatus.CURRENT
    scenario.effective_from = effective
    scenario.effective_to = None
    session.flush()
    return scenario


def version_on(session: Session, day: date) -> OrgVersion | None:
    """The current or historical version in force on ``day`` (None before the first one)."""
    return session.scalars(
        select(OrgVersion).where(
            OrgVersion.status.in_([OrgVersionStatus.CURRENT, OrgVersionStatus.HISTORICAL]),
            or_(OrgVersion.effective_from.is_(None), OrgVersion.effective_from <= day),
            or_(OrgVersion.effective_to.is_(None), OrgVersion.effective_to >= day),
        ).order_by(OrgVersion.effective_from.desc())
    ).first()


# --- comparison ------------------------------------------------------------------------------


@dataclass(frozen=True)
class UnitRef:
    lineage_id: uuid.UUID
    name: str
    code: str


@dataclass(frozen=True)
class MovedUnit:
    lineage_id: uuid.UUID
    name: str  # the name in b
    old_parent: str | None  # None: at the top
    new_parent: str | None


@dataclass(frozen=True)
class RenamedUnit:
    lineage_id: uuid.UUID
    old_name: str
    new_name: str


@dataclass(frozen=True)
class LeaderChange:
    lineage_id: uuid.UUID
    name: str
    old_leader: str | None  # None: vacant
    new_leader: str | None


@dataclass(frozen=True)
class LeadRow:
    lead_id: uuid.UUID | None  # None: units nobody follows up
    lead_name: str
    units_a: int
    units_b: int
    fte_a: Decimal
    fte_b: Decimal
    budget_a_ore: int
    budget_b_ore: int


@dataclass(frozen=True)
class Totals:
    units: int
    fte: Decimal
    budget_ore: int


@dataclass(frozen=True)
class MergedUnits:
    into: str  # the unit in «til» the others were merged into
    units: list[str]  # the units of «fra» merged into it


@dataclass(frozen=True)
class VersionComparison:
    """What changed from version a («fra») to version b («til»): units only in b are added,
    units only in a removed, a rename goes from a's name to b's, a move from a's parent to b's."""

    a_name: str
    b_name: str
    added: list[UnitRef]
    removed: list[UnitRef]
    moved: list[MovedUnit]
    renamed: list[RenamedUnit]
    leader_changed: list[LeaderChange]
    per_lead: list[LeadRow]
    totals_a: Totals
    totals_b: Totals
    budget_set_name: str | None  # the budget the figures come from
    merged: list[MergedUnits] = field(default_factory=list)

    @property
    def from_name(self) -> str:
        return self.a_name

    @property
    def to_name(self) -> str:
        return self.b_name

    def as_json(self) -> dict[str, Any]:
        """The changes as ``org compare --json`` prints them (issue 20's shape)."""
        return {
            "from": self.a_name,
            "to": self.b_name,
            "added": [u.name for u in self.added],
            "removed": [u.name for u in self.removed],
            "renamed": [{"from": r.old_name, "to": r.new_name} for r in self.renamed],
            "moved": [{"name": m.name, "from_parent": m.old_parent, "to_parent": m.new_parent} for m in self.moved],
            "merged": [{"into": g.into, "units": list(g.units)} for g in self.merged],
        }


@dataclass
class _Side:
    """One version's units keyed by lineage, with what the comparison needs."""

    units: dict[uuid.UUID, Any]  # lineage -> row(id, lineage_id, parent_id, name, code, fte, sort_order)
    lineage_of: dict[uuid.UUID, uuid.UUID]  # unit id -> lineage
    leader: dict[uuid.UUID, tuple[uuid.UUID, str]]  # lineage -> (person id, name)
    lead: dict[uuid.UUID, tuple[uuid.UUID, str]]  # lineage -> follow-up lead (person id, name)
    ansvar: dict[uuid.UUID, list[str]]  # lineage -> codes


def _side(session: Session, version_id: uuid.UUID, on: date) -> _Side:
    rows = session.execute(
        select(Unit.id, Unit.lineage_id, Unit.parent_id, Unit.name, Unit.code, Unit.fte, Unit.sort_order)
        .where(Unit.org_version_id == version_id).order_by(Unit.sort_order, Unit.name)
    ).all()
    lineage_of = {r.id: r.lineage_id for r in rows}
    leader: dict[uuid.UUID, tuple[uuid.UUID, str]] = {}
    leads_by_key = leaderships(session, version_id, on)
    for unit_id, lineage in lineage_of.items():
        held = leads_by_key.get(raw_key(unit_id))
        if held is not None and held.leader is not None:
            leader[lineage] = (held.leader.person_id, held.leader.name)
    lead: dict[uuid.UUID, tuple[uuid.UUID, str]] = {}
    for unit_id, person_id, given, family in session.execute(
        select(FollowUpLink.unit_id, Person.id, Person.given_name, Person.family_name)
        .join(Person, Person.id == FollowUpLink.lead_person_id).join(Unit, Unit.id == FollowUpLink.unit_id)
        .where(Unit.org_version_id == version_id, active(FollowUpLink.start_date, FollowUpLink.end_date, on))
        .order_by(FollowUpLink.start_date)
    ):
        lead[lineage_of[unit_id]] = (person_id, f"{given} {family}")
    ansvar: dict[uuid.UUID, list[str]] = defaultdict(list)
    for unit_id, code in session.execute(
        select(UnitAnsvar.unit_id, UnitAnsvar.code).join(Unit, Unit.id == UnitAnsvar.unit_id)
        .where(Unit.org_version_id == version_id)
    ):
        ansvar[lineage_of[unit_id]].append(code)
    return _Side({r.lineage_id: r for r in rows}, lineage_of, leader, lead, ansvar)


def _newest_budget(session: Session) -> tuple[str | None, dict[str, int]]:
    """The newest budget set (kind budsjett) and its sum per ansvar code, in øre."""
    budget = session.scalars(
        select(BudgetSet).where(BudgetSet.kind == BudgetKind.BUDSJETT)
        .order_by(BudgetSet.year.desc(), BudgetSet.imported_at.desc().nulls_last(), BudgetSet.created_at.desc())
    ).first()
    if budget is None:
        return None, {}
    sums = session.execute(
        select(BudgetLine.ansvar, func.sum(BudgetLine.amount_ore)).where(BudgetLine.budget_set_id == budget.id)
        .group_by(BudgetLine.ansvar)
    ).all()
    return budget.name, {code: int(total or 0) for code, total in sums}


def _age(version: OrgVersion) -> tuple[int, int, date, Any]:
    """Sort key, oldest first: historical versions by their dates, then the current one, then scenarios
    (one a scenario was copied from before the copy)."""
    rank = {OrgVersionStatus.HISTORICAL: 0, OrgVersionStatus.CURRENT: 1, OrgVersionStatus.SCENARIO: 2}
    return (rank[version.status], 0, version.effective_from or date.min, version.created_at)


def in_order(session: Session, x_id: uuid.UUID, y_id: uuid.UUID) -> tuple[uuid.UUID, uuid.UUID]:
    """Two versions as (fra, til): the current or the older one first. A scenario copied from the
    other comes after it."""
    x, y = _version(session, x_id), _version(session, y_id)
    if x.status == y.status == OrgVersionStatus.SCENARIO:
        if x.based_on_id == y.id:
            return y.id, x.id
        if y.based_on_id == x.id:
            return x.id, y.id
    return (x.id, y.id) if _age(x) <= _age(y) else (y.id, x.id)


def compare_in_order(session: Session, x_id: uuid.UUID, y_id: uuid.UUID, on: date) -> VersionComparison:
    """``compare_versions`` from the current or older of the two to the other, whichever was picked first."""
    return compare_versions(session, *in_order(session, x_id, y_id), on)


def version_named(session: Session, name: str) -> OrgVersion:
    version = session.scalar(select(OrgVersion).where(OrgVersion.name == name))
    if version is None:
        names = ", ".join(f"«{n}»" for n in session.scalars(select(OrgVersion.name).order_by(OrgVersion.name)))
        raise OrgError(f"Fant ingen organisasjonsversjon som heter «{name}». Versjonene er: {names or 'ingen'}.")
    return version


def compare_named(session: Session, from_name: str, to_name: str, on: date) -> VersionComparison:
    """``org compare --from NAME --to NAME``: the changes from one version to the other, as named."""
    return compare_versions(session, version_named(session, from_name).id, version_named(session, to_name).id, on)


def compare_versions(session: Session, a_id: uuid.UUID, b_id: uuid.UUID, on: date) -> VersionComparison:
    """What changed from version a («fra») to version b («til»), units matched by lineage; people and
    links as of ``on``. A unit only in b is added, one only in a removed; renames and moves go from
    a's name and parent to b's."""
    version_a, version_b = _version(session, a_id), _version(session, b_id)
    a, b = _side(session, a_id, on), _side(session, b_id, on)
    budget_name, budget = _newest_budget(session)

    def parent_name(side: _Side, row: Any) -> str | None:
        if row.parent_id is None:
            return None
        return side.units[side.lineage_of[row.parent_id]].name

    def parent_lineage(side: _Side, row: Any) -> uuid.UUID | None:
        return side.lineage_of.get(row.parent_id) if row.parent_id is not None else None

    added = [UnitRef(k, r.name, r.code) for k, r in b.units.items() if k not in a.units]
    removed = [UnitRef(k, r.name, r.code) for k, r in a.units.items() if k not in b.units]
    merged = _merged(session, (a_id, b_id), a, b)  # issue 20: units of a merged into one unit of b
    into = {lineage for lineage, _ in merged}
    gone = {old for _, olds in merged for old in olds}
    added = [u for u in added if u.lineage_id not in into]
    removed = [u for u in removed if u.lineage_id not in gone]
    moved: list[MovedUnit] = []
    renamed: list[RenamedUnit] = []
    leader_changed: list[LeaderChange] = []
    for lineage, rb in b.units.items():
        ra = a.units.get(lineage)
        if ra is None:
            continue
        if parent_lineage(a, ra) != parent_lineage(b, rb):
            moved.append(MovedUnit(lineage, rb.name, parent_name(a, ra), parent_name(b, rb)))
        if ra.name != rb.name:
            renamed.append(RenamedUnit(lineage, ra.name, rb.name))
        old, new = a.leader.get(lineage), b.leader.get(lineage)
        if (old[0] if old else None) != (new[0] if new else None):
            leader_changed.append(LeaderChange(lineage, rb.name, old[1] if old else None, new[1] if new else None))

    def unit_budget(side: _Side, lineage: uuid.UUID) -> int:
        return sum(budget.get(code, 0) for code in side.ansvar.get(lineage, []))

    per: dict[uuid.UUID | None, dict[str, Any]] = {}
    for key, side in (("a", a), ("b", b)):
        for lineage, row in side.units.items():
            lead_id, lead_name = side.lead.get(lineage, (None, NO_LEAD))
            entry = per.setdefault(lead_id, {"name": lead_name, "units_a": 0, "units_b": 0, "fte_a": Decimal(0),
                                             "fte_b": Decimal(0), "budget_a": 0, "budget_b": 0})
            entry[f"units_{key}"] += 1
            entry[f"fte_{key}"] += row.fte
            entry[f"budget_{key}"] += unit_budget(side, lineage)
    per_lead = [
        LeadRow(lead_id, e["name"], e["units_a"], e["units_b"], e["fte_a"], e["fte_b"], e["budget_a"], e["budget_b"])
        for lead_id, e in sorted(per.items(), key=lambda item: (item[0] is None, item[1]["name"]))
    ]

    def totals(side: _Side) -> Totals:
        codes = {code for codes in side.ansvar.values() for code in codes}  # a shared code counts once
        return Totals(len(side.units), sum((r.fte for r in side.units.values()), Decimal(0)),
                      sum(budget.get(code, 0) for code in codes))

    return VersionComparison(version_a.name, version_b.name, added, removed, moved, renamed, leader_changed,
                             per_lead, totals(a), totals(b), budget_name,
                             [MergedUnits(b.units[k].name, [a.units[o].name for o in olds]) for k, olds in merged])


def _merged(session: Session, version_ids: tuple[uuid.UUID, uuid.UUID], a: _Side, b: _Side
            ) -> list[tuple[uuid.UUID, list[uuid.UUID]]]:
    """(lineage in b, lineages in a) for each unit of b that units of a were merged into (``UnitSuccession``
    rows of either version), units of a that are gone from b."""
    from db.models.org import UnitSuccession

    groups: dict[uuid.UUID, list[uuid.UUID]] = {}
    for old, new in session.execute(
        select(UnitSuccession.old_lineage_id, UnitSuccession.new_lineage_id)
        .where(UnitSuccession.org_version_id.in_(version_ids), UnitSuccession.kind == "merge")
        .order_by(UnitSuccession.created_at)
    ):
        if old in a.units and old not in b.units and new in b.units and old not in groups.get(new, []):
            groups.setdefault(new, []).append(old)
    return list(groups.items())
