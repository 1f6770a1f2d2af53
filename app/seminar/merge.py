"""The merge home: a three-way merge of a seminar package into the office's database.

The common ancestor is the package's base snapshot (every packaged row as it was when the
package was made). As in Dolt's cell-wise merge, a row is a set of cells (its columns, the
bookkeeping columns ``created_at``, ``updated_at`` and ``version`` aside), matched across the
files by the row's UUID:

* a cell changed on one side only takes that side's value;
* a row changed on both sides in different cells is merged cell by cell;
* the same cell changed on both sides to different values is a **conflict** the user decides
  (office or package); the same new value on both sides is no conflict;
* a row new in the package is added; a row deleted at the seminar is deleted at home unless
  the office changed it meanwhile (then a conflict), and a row the office deleted stays deleted
  unless the seminar changed it (a conflict).

``plan_merge`` reads only; ``apply_merge`` writes the chosen changes in the caller's one
transaction, with the audit log and the office's record of the package (so it is never merged
twice). Action items of a «samlingsnotat» become real action items (``ActionItem``) there.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import Connection, Table, bindparam, func, select, text, update
from sqlalchemy.orm import Session

from app.errors import AppError
from app.seminar.labels import ROW, field_label, noun, setting_label, value_text
from app.seminar.package import (
    META_COLUMNS,
    REFERENCE_TABLES,
    PackageInfo,
    data_tables,
    database_identity,
    plain,
    read_info,
    row_key,
)
from db.base import Base
from db.models import AuditAction, SeminarPackage
from db.session import current_user

Side = Literal["office", "package"]
OPS = {"new": ("ny", "nytt"), "changed": ("endret", "endret"), "removed": ("slettet", "slettet")}


def kind_of(table: str, op: str, row: Mapping[str, Any] | None = None) -> str:
    word, neuter = noun(table)
    if table == "org_version" and row is not None and str(plain(row.get("status"))) == "scenario":
        word, neuter = "scenario", True
    return f"{OPS[op][1 if neuter else 0]} {word}"


def name_of(row: Mapping[str, Any] | None, fallback: str) -> str:
    if row:
        if isinstance(row.get("given_name"), str) or isinstance(row.get("family_name"), str):
            full = " ".join(str(row.get(c) or "").strip() for c in ("given_name", "family_name")).strip()
            if full:
                return full
        for column in ("name", "title", "text", "code", "key", "category"):
            value = row.get(column)
            if isinstance(value, str) and value.strip():
                value = " ".join(value.split())
                return value if len(value) <= 80 else value[:79] + "…"
    return fallback[:8]


@dataclass
class Change:
    """One row the merge writes: ``values`` are the cells it takes from the package."""

    table: str
    row_id: uuid.UUID
    op: Literal["new", "changed", "removed"]
    kind: str
    name: str
    values: dict[str, Any] = field(default_factory=dict)

    @property
    def key(self) -> str:
        return f"{self.table}:{self.row_id.hex}"

    def as_json(self) -> dict[str, Any]:
        fields = {k: plain(v) for k, v in self.values.items() if k not in META_COLUMNS}
        return {"kind": self.kind, "name": self.name, "fields": fields, "table": self.table,
                "id": str(self.row_id), "key": self.key}

    def field_labels(self) -> list[str]:
        """The changed fields as the user reads them (none for a new or deleted row: all of it)."""
        if self.op != "changed":
            return []
        order = list(Base.metadata.tables[self.table].columns.keys())  # the table's own order: «fra, til»
        return [field_label(k, self.table) for k in sorted(self.values, key=order.index) if k not in META_COLUMNS]


@dataclass
class Conflict:
    """One cell changed on both sides (``field`` is ``ROW`` for a deleted-and-changed row)."""

    table: str
    row_id: uuid.UUID
    field: str
    kind: str
    name: str
    office: Any
    package: Any
    package_row: dict[str, Any] | None = None  # the package's whole row, for a row the office deleted

    @property
    def key(self) -> str:
        return f"{self.table}:{self.row_id.hex}:{self.field}"

    def as_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "name": self.name, "field": self.field, "office": _shown(self.office),
                "package": _shown(self.package), "table": self.table, "id": str(self.row_id), "key": self.key}


def _shown(value: Any) -> Any:
    return plain(value)


@dataclass
class Refused:
    """A change of the package that cannot be written into the office as it now is (it points at a
    row the office deleted, or it would put units under each other): shown in the preview, never
    written, and the merge says so."""

    change: Change
    reason: str

    @property
    def key(self) -> str:
        return self.change.key

    def line(self) -> str:
        return f"{self.change.kind} «{self.change.name}»: {self.reason}"

    def as_json(self) -> dict[str, Any]:
        return {**self.change.as_json(), "reason": self.reason}


@dataclass
class MergePlan:
    info: PackageInfo
    changes: list[Change]
    conflicts: list[Conflict]
    upgraded_from: str | None = None
    refused: list[Refused] = field(default_factory=list)  # not mergeable: left out, with the reason
    left_behind: list[str] = field(default_factory=list)  # what the package has that never comes home

    def as_json(self) -> dict[str, Any]:
        return {"changes": [c.as_json() for c in self.changes], "conflicts": [c.as_json() for c in self.conflicts],
                "refused": [r.as_json() for r in self.refused], "left_behind": list(self.left_behind)}

    def count_by_kind(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for change in self.changes:
            counts[change.kind] = counts.get(change.kind, 0) + 1
        return counts


@dataclass(frozen=True)
class MergeResult:
    package_id: uuid.UUID
    written: int
    left_out: int
    conflicts_resolved: int
    action_items: int
    by_kind: dict[str, int]
    refused: tuple[str, ...] = ()  # the preview's refused changes, not written («kind «name»: why»)
    left_behind: tuple[str, ...] = ()  # what stayed in the package (budgets, code lists, settings)


# ----------------------------------------------------------------------------- checks

def check_package(session: Session, info: PackageInfo) -> None:
    """Refuse a package from another database, and one already merged; nothing is written."""
    office = database_identity(session)
    if info.source_identity != office:
        raise AppError(
            f"Pakken «{info.path.name}» er laget fra en annen database ({info.source_name or 'ukjent'}), ikke fra "
            "denne. Den kan bare hentes inn i databasen den ble laget fra. Åpne riktig database og prøv igjen; "
            "ingenting er endret.")
    record = session.get(SeminarPackage, info.package_id)
    if record is not None and record.merged_at is not None:
        when = record.merged_at if record.merged_at.tzinfo else record.merged_at.replace(tzinfo=UTC)
        raise AppError(
            f"Pakken «{info.path.name}» er allerede hentet inn ({when.astimezone():%d.%m.%Y kl. %H:%M} av "
            f"{record.merged_by}). En pakke kan bare hentes inn én gang; ingenting er endret.")


# ----------------------------------------------------------------------------- planning

def _chunks(items: list[Any], size: int = 500) -> Iterable[list[Any]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def _rows_by_id(conn: Connection, table: Table, ids: list[uuid.UUID] | None) -> dict[str, dict[str, Any]]:
    if ids is None:
        return {row_key(r.id): dict(r._mapping) for r in conn.execute(select(table))}
    out: dict[str, dict[str, Any]] = {}
    for chunk in _chunks(ids):
        for r in conn.execute(select(table).where(table.c.id.in_(chunk))):
            out[row_key(r.id)] = dict(r._mapping)
    return out


def plan_merge(session: Session, package: Connection, path: Path) -> MergePlan:
    """Every change and conflict the package would bring, the changes that cannot be brought
    (``refused``) and what stays in the package (``left_behind``); reads only."""
    info = read_info(package, path)
    check_package(session, info)
    base_table = Base.metadata.tables["seminar_base_row"]
    bases: dict[str, dict[str, dict[str, Any]]] = {}
    for r in package.execute(select(base_table.c.table_name, base_table.c.row_id, base_table.c.data)):
        bases.setdefault(r.table_name, {})[uuid.UUID(r.row_id).hex] = r.data or {}
    office_conn = session.connection()
    namer = Namer(package, office_conn)
    changes: list[Change] = []
    conflicts: list[Conflict] = []
    for table in data_tables():
        if table.name in REFERENCE_TABLES:
            continue
        base = bases.get(table.name, {})
        theirs = _rows_by_id(package, table, None)
        ids = sorted(set(base) | set(theirs))
        if not ids:
            continue
        # Many rows: one pass over the office's table is cheaper than IN lists.
        ours = _rows_by_id(office_conn, table, None if len(ids) > 400 else [uuid.UUID(i) for i in ids])
        columns = [c.name for c in table.columns if c.name not in META_COLUMNS]
        for row_id in ids:
            _plan_row(table.name, uuid.UUID(row_id), columns, base.get(row_id), theirs.get(row_id),
                      ours.get(row_id), changes, conflicts, namer)
    plan = MergePlan(info, changes, conflicts)
    refuse_unmergeable(office_conn, plan)
    plan.left_behind = left_behind(office_conn, package, info)
    return plan


class Namer:
    """How the preview names a row: its own name (``name_of``), else what it belongs to, read from
    the package and then the office: an indicator value as «indicator, unit, period», a network
    membership as «network, person»; the id's first characters only when nothing names it."""

    def __init__(self, package: Connection, office: Connection) -> None:
        self.conns = (package, office)
        self.rows: dict[tuple[str, Any], dict[str, Any] | None] = {}
        self.lineages: dict[Any, str | None] = {}

    def row(self, table: str, row_id: Any) -> dict[str, Any] | None:
        key = (table, row_id)
        if key not in self.rows:
            t = Base.metadata.tables[table]
            found = None
            for conn in self.conns:
                hit = conn.execute(select(t).where(t.c.id == row_id)).first()
                if hit is not None:
                    found = dict(hit._mapping)
                    break
            self.rows[key] = found
        return self.rows[key]

    def unit_of_lineage(self, lineage: Any) -> str | None:
        if lineage not in self.lineages:
            unit = Base.metadata.tables["unit"]
            name = None
            for conn in self.conns:
                name = conn.execute(select(unit.c.name).where(unit.c.lineage_id == lineage)
                                    .order_by(unit.c.updated_at.desc())).scalar()
                if name:
                    break
            self.lineages[lineage] = name
        return self.lineages[lineage]

    def __call__(self, table: str, row: Mapping[str, Any] | None, row_id: uuid.UUID, depth: int = 0) -> str:
        own = name_of(row, "")
        if own or row is None:
            return own or row_id.hex[:8]
        parts: list[str] = []
        t = Base.metadata.tables[table]
        order = list(t.columns.keys())
        for fk in sorted(t.foreign_keys, key=lambda fk: order.index(fk.parent.name)):  # the table's own order
            value, target = row.get(fk.parent.name), fk.column.table.name
            if value is None or target == table or depth > 1:
                continue
            found = self.row(target, value)
            if found is not None:
                parts.append(self(target, found, uuid.UUID(row_key(value)), depth + 1))
        if row.get("unit_lineage_id") is not None:
            unit = self.unit_of_lineage(row["unit_lineage_id"])
            if unit:
                parts.append(unit)
        if isinstance(row.get("year"), int):
            period = row.get("period") if isinstance(row.get("period"), int) else 0
            frequency = "year"
            if table == "indicator_value" and row.get("indicator_id") is not None:
                indicator = self.row("indicator", row["indicator_id"])
                frequency = str((indicator or {}).get("frequency") or "year")
            elif isinstance(row.get("month"), int):
                frequency, period = "month", row["month"]
            from app.scorecard.model import period_label

            parts.append(period_label(frequency, row["year"], period or 0))
        return ", ".join(p for p in parts if p) or row_id.hex[:8]


