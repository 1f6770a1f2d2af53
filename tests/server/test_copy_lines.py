"""The rows of a desktop file as COPY text lines: read raw from SQLite for speed, they must say
what the program itself reads through SQLAlchemy's types (runs without a server)."""

from __future__ import annotations

import enum
import json
import uuid
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

from sqlalchemy import Numeric, select

from app.server import admin as server
from db.engine import make_engine


def _oracle(value: object, column) -> str:  # type: ignore[no-untyped-def]
    """The field from the value as the program reads it (SQLAlchemy's types)."""
    from sqlalchemy import JSON

    if isinstance(column.type, JSON):
        return server._escape(json.dumps(value, ensure_ascii=False, separators=(",", ":")))
    if value is None:
        return "\\N"
    if isinstance(value, enum.Enum):
        value = value.value
    if isinstance(value, bool):
        return "t" if value else "f"
    if isinstance(value, datetime):
        return server._timestamp(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal) and isinstance(column.type, Numeric):
        return f"{value:.{column.type.scale}f}"
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, bytes):
        return server._escape("\\x" + value.hex())
    return server._escape(str(value))


def test_raw_lines_say_what_the_program_reads(demo_file: Path) -> None:
    engine = make_engine(demo_file)
    try:
        with engine.connect() as conn:
            for table in server.data_tables():
                raw = sorted(server.source_lines(conn, table))
                typed = sorted("\t".join(_oracle(v, c) for v, c in zip(row, table.columns, strict=True))
                               for row in conn.execute(select(table)))
                assert raw == typed, table.name
                assert len(raw) == conn.exec_driver_sql(f"SELECT count(*) FROM {table.name}").scalar()
    finally:
        engine.dispose()


def test_values_are_spelled_as_the_server_spells_them() -> None:
    assert server._timestamp(datetime(2026, 11, 23, 12, 0, 0, 500000)) == "2026-11-23 12:00:00.5+00"
    assert server._timestamp(datetime(2026, 11, 23, 13, 0, tzinfo=UTC)) == "2026-11-23 13:00:00+00"
    assert server._stored_timestamp("2026-11-23 12:00:00.000000") == "2026-11-23 12:00:00+00"
    assert server._stored_uuid("0123456789abcdef0123456789abcdef") == "01234567-89ab-cdef-0123-456789abcdef"
    assert server._escape("a\tb\nc\\d") == "a\\tb\\nc\\\\d"
    assert server._unescape(server._escape("a\tb\nc\\d\\N")) == "a\tb\nc\\d\\N"
    assert server.digest(["b", "a"]) == server.digest(["a", "b"]) != server.digest(["a", "c"])
