"""KOSTRA code lists, the audit log and key/value settings."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Entity, utcnow
from db.models.enums import AuditAction, CodeList, enum_column


class KostraCode(Entity):
    """A code of a KOSTRA list with the years it is valid (``valid_to`` None: still valid)."""

    __tablename__ = "kostra_code"
    __table_args__ = (UniqueConstraint("code_list", "code", "valid_from"),)

    code_list: Mapped[CodeList] = mapped_column(enum_column(CodeList))
    code: Mapped[str] = mapped_column(String(10))
    name: Mapped[str] = mapped_column(String(300))
    valid_from: Mapped[int]
    valid_to: Mapped[int | None]


class AuditEntry(Entity):
    __tablename__ = "audit_entry"
    __table_args__ = (Index("ix_audit_entry_at", "at"), Index("ix_audit_entry_row", "table_name", "row_id"))

    at: Mapped[datetime] = mapped_column(default=utcnow)
    user_name: Mapped[str] = mapped_column(String(100))
    action: Mapped[AuditAction] = mapped_column(enum_column(AuditAction))
    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[str] = mapped_column(String(36))
    summary: Mapped[str] = mapped_column(Text, default="")
    changes: Mapped[dict[str, Any]] = mapped_column(default=dict)  # column -> [old, new]


class Setting(Entity):
    """Database-wide settings (thresholds, marking text), shared by everyone using the file."""

    __tablename__ = "setting"
    __table_args__ = (UniqueConstraint("key"),)

    key: Mapped[str] = mapped_column(String(100))
    value: Mapped[Any] = mapped_column(JSON, nullable=True)