def refuse_unmergeable(office: Connection, plan: MergePlan) -> None:
    """Move the changes the office cannot take as it now is from ``plan.changes`` to
    ``plan.refused``, each with its reason: a row pointing at a row the office has deleted (or
    at one only the package has, of a table that never comes home), a unit move that would put
    units under each other together with the office's own moves (a cycle in the chart), and a
    new row that belongs to a refused one. The preview shows them; the merge never writes them."""
    tables = Base.metadata.tables
    new_rows = {(c.table, c.row_id): c for c in plan.changes if c.op == "new"}
    comes_back = {(c.table, c.row_id) for c in plan.conflicts if c.package_row is not None}
    refs: list[tuple[Change, str, uuid.UUID]] = []
    wanted: dict[str, set[uuid.UUID]] = {}
    for change in plan.changes:
        if change.op == "removed":
            continue
        for fk in tables[change.table].foreign_keys:
            value = change.values.get(fk.parent.name)
            if value is None:
                continue
            target, ref = fk.column.table.name, uuid.UUID(row_key(value))
            refs.append((change, target, ref))
            if (target, ref) not in new_rows and (target, ref) not in comes_back:
                wanted.setdefault(target, set()).add(ref)
    existing: dict[str, set[uuid.UUID]] = {}
    for target, ids in wanted.items():
        t = tables[target]
        found: set[uuid.UUID] = set()
        for chunk in _chunks(sorted(ids)):
            found |= {uuid.UUID(row_key(r[0])) for r in office.execute(select(t.c.id).where(t.c.id.in_(chunk)))}
        existing[target] = found
    reasons: dict[str, str] = {}
    for change, target, ref in refs:
        if change.key in reasons or ref not in wanted.get(target, set()) or ref in existing.get(target, set()):
            continue
        what = noun(target)[0]
        reasons[change.key] = (f"viser til {what} som bare finnes i pakken (den hentes ikke inn)"
                               if target in REFERENCE_TABLES else f"viser til {what} som er slettet på kontoret")
    _refuse_unit_cycles(office, plan, reasons)
    grew = True
    while grew:  # a new row that belongs to a refused new row is refused with it
        grew = False
        for change, target, ref in refs:
            parent = new_rows.get((target, ref))
            if change.key not in reasons and parent is not None and parent.key in reasons:
                reasons[change.key] = f"hører til {parent.kind} «{parent.name}», som ikke kan hentes inn"
                grew = True
    if reasons:
        plan.refused = [Refused(c, reasons[c.key]) for c in plan.changes if c.key in reasons]
        plan.changes = [c for c in plan.changes if c.key not in reasons]


