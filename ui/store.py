"""The window's handle on the open database: runs ``app`` functions, one transaction each,
and tells the pages when data has changed."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, Signal
from sqlalchemy.orm.exc import StaleDataError

from app.database import Database
from app.errors import AppError

T = TypeVar("T")


class Store(QObject):
    changed = Signal()  # data in the open database changed
    database_replaced = Signal()  # another database was opened

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db

    def replace(self, db: Database) -> None:
        old, self.db = self.db, db
        old.close()
        self.database_replaced.emit()

    def read(self, fn: Callable[..., T], *args: object, **kwargs: object) -> T:
        """Call a read-only ``app`` function; nothing changes, no signal."""
        return self.db.run(fn, *args, **kwargs)

    def run(self, fn: Callable[..., T], *args: object, **kwargs: object) -> T:
        """Call an ``app`` function that changes data, in its own transaction."""
        try:
            result = self.db.run(fn, *args, **kwargs)
        except StaleDataError as exc:
            raise AppError(
                self.tr("Noen andre har endret dette mens du arbeidet. Endringen din er ikke lagret; "
                        "last inn på nytt og gjør den igjen.")
            ) from exc
        self.changed.emit()
        return result
