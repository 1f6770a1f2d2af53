"""Alembic environment: runs on the connection handed over by ``db.migrate``."""

from __future__ import annotations

from alembic import context

import db.models  # noqa: F401 - registers every table
from db.base import Base
from db.search_index import include_name

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - always called through db.migrate
    raise RuntimeError("Run migrations through db.migrate, which supplies the connection.")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite alters tables by copy-and-move
    compare_type=True,
    # The full-text index is made by hand (FTS5 and triggers; GIN indexes on PostgreSQL), not from the models.
    include_name=include_name,
)
with context.begin_transaction():
    context.run_migrations()