def _refuse_unit_cycles(office: Connection, plan: MergePlan, reasons: dict[str, str]) -> None:
    """A package's unit moves that, with the office's own moves since, put units under each other
    (each move valid alone): refused, naming the units, so the office's chart stays a tree."""
    from db.check import unit_cycles

    moves = {c.row_id: c for c in plan.changes
             if c.table == "unit" and c.op == "changed" and "parent_id" in c.values and c.key not in reasons}
    if not moves:
        return
    unit = Base.metadata.tables["unit"]
    rows = office.execute(select(unit.c.id, unit.c.parent_id, unit.c.name)).all()
    office_parent = {r.id: r.parent_id for r in rows}
    parent = dict(office_parent)
    names = {r.id: r.name for r in rows}
    for change in plan.changes:
        if change.table != "unit" or change.key in reasons:
            continue
        if change.op == "removed":
            parent.pop(change.row_id, None)
        elif change.op == "new" or "parent_id" in change.values:
            parent[change.row_id] = change.values.get("parent_id")
        if change.op != "removed" and isinstance(change.values.get("name"), str):
            names[change.row_id] = change.values["name"]
    while True:
        cycles = [c for c in unit_cycles(parent.items()) if any(u in moves and moves[u].key not in reasons
                                                                for u in c)]
        if not cycles:
            return
        for cycle in cycles:
            chain = " under ".join(f"«{names.get(u, u)}»" for u in [*cycle, cycle[0]])
            for unit_id in cycle:
                move = moves.get(unit_id)
                if move is None or move.key in reasons:
                    continue
                reasons[move.key] = (f"flyttingen gir sammen med kontorets endringer en sløyfe i "
                                     f"organisasjonskartet ({chain}), og enhetene ville falle ut av kartet. "
                                     "Flytt enheten på kontoret etterpå om den skal ligge et annet sted")
                parent[unit_id] = office_parent.get(unit_id)


