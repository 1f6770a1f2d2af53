"""db.rows: a row by its key or the caller's «gone» message, a row snapshot for undo, a model's table."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import select

from app.errors import AppError
from app.storage.database import Database
from db.models import Agreement, Unit
from db.rows import NOT_IN_SNAPSHOT, get_or_gone, row_snapshot, table_of


def test_get_or_gone_gives_the_row_or_raises_the_callers_message(demo_db: Database) -> None:
    with demo_db.session() as session:
        unit = session.scalars(select(Unit).limit(1)).one()
        assert get_or_gone(session, Unit, unit.id, AppError("borte")) is unit
        with pytest.raises(AppError, match="Enheten finnes ikke lenger"):
            get_or_gone(session, Unit, uuid.uuid4(), AppError("Enheten finnes ikke lenger."))


def test_a_snapshot_keeps_the_values_the_row_had(demo_db: Database) -> None:
    with demo_db.session() as session:
        # JSON has no equality operator on PostgreSQL: the first agreement with values, picked here
        agreements = session.scalars(select(Agreement).order_by(Agreement.created_at, Agreement.id))
        agreement = next(a for a in agreements if a.values)
        snapshot = row_snapshot(agreement)
        assert snapshot["id"] == agreement.id
        assert not NOT_IN_SNAPSHOT & snapshot.keys()
        before = dict(snapshot["values"])
        agreement.values["changed after the snapshot"] = "x"  # an edit in place must not reach the snapshot
        assert snapshot["values"] == before


def test_table_of_gives_the_mapped_table() -> None:
    assert table_of(Unit).name == "unit"
    assert "lineage_id" in table_of(Unit).c
