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

from sqlalchemy import Connection, Table, bindparam, select, text, update
from sqlalchemy.orm import Session

from app.errors import AppError
from app.seminar.labels import ROW, field_label, noun, value_text
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
class MergePlan:
    info: PackageInfo
    changes: list[Change]
    conflicts: list[Conflict]
    upgraded_from: str | None = None

    def as_json(self) -> dict[str, Any]:
        return {"changes": [c.as_json() for c in self.changes], "conflicts": [c.as_json() for c in self.conflicts]}

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
    """Every change and conflict the package would bring; reads only."""
    info = read_info(package, path)
    check_package(session, info)
    base_table = Base.metadata.tables["seminar_base_row"]
    bases: dict[str, dict[str, dict[str, Any]]] = {}
    for r in package.execute(select(base_table.c.table_name, base_table.c.row_id, base_table.c.data)):
        bases.setdefault(r.table_name, {})[uuid.UUID(r.row_id).hex] = r.data or {}
    office_conn = session.connection()
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
                      ours.get(row_id), changes, conflicts)
    return MergePlan(info, changes, conflicts)


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
              changes: list[Change], conflicts: list[Conflict]) -> None:
    if base is None:
        if theirs is not None and ours is None:
            changes.append(Change(table, row_id, "new", kind_of(table, "new", theirs), name_of(theirs, row_id.hex),
                                  dict(theirs)))
        return
    if theirs is None:  # deleted at the seminar
        if ours is None:
            return
        if _changed(columns, ours, base):
            conflicts.append(Conflict(table, row_id, ROW, kind_of(table, "removed", ours), name_of(ours, row_id.hex),
                                      "endret på kontoret", "slettet på samlingen"))
        else:
            changes.append(Change(table, row_id, "removed", kind_of(table, "removed", ours),
                                  name_of(ours, row_id.hex)))
        return
    package_changed = _changed(columns, theirs, base)
    if not package_changed:
        return
    if ours is None:  # deleted at the office, changed at the seminar
        conflicts.append(Conflict(table, row_id, ROW, kind_of(table, "changed", theirs), name_of(theirs, row_id.hex),
                                  "slettet på kontoret", "endret på samlingen", package_row=dict(theirs)))
        return
    office_changed = _changed(columns, ours, base)
    take: dict[str, Any] = {}
    for column in sorted(package_changed):
        if column not in office_changed:
            take[column] = theirs[column]
        elif plain(theirs[column]) != plain(ours[column]):
            conflicts.append(Conflict(table, row_id, column, kind_of(table, "changed", theirs),
                                      name_of(theirs, row_id.hex), ours[column], theirs[column]))
    if take:
        changes.append(Change(table, row_id, "changed", kind_of(table, "changed", theirs),
                              name_of(theirs, row_id.hex), take))


# ----------------------------------------------------------------------------- applying

def unresolved(plan: MergePlan, choices: Mapping[str, Side], prefer: Side | None) -> list[Conflict]:
    return [c for c in plan.conflicts if c.key not in choices and prefer is None]


def conflict_lines(conflicts: Iterable[Conflict]) -> list[str]:
    return [f"{c.kind} «{c.name}», {field_label(c.field, c.table)}: "
            f"kontoret «{value_text(c.table, c.field, c.office)}», pakken «{value_text(c.table, c.field, c.package)}»"
            for c in conflicts]


def preview_lines(plan: MergePlan) -> list[str]:
    """The preview as text (``package merge --preview``): each change with the fields it changes,
    then each conflict, in the user's words."""
    lines = [f"{c.kind} «{c.name}»" + (f": {', '.join(c.field_labels())}" if c.field_labels() else "")
             for c in plan.changes]
    return lines + [f"KONFLIKT: {line}" for line in conflict_lines(plan.conflicts)]


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
    items = _real_action_items(session, [r for r in inserts.get("seminar_action", [])], now)
    summary = (f"Samlingspakke hentet inn fra {source or plan.info.path.name}: {written} rader "
               f"({', '.join(f'{k} {v}' for k, v in sorted(plan.count_by_kind().items()))}), "
               f"{resolved} konflikter avgjort, {len(skipped)} endringer utelatt")
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
    return MergeResult(plan.info.package_id, written, len(skipped), resolved, items, plan.count_by_kind())


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