def left_behind(office: Connection, package: Connection, info: PackageInfo) -> list[str]:
    """What was made or changed in the package's read-only tables (budgets, KOSTRA codes,
    agreement templates, settings) after it was made: it stays in the package, and the preview
    and the merge say so (docs/SEMINAR.md)."""
    made = info.made_at

    def after(value: Any) -> bool:
        if not isinstance(value, datetime):
            return False
        return (value if value.tzinfo else value.replace(tzinfo=UTC)) > made

    def before(value: Any) -> bool:
        return isinstance(value, datetime) and not after(value)

    tables = Base.metadata.tables
    out: list[str] = []
    why_budget = "budsjetter hentes fra økonomisystemet på kontoret"
    sets, lines = tables["budget_set"], tables["budget_line"]
    theirs = {r.id: r for r in package.execute(select(sets.c.id, sets.c.name, sets.c.updated_at))}
    ours = {r.id: r for r in office.execute(select(sets.c.id, sets.c.name, sets.c.created_at))}
    # Counted by SQLite per set (a budget has thousands of lines): all, changed since, made before.
    naive = made.astimezone(UTC).replace(tzinfo=None)

    def per_set(conn: Connection, *where: Any) -> dict[Any, int]:
        query = select(lines.c.budget_set_id, func.count()).where(*where).group_by(lines.c.budget_set_id)
        return {set_id: n for set_id, n in conn.execute(query)}

    their_lines = per_set(package)
    changed_lines = per_set(package, lines.c.updated_at > naive)
    # lines deleted at the seminar: the office's lines from before the package that the package lacks
    old_ours = per_set(office, lines.c.created_at <= naive, lines.c.budget_set_id.in_(list(theirs) or [None]))
    old_theirs = per_set(package, lines.c.created_at <= naive)
    gone_lines = {k: max(0, n - old_theirs.get(k, 0)) for k, n in old_ours.items()}
    for set_id, row in sorted(theirs.items(), key=lambda item: item[1].name):
        if set_id not in ours:
            count = their_lines.get(set_id, 0)
            out.append(f"Budsjettsettet «{row.name}» ({count} {'linje' if count == 1 else 'linjer'}) blir ikke "
                       f"hentet inn: {why_budget}")
        elif after(row.updated_at) or changed_lines.get(set_id) or gone_lines.get(set_id):
            count = changed_lines.get(set_id, 0) + gone_lines.get(set_id, 0)
            out.append(f"Endringene i budsjettsettet «{row.name}» ({count} {'linje' if count == 1 else 'linjer'}) "
                       f"blir ikke hentet inn: {why_budget}")
    for set_id, row in sorted(ours.items(), key=lambda item: item[1].name):
        if set_id not in theirs and before(row.created_at):
            out.append(f"Budsjettsettet «{row.name}» er slettet i pakken, men blir stående på kontoret: {why_budget}")
    for table, what, why in (("agreement_template", "Avtalemalen", "avtalemalene endres på kontoret"),
                             ("setting", "Innstillingen", "innstillingene endres på kontoret"),
                             ("kostra_code", "KOSTRA-koden", "kodelistene oppdateres på kontoret")):
        t = tables[table]
        label = t.c.key if table == "setting" else (t.c.code if table == "kostra_code" else t.c.name)
        their_rows = {r.id: r for r in package.execute(select(t.c.id, label.label("label"), t.c.updated_at))}
        touched = [r.label for r in their_rows.values() if after(r.updated_at)]
        touched += [r.label for r in office.execute(select(t.c.id, label.label("label"), t.c.created_at))
                    if r.id not in their_rows and before(r.created_at)]
        if table == "kostra_code" and len(touched) > 3:
            out.append(f"{len(touched)} endringer i KOSTRA-kodene blir ikke hentet inn: {why}")
            continue
        if table == "setting":
            touched = [setting_label(str(key)) for key in touched]
        out.extend(f"{what} «{label}» er endret i pakken, men endringen blir ikke hentet inn: {why}"
                   for label in sorted(set(touched)))
    return out


