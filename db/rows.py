"""One row by its key or a message that it is gone, and a row's columns as plain values.

Both are shared by every edit in app/: a row another window (or user) deleted meets the user as
«… finnes ikke lenger», and an edit keeps a snapshot of the rows it changes so undo can put
them back.
"""

from __future__ import annotations

import copy
from typing import Any, TypeVar

from sqlalchemy import Table, inspect
from sqlalchemy.orm import Session

T = TypeVar("T")

# Kept by the database itself: a row put back by undo gets fresh ones.
NOT_IN_SNAPSHOT = frozenset({"updated_at", "version"})


def get_or_gone(session: Session, model: type[T], key: Any, gone: Exception) -> T:
    """The row of ``model`` with primary key ``key``; raise ``gone`` (a message saying it no
    longer exists and what to do, in the caller's error type) when there is none."""
    row = session.get(model, key)
    if row is None:
        raise gone
    return row


def table_of(model: type[Any]) -> Table:
    """The table of a mapped class, for Core bulk statements (SQLAlchemy types
    ``Model.__table__`` as any FROM clause)."""
    table = model.__table__
    if not isinstance(table, Table):
        raise TypeError(f"{model.__name__} is not mapped to a single table")
    return table


def row_snapshot(obj: Any) -> dict[str, Any]:
    """The columns of an ORM object as a plain dict, enough to insert it again. JSON values
    (lists, dicts) are copied: a JSON column notices only a new object, and the snapshot must
    not change when the row is edited afterwards."""
    values: dict[str, Any] = {}
    for attr in inspect(obj).mapper.column_attrs:
        if attr.key in NOT_IN_SNAPSHOT:
            continue
        value = getattr(obj, attr.key)
        values[attr.key] = copy.deepcopy(value) if isinstance(value, list | dict) else value
    return values
