"""Optimistic locking in the window: saves carry the version the user saw, and a refused save
keeps the user's text to copy or put back on top of the other person's version.

``Versions`` (one per store) remembers the version of every row an editor has shown or this
window has saved; a command saves through ``save_versioned``, which passes that version as
``expected_version`` and remembers the version after the save (read in the same transaction,
so someone else's change right after is never taken as seen). Undo and redo go the same way,
so an undo never silently overwrites what someone else saved since.

When a save is refused (``app.storage.conflicts.ConflictError``), ``Versions.conflicted`` tells the
editors: the one showing the row reloads the other person's version, and ``ConflictPanel``
holds the user's text with «Kopier teksten min» and «Bruk teksten min likevel»; the text stays
there until the user has put it back or chosen to throw it away.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.storage.conflicts import ConflictError, RowKey, version_now
from ui.commands import StoreCommand
from ui.store import Store
from ui.theme import banner_style

T = TypeVar("T")


@dataclass
class Conflict:
    """A refused save: the message, and what the user had written (``text`` "" when nothing
    typed was at stake) with a way to save it again on top of the new version."""

    key: RowKey
    message: str
    label: str = ""  # where the text was written, as the user knows it: «Behov», «Tittel»
    text: str = ""
    reapply: Callable[[], SavingCommand] | None = None
    field: str = ""  # which box of the row the text belongs in (a note section's key), for the editor


class Versions(QObject):
    """The version of each row as this window last saw or saved it."""

    conflicted = Signal(object)  # a Conflict

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._seen: dict[RowKey, int] = {}

    def expected(self, key: RowKey) -> int | None:
        return self._seen.get(key)

    def saw(self, key: RowKey, version: int) -> None:
        self._seen[key] = version

    def clear(self) -> None:
        self._seen.clear()


def versions(store: Store) -> Versions:
    """The store's ``Versions`` (made on first use; forgotten when another database is opened)."""
    book = store.findChild(Versions, "conflict_versions")
    if book is None:
        book = Versions(store)
        book.setObjectName("conflict_versions")
        store.database_replaced.connect(book.clear)
    return book


def save_versioned(store: Store, key: RowKey, fn: Callable[..., T], *args: Any,
                   conflict: Callable[[], Conflict] | None = None, **kwargs: Any) -> T:
    """``store.run(fn, *args, expected_version=..., **kwargs)`` for the row ``key``.

    On a conflict the editors hear of it (``Versions.conflicted``) before the error goes on to
    be shown; ``conflict`` gives the user's text to keep (None: nothing typed is at stake).
    """
    book = versions(store)

    def work(session: Any) -> tuple[T, int]:
        result = fn(session, *args, expected_version=book.expected(key), **kwargs)
        return result, version_now(session, key)

    try:
        result, after = store.run(work)
    except ConflictError as err:
        kept = conflict() if conflict is not None else Conflict(key, "")
        if not kept.text.strip() and err.text_kept:
            err = ConflictError(err.subject, err.who, err.when, text_kept=False)
        kept.key, kept.message = key, str(err)
        book.conflicted.emit(kept)
        raise err from err.__cause__
    book.saw(key, after)
    return result


class SavingCommand(StoreCommand):
    """A command whose ``do`` sets ``saved`` once the save went through."""

    saved = False


# --- the panel ------------------------------------------------------------------------------


class _KeptText(QFrame):
    def __init__(self, panel: ConflictPanel, conflict: Conflict) -> None:
        super().__init__()
        self.conflict = conflict
        self.setObjectName("keptText")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        self.message = QLabel(conflict.message)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.message)
        heading = QCoreApplication.translate("Conflicts", "Teksten din i «{where}»:").format(where=conflict.label)
        self.heading = QLabel(heading if conflict.label else QCoreApplication.translate("Conflicts", "Teksten din:"))
        layout.addWidget(self.heading)
        self.text = QPlainTextEdit(conflict.text)
        self.text.setReadOnly(True)
        self.text.setMaximumHeight(110)
        self.text.setAccessibleName(QCoreApplication.translate("Conflicts", "Teksten din som ikke ble lagret"))
        self.heading.setBuddy(self.text)
        layout.addWidget(self.text)
        buttons = QHBoxLayout()
        self.copy = QPushButton(QCoreApplication.translate("Conflicts", "&Kopier teksten min"))
        self.copy.setToolTip(QCoreApplication.translate(
            "Conflicts", "Legger teksten din på utklippstavlen, så du kan lime den inn der den skal stå."))
        self.reapply = QPushButton(QCoreApplication.translate("Conflicts", "&Bruk teksten min likevel"))
        self.reapply.setToolTip(QCoreApplication.translate(
            "Conflicts", "Lagrer teksten din over den nye versjonen. Det den andre skrev, "
                         "kan du angre deg tilbake til med Ctrl+Z."))
        self.reapply.setEnabled(conflict.reapply is not None)
        self.discard = QPushButton(QCoreApplication.translate("Conflicts", "&Forkast teksten min"))
        self.discard.setToolTip(QCoreApplication.translate(
            "Conflicts", "Beholder den andres versjon og fjerner teksten din herfra."))
        self.copy.clicked.connect(lambda: panel.copy_text(self))
        self.reapply.clicked.connect(lambda: panel.reapply(self))
        self.discard.clicked.connect(lambda: panel.remove(self))
        for b in (self.copy, self.reapply, self.discard):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout.addLayout(buttons)


class ConflictPanel(QWidget):
    """The user's texts that were not saved because someone else changed the same thing first.

    Hidden while empty. ``command_ready`` carries the command that saves a text again."""

    command_ready = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(banner_style("error", "QFrame#keptText"))
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.entries: list[_KeptText] = []
        self.setVisible(False)

    def add(self, conflict: Conflict) -> None:
        """Keep a refused text; a newer refusal of the same text replaces the older one."""
        if not conflict.text.strip():
            return
        for entry in list(self.entries):
            if entry.conflict.key == conflict.key and entry.conflict.label == conflict.label:
                self.remove(entry)
        entry = _KeptText(self, conflict)
        self.entries.append(entry)
        self._layout.addWidget(entry)
        self.setVisible(True)

    def texts(self) -> list[str]:
        return [e.conflict.text for e in self.entries]

    def copy_text(self, entry: _KeptText) -> None:
        QGuiApplication.clipboard().setText(entry.conflict.text)
        entry.copy.setText(QCoreApplication.translate("Conflicts", "Kopiert"))

    def reapply(self, entry: _KeptText) -> None:
        if entry.conflict.reapply is None:
            return
        command = entry.conflict.reapply()
        self.command_ready.emit(command)
        if command.saved:
            self.remove(entry)

    def remove(self, entry: _KeptText) -> None:
        if entry in self.entries:
            self.entries.remove(entry)
            entry.setParent(None)
            entry.deleteLater()
        self.setVisible(bool(self.entries))