def _changed(columns: list[str], row: dict[str, Any], base: dict[str, Any]) -> set[str]:
    out = set()
    for c in columns:
        value = row.get(c)
        now = value if value is None or type(value) in (str, int, bool) else plain(value)
        if c in base and base[c] != now:  # a column the base lacks (an older package) counts as unchanged
            out.add(c)
    return out


def _plan_row(table: str, row_id: uuid.UUID, columns: list[str], base: dict[str, Any] | None,
              theirs: dict[str, Any] | None, ours: dict[str, Any] | None,
              changes: list[Change], conflicts: list[Conflict], namer: Namer | None = None) -> None:
    def named(row: Mapping[str, Any] | None) -> str:
        return namer(table, row, row_id) if namer is not None else name_of(row, row_id.hex)

    if base is None:
        if theirs is not None and ours is None:
            changes.append(Change(table, row_id, "new", kind_of(table, "new", theirs), named(theirs), dict(theirs)))
        return
    if theirs is None:  # deleted at the seminar
        if ours is None:
            return
        if _changed(columns, ours, base):
            conflicts.append(Conflict(table, row_id, ROW, kind_of(table, "removed", ours), named(ours),
                                      "endret på kontoret", "slettet på samlingen"))
        else:
            changes.append(Change(table, row_id, "removed", kind_of(table, "removed", ours), named(ours)))
        return
    package_changed = _changed(columns, theirs, base)
    if not package_changed:
        return
    if ours is None:  # deleted at the office, changed at the seminar
        conflicts.append(Conflict(table, row_id, ROW, kind_of(table, "changed", theirs), named(theirs),
                                  "slettet på kontoret", "endret på samlingen", package_row=dict(theirs)))
        return
    office_changed = _changed(columns, ours, base)
    take: dict[str, Any] = {}
    for column in sorted(package_changed):
        if column not in office_changed:
            take[column] = theirs[column]
        elif plain(theirs[column]) != plain(ours[column]):
            conflicts.append(Conflict(table, row_id, column, kind_of(table, "changed", theirs),
                                      named(theirs), ours[column], theirs[column]))
    if take:
        changes.append(Change(table, row_id, "changed", kind_of(table, "changed", theirs), named(theirs), take))


# ----------------------------------------------------------------------------- applying

def unresolved(plan: MergePlan, choices: Mapping[str, Side], prefer: Side | None) -> list[Conflict]:
    return [c for c in plan.conflicts if c.key not in choices and prefer is None]


def conflict_lines(conflicts: Iterable[Conflict]) -> list[str]:
    return [f"{c.kind} «{c.name}», {field_label(c.field, c.table)}: "
            f"kontoret «{value_text(c.table, c.field, c.office)}», pakken «{value_text(c.table, c.field, c.package)}»"
            for c in conflicts]


