"""The window's handle on the open database: runs ``app`` functions, one transaction each,
and tells the views what each one changed (a :class:`app.changes.ChangeSet`: the kinds of
thing written and who asked), so each reloads only for what it shows. It also keeps the
database's lock alive (the heartbeat other programs read) and gives it back when the database
is closed or replaced."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TypeVar

from PySide6.QtCore import QObject, QTimer, Signal

from app.changes import ChangeSet, changes_of
from app.errors import AppError
from app.storage.database import Database, ReadOnlyDatabaseError
from app.storage.lock import HEARTBEAT_SECONDS, format_moment

T = TypeVar("T")


class Store(QObject):
    changes = Signal(object)  # a ChangeSet: what an operation changed and who asked for it
    changed = Signal()  # data in the open database changed (any kind)
    database_replaced = Signal()  # another database was opened
    lock_lost = Signal(str)  # another program took over the file (ours was judged stale): the message

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self._initiator: object | None = None
        self._heartbeat = QTimer(self)
        self._heartbeat.setInterval(HEARTBEAT_SECONDS * 1000)
        self._heartbeat.timeout.connect(self.refresh_lock)
        self._heartbeat.start()

    @property
    def read_only(self) -> bool:
        return self.db.read_only

    @property
    def remote(self) -> bool:
        """A database on a server: every read is a round trip, so pages read off the GUI thread."""
        return self.db.path is None

    def display_name(self) -> str:
        """The database as the title shows it, marked when it is open read-only."""
        if self.db.read_only:
            return self.tr("{name} (skrivebeskyttet)").format(name=self.db.display_name)
        return self.db.display_name

    def replace(self, db: Database) -> None:
        old, self.db = self.db, db
        old.close()  # gives its lock back
        self.database_replaced.emit()

    def close(self) -> None:
        """Close the database and give its lock back (the window is closing)."""
        self._heartbeat.stop()
        self.db.close()

    def refresh_lock(self) -> bool:
        """The heartbeat; on losing the lock, says so once through ``lock_lost``."""
        was_lost = self.db.lock_lost
        if self.db.refresh_lock() or was_lost:
            return not self.db.lock_lost
        self.lock_lost.emit(self._lock_lost_message())
        return False

    def _lock_lost_message(self) -> str:
        lock = self.db.lock
        other = lock.lost_to if lock is not None else None
        if other is not None:
            return self.tr("Databasen er nå åpnet av {who} på {host} (siden {since}), fordi dette programmet ikke "
                           "svarte på en stund. Endringer herfra lagres ikke lenger. Lukk databasen og åpne den "
                           "på nytt.").format(who=other.who, host=other.host, since=format_moment(other.since))
        return self.tr("Låsefilen til databasen er borte eller tatt over av et annet program. Endringer herfra "
                       "lagres ikke lenger. Lukk databasen og åpne den på nytt.")

    def read(self, fn: Callable[..., T], *args: object, **kwargs: object) -> T:
        """Call a read-only ``app`` function; nothing changes, no signal."""
        return self.db.run(fn, *args, **kwargs)

    @contextmanager
    def initiated_by(self, initiator: object) -> Iterator[None]:
        """Operations run inside this block name ``initiator`` as who asked (an editor that
        already shows what it saves skips the change sets it initiated, as in Anki)."""
        before, self._initiator = self._initiator, initiator
        try:
            yield
        finally:
            self._initiator = before

    def run(self, fn: Callable[..., T], *args: object, **kwargs: object) -> T:
        """Call an ``app`` function that changes data, in its own transaction; afterwards
        ``changes`` carries what it wrote (nothing written: no signal)."""
        if self.db.lock_lost:
            raise AppError(self._lock_lost_message())
        try:
            with self.db.session() as session:
                result = fn(session, *args, **kwargs)
        except ReadOnlyDatabaseError as exc:
            if not self.db.read_only:
                raise  # the file itself cannot be written: app's message says so
            raise ReadOnlyDatabaseError(
                self.tr("Databasen er åpnet skrivebeskyttet, så endringen er ikke lagret. Lukk den og åpne den "
                        "på nytt når den er ledig for å gjøre endringer.")
            ) from exc
        # The session is closed, its info stays: the tables its flushes and bulk statements wrote.
        self.publish(changes_of(session, self._initiator))
        return result

    def publish(self, changes: ChangeSet) -> None:
        """Tell the views about ``changes`` (also for work done outside ``run``, e.g. in a worker thread)."""
        if changes:
            self.changes.emit(changes)
            self.changed.emit()
