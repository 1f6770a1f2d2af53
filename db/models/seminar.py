"""The database's own identity and the seminar packages (issue 21, docs/SEMINAR.md).

``DatabaseIdentity`` holds one row: the UUID a migration gave this database. A package records
the identity of the database it was made from, so it can only be merged back into that one.

``SeminarPackage`` is both the package's own description (in the package file, ``this_file``)
and the office's record of packages made and merged (in the office file). ``SeminarBaseRow`` is
the package's base snapshot: every packaged row as it was when the package was made, the
common ancestor of the three-way merge. ``SeminarNote`` and ``SeminarAction`` are the
«samlingsnotat» with its decisions and action items.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import Date, ForeignKey, Index, String, Text, UniqueConstraint, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Entity, utcnow


class DatabaseIdentity(Entity):
    """One row: this database's own UUID (``id``), given by migration 0009."""

    __tablename__ = "database_identity"

    name: Mapped[str] = mapped_column(String(200), default="")


class SeminarPackage(Entity):
    """A package: where it came from, what it holds, and (in the office file) when it came home."""

    __tablename__ = "seminar_package"

    source_identity: Mapped[uuid.UUID] = mapped_column(Uuid)
    source_name: Mapped[str] = mapped_column(String(500), default="")
    made_at: Mapped[datetime] = mapped_column(default=utcnow)
    made_by: Mapped[str] = mapped_column(String(100), default="")
    made_on: Mapped[str] = mapped_column(String(200), default="")
    schema_revision: Mapped[str] = mapped_column(String(32), default="")
    selection: Mapped[dict[str, Any]] = mapped_column(default=dict)
    this_file: Mapped[bool] = mapped_column(default=False)
    merged_at: Mapped[datetime | None]
    merged_by: Mapped[str] = mapped_column(String(100), default="")
    merged_from: Mapped[str] = mapped_column(String(500), default="")
    merge_summary: Mapped[dict[str, Any]] = mapped_column(default=dict)


class SeminarBaseRow(Entity):
    """One packaged row as it was when the package was made (columns as JSON-ready values)."""

    __tablename__ = "seminar_base_row"
    __table_args__ = (UniqueConstraint("table_name", "row_id"),)

    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[str] = mapped_column(String(36))
    data: Mapped[dict[str, Any]] = mapped_column(default=dict)


class SeminarNote(Entity):
    """A «samlingsnotat»: one seminar session, what was discussed and decided."""

    __tablename__ = "seminar_note"

    title: Mapped[str] = mapped_column(String(300))
    held_on: Mapped[date | None] = mapped_column(Date)
    place: Mapped[str] = mapped_column(String(300), default="")
    text: Mapped[str] = mapped_column(Text, default="")
    decisions: Mapped[list[Any]] = mapped_column(default=list)
    scenario_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("org_version.id", ondelete="SET NULL"))
    unit_ids: Mapped[list[Any]] = mapped_column(default=list)
    goal_ids: Mapped[list[Any]] = mapped_column(default=list)


class SeminarAction(Entity):
    """An action item agreed at the seminar; merged back it becomes a real ``ActionItem``."""

    __tablename__ = "seminar_action"
    __table_args__ = (Index("ix_seminar_action_note", "note_id"),)

    note_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("seminar_note.id", ondelete="CASCADE"))
    text: Mapped[str] = mapped_column(Text)
    owner_text: Mapped[str] = mapped_column(String(200), default="")
    due_date: Mapped[date | None] = mapped_column(Date)
    unit_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("unit.id", ondelete="SET NULL"))
    action_item_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("action_item.id", ondelete="SET NULL"))
    sort_order: Mapped[int] = mapped_column(default=0)