def preview_lines(plan: MergePlan) -> list[str]:
    """The preview as text (``package merge --preview``): each change with the fields it changes,
    each change that cannot be brought home and why, each conflict, in the user's words; then
    what stays in the package."""
    lines = [f"{c.kind} «{c.name}»" + (f": {', '.join(c.field_labels())}" if c.field_labels() else "")
             for c in plan.changes]
    lines += [f"KAN IKKE HENTES INN (utelates): {r.line()}" for r in plan.refused]
    lines += [f"KONFLIKT: {line}" for line in conflict_lines(plan.conflicts)]
    if not plan.changes and not plan.conflicts:
        lines.insert(0, "Pakken har ingen endringer som kan hentes inn." if plan.refused
                     else "Pakken har ingen endringer å hente inn.")
    if plan.left_behind:
        lines += ["Hentes ikke inn (blir igjen i pakken):", *(f"  {line}" for line in plan.left_behind)]
    return lines


def _left_out_closure(plan: MergePlan, left_out: set[str]) -> set[str]:
    """A new row left out takes the new rows that need it along (they would point at nothing)."""
    tables = Base.metadata.tables
    new_ids = {c.row_id: c for c in plan.changes if c.op == "new"}
    out = set(left_out)
    grew = True
    while grew:
        grew = False
        gone = {c.row_id for c in new_ids.values() if c.key in out}
        for change in new_ids.values():
            if change.key in out:
                continue
            for fk in tables[change.table].foreign_keys:
                if change.values.get(fk.parent.name) in gone:
                    out.add(change.key)
                    grew = True
                    break
    return out


def apply_merge(session: Session, plan: MergePlan, *, left_out: Iterable[str] = (),
                choices: Mapping[str, Side] | None = None, prefer: Side | None = None,
                source: str = "") -> MergeResult:
    """Write the plan into the office in the session's one transaction.

    ``left_out`` holds change keys the user unticked; ``choices`` says per conflict key which
    side wins, ``prefer`` for every conflict not chosen. An unresolved conflict refuses the merge.
    """
    choices = dict(choices or {})
    open_conflicts = unresolved(plan, choices, prefer)
    if open_conflicts:
        raise AppError("Pakken har endringer som kolliderer med kontorets, og det er ikke valgt hvilken side som "
                       "skal gjelde. Ingenting er endret. Konfliktene:\n  "
                       + "\n  ".join(conflict_lines(open_conflicts)))
    check_package(session, plan.info)
    skipped = _left_out_closure(plan, set(left_out))
    tables = Base.metadata.tables
    conn = session.connection()
    if conn.dialect.name == "sqlite":
        conn.execute(text("PRAGMA defer_foreign_keys = ON"))
    now = datetime.now(UTC)
    user = session.info.get("user") or current_user()
    if conn.dialect.name == "postgresql":  # on the server the login is who did it (as its audit log says)
        user = str(conn.exec_driver_sql("SELECT session_user").scalar() or user)
    audit: list[dict[str, Any]] = []
    inserts: dict[str, list[dict[str, Any]]] = {}
    updates: list[tuple[str, uuid.UUID, dict[str, Any]]] = []
    deletes: list[tuple[str, uuid.UUID]] = []
    for change in plan.changes:
        if change.key in skipped:
            continue
        if change.op == "new":
            inserts.setdefault(change.table, []).append(dict(change.values))
        elif change.op == "changed":
            updates.append((change.table, change.row_id, dict(change.values)))
        else:
            deletes.append((change.table, change.row_id))
    resolved = 0
    for conflict in plan.conflicts:
        side = choices.get(conflict.key, prefer)
        resolved += 1
        if side != "package":
            continue
        if conflict.field != ROW:
            updates.append((conflict.table, conflict.row_id, {conflict.field: conflict.package}))
        elif conflict.package_row is not None:  # the office deleted it; the seminar's row comes back
            inserts.setdefault(conflict.table, []).append(dict(conflict.package_row))
        else:  # the seminar deleted it; the office's changes give way
            deletes.append((conflict.table, conflict.row_id))
    order = [t.name for t in data_tables()]
    written = 0
    for name in order:
        rows = inserts.get(name)
        if rows:
            conn.execute(tables[name].insert(), rows)
            written += len(rows)
            audit.extend(_audit_row(user, AuditAction.INSERT, name, r["id"], name_of(r, ""), {}, now) for r in rows)
    merged: dict[tuple[str, uuid.UUID], dict[str, Any]] = {}
    for name, row_id, values in updates:
        merged.setdefault((name, row_id), {}).update(values)
    # One statement per table and set of columns, sent with every row's values at once.
    batches: dict[tuple[str, tuple[str, ...]], list[dict[str, Any]]] = {}
    for (name, row_id), values in merged.items():
        batches.setdefault((name, tuple(sorted(values))), []).append(
            {"row_id_": row_id, **{f"v_{k}": v for k, v in values.items()}})
        written += 1
        audit.append(_audit_row(user, AuditAction.UPDATE, name, row_id, name_of(values, ""),
                                {k: [None, plain(v)] for k, v in values.items()}, now))
    for (name, columns), params in sorted(batches.items(), key=lambda item: order.index(item[0][0])):
        table = tables[name]
        conn.execute(update(table).where(table.c.id == bindparam("row_id_"))
                     .values({**{c: bindparam(f"v_{c}", type_=table.c[c].type) for c in columns},
                              "updated_at": now, "version": table.c.version + 1}), params)
    for name, row_id in sorted(deletes, key=lambda item: -order.index(item[0])):
        table = tables[name]
        conn.execute(table.delete().where(table.c.id == row_id))
        written += 1
        audit.append(_audit_row(user, AuditAction.DELETE, name, row_id, "", {}, now))
    _check_references(conn, plan, {*inserts, *(u[0] for u in updates)})
    _check_unit_cycles(conn, {r["id"] for r in inserts.get("unit", [])} | {u[1] for u in updates if u[0] == "unit"})
    items = _real_action_items(session, [r for r in inserts.get("seminar_action", [])], now)
    summary = (f"Samlingspakke hentet inn fra {source or plan.info.path.name}: {count(written, 'rad', 'rader')} "
               f"({', '.join(f'{k} {v}' for k, v in sorted(plan.count_by_kind().items()))}), "
               f"{count(resolved, 'konflikt', 'konflikter')} avgjort, {count(len(skipped), 'endring', 'endringer')} "
               f"utelatt, {count(len(plan.refused), 'endring', 'endringer')} som ikke kunne hentes inn")
    audit.append(_audit_row(user, AuditAction.INSERT, "seminar_package", plan.info.package_id, summary[:2000],
                            {"source": [None, source or str(plan.info.path)],
                             "made_by": [None, plan.info.made_by], "made_at": [None, plan.info.made_at.isoformat()]},
                            now))
    if audit:
        conn.execute(tables["audit_entry"].insert(), audit)
    _record(session, plan, user, now, source, written)
    from db.audit import note_changed

    note_changed(session, *inserts, *(u[0] for u in updates), *(d[0] for d in deletes), "audit_entry",
                 "seminar_package", "action_item", "meeting")
    return MergeResult(plan.info.package_id, written, len(skipped), resolved, items, plan.count_by_kind(),
                       tuple(r.line() for r in plan.refused), tuple(plan.left_behind))


