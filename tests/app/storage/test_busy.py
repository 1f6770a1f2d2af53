"""Another program holding the write lock longer than we wait: a message to act on, nothing written
(before, the user saw «uventet feil: (sqlite3.OperationalError) database is locked [SQL: …]»)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.storage.database import DatabaseBusyError, open_database
from db.models import Setting

pytestmark = pytest.mark.sqlite_only


def test_a_write_while_another_program_holds_the_lock_is_refused_in_words(tmp_path: Path) -> None:
    path = tmp_path / "kontor.sdb"
    db = open_database(path)
    other = sqlite3.connect(path, isolation_level=None)  # as the sqlite3 tool in another window
    try:
        other.execute("BEGIN EXCLUSIVE")
        with pytest.raises(DatabaseBusyError) as err:
            db.run(lambda session: session.add(Setting(key="opptatt-test", value=1)))
        message = str(err.value)
        assert "«kontor.sdb» er opptatt" in message and "Ingenting av endringen er lagret" in message
        assert "OperationalError" not in message and "SQL" not in message
        other.execute("ROLLBACK")
        with db.session() as session:
            assert session.scalar(select(func.count()).select_from(Setting).where(Setting.key == "opptatt-test")) == 0
    finally:
        other.close()
        db.close()
