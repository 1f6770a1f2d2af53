"""When another program has the database open: who, where and since when, and the choice to
open it read-only, wait until it is free, or cancel. ``open_with_lock`` is what the start-up
and Fil → Åpne call."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import AppError
from app.paths import default_database_path
from app.storage.database import Database, open_database
from app.storage.lock import DatabaseInUseError, Lock, LockInfo, acquire, format_moment

WAIT_POLL_MS = 1000


class LockDialog(QDialog):
    """``choice`` after closing: ``READ_ONLY``, ``WAIT`` or ``CANCEL``."""

    READ_ONLY, WAIT, CANCEL = "read_only", "wait", ""

    def __init__(self, err: DatabaseInUseError, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice = self.CANCEL
        self.setWindowTitle(self.tr("Databasen er i bruk"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        self.heading = QLabel(self.tr("<b>{name}</b> er åpen i et annet program.").format(name=err.db_path.name))
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.holder = HolderForm(err.holder)
        layout.addWidget(self.holder)
        explain = QLabel(self.tr(
            "Bare ett program kan endre databasen om gangen, så ingenting blir skrevet over. Du kan åpne den "
            "skrivebeskyttet for å lese og skrive ut, eller vente til den er lukket der."))
        explain.setWordWrap(True)
        layout.addWidget(explain)
        buttons = QDialogButtonBox()
        self.read_only_button = QPushButton(self.tr("Åpne skrivebeskyttet"))
        self.wait_button = QPushButton(self.tr("Vent til den er ledig"))
        self.cancel_button = QPushButton(self.tr("Avbryt"))
        buttons.addButton(self.read_only_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.wait_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.read_only_button.setDefault(True)
        self.read_only_button.clicked.connect(lambda: self._choose(self.READ_ONLY))
        self.wait_button.clicked.connect(lambda: self._choose(self.WAIT))
        self.cancel_button.clicked.connect(self.reject)
        layout.addWidget(buttons)

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()


class HolderForm(QWidget):
    """Hvem / Hvor / Siden for a lock's holder."""

    def __init__(self, holder: LockInfo | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.who, self.where, self.since = QLabel(), QLabel(), QLabel()
        for label in (self.who, self.where, self.since):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("Hvem:"), self.who)
        form.addRow(self.tr("Hvor:"), self.where)
        form.addRow(self.tr("Siden:"), self.since)
        self.show_holder(holder)

    def show_holder(self, holder: LockInfo | None) -> None:
        if holder is None:
            unknown = self.tr("ukjent (låsefilen kan ikke leses)")
            self.who.setText(unknown)
            self.where.setText("–")
            self.since.setText("–")
            return
        who = holder.who if holder.who == holder.user else f"{holder.who} ({holder.user})"
        self.who.setText(who)
        self.where.setText(self.tr("{host}, prosess {pid}, Styringsdialog {version}").format(
            host=holder.host, pid=holder.pid, version=holder.version or "?"))
        self.since.setText(format_moment(holder.since))


class WaitDialog(QDialog):
    """Tries the lock every ``poll_ms`` until it is released or left stale; then ``lock`` holds it
    and the dialog is accepted. «Avbryt» stops waiting."""

    def __init__(self, path: Path, first: DatabaseInUseError, parent: QWidget | None = None,
                 poll_ms: int | None = None) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.lock: Lock | None = None
        self.error: AppError | None = None
        self.setWindowTitle(self.tr("Venter på databasen"))
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        text = QLabel(self.tr("Venter på at {name} blir ledig. Den åpnes så snart programmet som har den, "
                              "lukker den.").format(name=self.path.name))
        text.setWordWrap(True)
        layout.addWidget(text)
        self.holder = HolderForm(first.holder)
        layout.addWidget(self.holder)
        busy = QProgressBar()
        busy.setRange(0, 0)
        busy.setAccessibleName(self.tr("Venter"))
        layout.addWidget(busy)
        buttons = QDialogButtonBox()
        self.cancel_button = buttons.addButton(self.tr("Avbryt"), QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self.timer = QTimer(self)
        self.timer.setInterval(poll_ms or WAIT_POLL_MS)
        self.timer.timeout.connect(self.try_lock)
        self.timer.start()

    def try_lock(self) -> None:
        try:
            self.lock = acquire(self.path)
        except DatabaseInUseError as err:
            self.holder.show_holder(err.holder)
            return
        except OSError as exc:
            self.error = AppError(self.tr("Kan ikke lese låsefilen for {name}: {problem}").format(
                name=self.path.name, problem=exc.strerror or exc))
            self.reject()
            return
        self.timer.stop()
        self.accept()

    def reject(self) -> None:
        self.timer.stop()
        super().reject()


def open_with_lock(parent: QWidget | None, path: str | Path | None, **kwargs: Any) -> Database | None:
    """``open_database(path, **kwargs)``; if another program has it open for writing, ask what to
    do. None if the user cancels. Other problems raise ``AppError`` as ``open_database`` does."""
    try:
        return open_database(path, **kwargs)
    except DatabaseInUseError as err:
        first = err
    dialog = LockDialog(first, parent)
    dialog.exec()
    if dialog.choice == LockDialog.READ_ONLY:
        return open_database(first.db_path, read_only=True, passphrase=kwargs.get("passphrase"))
    if dialog.choice == LockDialog.WAIT:
        wait = WaitDialog(Path(path) if path is not None else default_database_path(), first, parent)
        wait.exec()
        if wait.lock is not None:
            return open_database(path, lock=wait.lock, **kwargs)
        if wait.error is not None:
            raise wait.error
    return None