def count(n: int, one: str, many: str) -> str:
    """«1 rad», «2 rader»."""
    return f"{n} {one if n == 1 else many}"


def result_lines(result: MergeResult) -> list[str]:
    """What a finished merge says: what it wrote, then what it did not bring and why."""
    items = count(result.action_items, "nytt oppfølgingspunkt", "nye oppfølgingspunkter")
    lines = [f"Pakken er hentet inn: {count(result.written, 'rad', 'rader')} skrevet, "
             f"{count(result.conflicts_resolved, 'konflikt', 'konflikter')} avgjort, {items}."]
    if result.refused:
        lines.append(f"{count(len(result.refused), 'endring', 'endringer')} kunne ikke hentes inn (som "
                     "forhåndsvisningen viste) og er utelatt:")
        lines += [f"  {line}" for line in result.refused]
    if result.left_behind:
        lines.append("Dette ble igjen i pakken:")
        lines += [f"  {line}" for line in result.left_behind]
    return lines


def _check_unit_cycles(conn: Connection, touched: set[Any]) -> None:
    """The last guard: a merge that puts units under each other (a conflict decided for the
    package's move, say) is refused by name before anything is committed."""
    if not touched:
        return
    from db.check import unit_cycles

    unit = Base.metadata.tables["unit"]
    rows = conn.execute(select(unit.c.id, unit.c.parent_id, unit.c.name)).all()
    names = {r.id: r.name for r in rows}
    cycles = [c for c in unit_cycles((r.id, r.parent_id) for r in rows) if set(c) & touched]
    if cycles:
        chains = "; ".join(" under ".join(f"«{names[u]}»" for u in [*c, c[0]]) for c in cycles)
        raise AppError(f"Pakken kan ikke hentes inn slik: enhetene ville ligge under hverandre i en sløyfe "
                       f"({chains}) og falle ut av organisasjonskartet. Ingenting er endret. Velg kontorets side for "
                       "flyttingen (--prefer office), eller kryss den bort i forhåndsvisningen, og prøv igjen.")


