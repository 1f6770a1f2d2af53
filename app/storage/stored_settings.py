"""Database-wide settings (the ``setting`` table): one value per key, shared by everyone using
the file. The readers check the value's type themselves, since a file may hold anything."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Setting


def read_setting(session: Session, key: str) -> Any:
    """The stored value, or None when the key has none."""
    return session.scalar(select(Setting.value).where(Setting.key == key))


def write_setting(session: Session, key: str, value: Any) -> None:
    """Store ``value`` under ``key``, in the caller's transaction."""
    setting = session.scalar(select(Setting).where(Setting.key == key))
    if setting is None:
        session.add(Setting(key=key, value=value))
    else:
        setting.value = value
