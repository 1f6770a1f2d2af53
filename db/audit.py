"""Audit log: every insert, update and delete of a domain row is recorded in the same flush.

Bulk data (budget lines, code lists) is left out; the import that brings it is recorded
by the app layer as one entry. Set ``session.info["audit"] = False`` to switch the
per-row record off for a bulk operation.

The same walk collects which tables the transaction wrote (``changed_tables``; a setting as
``setting:<key>``), audited or not, with the statements sent through ``Session.execute`` (bulk
insert, update, delete); a bulk path that goes past the session (the driver's executemany,
COPY) names its table with ``note_changed``. ``app.changes`` turns the tables into the change set the window reloads by.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker

from db.base import Entity
from db.models.budget import BudgetLine
from db.models.enums import AuditAction
from db.models.misc import AuditEntry, KostraCode, Setting

NOT_AUDITED = (AuditEntry, BudgetLine, KostraCode)
SKIPPED_COLUMNS = {"created_at", "updated_at", "version"}


def _plain(value: Any) -> Any:
    if isinstance(value, (uuid.UUID, Decimal, date, datetime)):
        return str(value)
    if isinstance(value, (bytes, bytearray)):  # a logo: the log says that it changed, not the bytes
        return f"<{len(value)} byte>"
    if hasattr(value, "value") and isinstance(value.value, str):  # enums
        return value.value
    return value


def _label(obj: Entity) -> str:
    for attr in ("name", "title", "text", "key"):
        value = getattr(obj, attr, None)
        if isinstance(value, str) and value:
            return value[:200]
    return ""


def _changes(obj: Entity) -> dict[str, list[Any]]:
    state = inspect(obj)
    changes: dict[str, list[Any]] = {}
    for attr in state.mapper.column_attrs:
        if attr.key in SKIPPED_COLUMNS:
            continue
        history = state.attrs[attr.key].history
        if history.has_changes():
            old = history.deleted[0] if history.deleted else None
            new = history.added[0] if history.added else None
            changes[attr.key] = [_plain(old), _plain(new)]
    return changes


CHANGED_TABLES = "changed_tables"  # key in Session.info: the set of table names written


def note_changed(session: Session, *tables: str) -> None:
    """Record that this transaction wrote ``tables`` past the ORM (bulk inserts, COPY)."""
    session.info.setdefault(CHANGED_TABLES, set()).update(tables)


def changed_tables(session: Session) -> frozenset[str]:
    """The tables this session's transactions have written so far."""
    return frozenset(session.info.get(CHANGED_TABLES, ()))


def _before_flush(session: Session, _context: Any, _instances: Any) -> None:
    written = session.info.setdefault(CHANGED_TABLES, set())
    for obj in (*session.new, *session.dirty, *session.deleted):
        table = getattr(obj, "__tablename__", None)
        if table is not None and (obj not in session.dirty or session.is_modified(obj)):
            # A setting says which one: views care about some settings only (app.changes).
            written.add(f"{table}:{obj.key}" if isinstance(obj, Setting) else table)
    if session.info.get("audit", True) is False:
        return
    user = session.info.get("user", "")
    entries: list[AuditEntry] = []
    for action, objs in (
        (AuditAction.INSERT, session.new),
        (AuditAction.UPDATE, session.dirty),
        (AuditAction.DELETE, session.deleted),
    ):
        for obj in objs:
            if not isinstance(obj, Entity) or isinstance(obj, NOT_AUDITED):
                continue
            if action is AuditAction.INSERT and obj.id is None:
                obj.id = uuid.uuid4()  # the id is needed now to point the entry at the row
            changes = _changes(obj) if action is AuditAction.UPDATE else {}
            if action is AuditAction.UPDATE and not changes:
                continue
            entries.append(
                AuditEntry(
                    id=uuid.uuid4(), user_name=user, action=action, table_name=obj.__tablename__,
                    row_id=str(obj.id), summary=_label(obj), changes=changes,
                )
            )
    if entries:
        written.add(AuditEntry.__tablename__)
    session.add_all(entries)


def _do_orm_execute(state: ORMExecuteState) -> None:
    """Bulk statements through ``Session.execute`` (insert/update/delete on a table) change data too."""
    if not (state.is_insert or state.is_update or state.is_delete):
        return
    table = getattr(state.statement, "table", None)
    name = getattr(table, "name", None)
    if isinstance(name, str):
        note_changed(state.session, name)


def install_audit(factory: sessionmaker[Session]) -> None:
    event.listen(factory, "before_flush", _before_flush)
    event.listen(factory, "do_orm_execute", _do_orm_execute)