def _check_references(conn: Connection, plan: MergePlan, tables: set[str]) -> None:
    """A row from the package that points at a row the office has deleted meanwhile: refused by
    name before the commit would refuse it without one (SQLite checks deferred keys at COMMIT;
    PostgreSQL refuses the statement at once, with the server's own words)."""
    if conn.dialect.name != "sqlite":
        return
    by_key = {(c.table, c.row_id): c for c in plan.changes}
    problems = []
    for name in sorted(tables):
        for table, rowid, parent, _fk in conn.exec_driver_sql(f'PRAGMA foreign_key_check("{name}")').all():
            row = conn.exec_driver_sql(f'SELECT id FROM "{table}" WHERE rowid = ?', (rowid,)).scalar()
            change = by_key.get((table, uuid.UUID(str(row)))) if row is not None else None
            what = f"{change.kind} «{change.name}»" if change else f"en rad i {table}"
            problems.append(f"{what} viser til {noun(parent)[0]} som er slettet på kontoret")
    if problems:
        raise AppError("Pakken kan ikke hentes inn slik: " + "; ".join(problems[:5])
                       + (f" (og {len(problems) - 5} til)" if len(problems) > 5 else "")
                       + ". Ingenting er endret. Kryss bort endringen i forhåndsvisningen (på kommandolinjen: hent "
                         "inn i vinduet), eller gjenopprett det som ble slettet, og prøv igjen.")


def _audit_row(user: str, action: AuditAction, table: str, row_id: Any, summary: str, changes: dict[str, Any],
               now: datetime) -> dict[str, Any]:
    return {"id": uuid.uuid4(), "at": now, "user_name": user[:100], "action": action, "table_name": table,
            "row_id": str(row_id if isinstance(row_id, uuid.UUID) else uuid.UUID(str(row_id))),
            "summary": summary[:2000], "changes": changes, "created_at": now, "updated_at": now, "version": 1}


def _record(session: Session, plan: MergePlan, user: str, now: datetime, source: str, written: int) -> None:
    info = plan.info
    values = {"merged_at": now, "merged_by": user[:100], "merged_from": (source or str(info.path))[:500],
              "merge_summary": {"rows": written, "by_kind": plan.count_by_kind(),
                                "conflicts": len(plan.conflicts)}}
    table = Base.metadata.tables["seminar_package"]
    conn = session.connection()
    if conn.execute(select(table.c.id).where(table.c.id == info.package_id)).first() is None:
        conn.execute(table.insert().values(
            id=info.package_id, source_identity=info.source_identity, source_name=info.source_name[:500],
            made_at=info.made_at, made_by=info.made_by, made_on=info.made_on, schema_revision=info.schema_revision,
            selection=info.selection, this_file=False, created_at=now, updated_at=now, version=1, **values))
    else:
        conn.execute(update(table).where(table.c.id == info.package_id)
                     .values(**values, updated_at=now, version=table.c.version + 1))


def _real_action_items(session: Session, actions: list[dict[str, Any]], now: datetime) -> int:
    """The seminar's new action items become action items of a «Ledersamling» meeting per note."""
    if not actions:
        return 0
    conn = session.connection()
    notes = Base.metadata.tables["seminar_note"]
    seminar_action = Base.metadata.tables["seminar_action"]
    meetings: dict[uuid.UUID, uuid.UUID] = {}
    for action in sorted(actions, key=lambda a: (str(a["note_id"]), a.get("sort_order") or 0)):
        note_id = action["note_id"]
        if note_id not in meetings:
            note = conn.execute(select(notes).where(notes.c.id == note_id)).first()
            held: date = (note.held_on if note is not None and note.held_on else now.date())
            meeting_id = uuid.uuid4()
            conn.execute(Base.metadata.tables["meeting"].insert().values(
                id=meeting_id, unit_id=None, unit_lineage_id=None, leader_id=None, superior_id=None,
                year=held.year, month=held.month, meeting_date=held, status="held",
                sections={"agenda": f"Ledersamling: {note.title if note is not None else ''}",
                          "decisions": "\n".join(str(d) for d in (note.decisions or [])) if note is not None else ""},
                confidential=False, approved_by_leader_on=None, approved_by_superior_on=None, locked=False,
                created_at=now, updated_at=now, version=1))
            meetings[note_id] = meeting_id
        item_id = uuid.uuid4()
        conn.execute(Base.metadata.tables["action_item"].insert().values(
            id=item_id, meeting_id=meetings[note_id], text=action["text"], owner_id=None,
            owner_text=action.get("owner_text") or "", due_date=action.get("due_date"), done_on=None,
            carried_from_id=None, sort_order=action.get("sort_order") or 0, created_at=now, updated_at=now, version=1))
        conn.execute(update(seminar_action).where(seminar_action.c.id == action["id"])
                     .values(action_item_id=item_id, updated_at=now, version=seminar_action.c.version + 1))
    return len(actions)

