"""The passphrase of an encrypted database or seminar package, asked for when it is opened.

The box hides what is typed (with «Vis» to show it), a wrong passphrase is said plainly and the
box asks again, and Avbryt leaves the file unopened. The passphrase lives only in memory.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.storage.encryption import PassphraseNeededError, WrongPassphraseError
from ui.theme import colour_style

T = TypeVar("T")


def is_package(path: Path) -> bool:
    """A seminar package (``.sdbpkg``, app.seminar.package), not the office's database."""
    from app.seminar.package import PACKAGE_SUFFIX  # only when a box is shown: not at start-up

    return path.suffix.lower() == PACKAGE_SUFFIX


def password_row(edit: QLineEdit, show: QCheckBox) -> QHBoxLayout:
    """A masked line edit with «Vis» beside it, which shows the text while it is ticked."""
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    show.toggled.connect(lambda on: edit.setEchoMode(
        QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password))
    row = QHBoxLayout()
    row.addWidget(edit, 1)
    row.addWidget(show)
    return row


class PassphraseDialog(QDialog):
    """Asks for the passphrase of ``path``; ``show_error`` puts a message above the box."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.package = is_package(self.path)
        self.setObjectName("passphraseDialog")
        if self.package:  # a package is not a database to the user: it is what came home from the seminar
            self.setWindowTitle(self.tr("Kryptert samlingspakke"))
            intro = self.tr("Samlingspakken «{name}» er kryptert. Skriv passordet pakken fikk da den ble laget.")
        else:
            self.setWindowTitle(self.tr("Kryptert database"))
            intro = self.tr("Databasen «{name}» er kryptert. Skriv passordet for å åpne den.")
        self.intro = QLabel(intro.format(name=path.name))
        self.intro.setWordWrap(True)
        self.intro.setToolTip(str(path))
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(colour_style("error"))
        self.error.setAccessibleName(self.tr("Feilmelding"))
        self.error.hide()
        self.edit = QLineEdit()
        self.edit.setAccessibleName(self.tr("Passord"))
        self.show_box = QCheckBox(self.tr("&Vis"))
        self.show_box.setAccessibleName(self.tr("Vis passordet"))
        label = QLabel(self.tr("&Passord:"))
        label.setBuddy(self.edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Å&pne"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Avbryt"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.ok.setEnabled(False)
        self.edit.textChanged.connect(lambda text: self.ok.setEnabled(bool(text)))

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.error)
        layout.addWidget(label)
        layout.addLayout(password_row(self.edit, self.show_box))
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)
        self.edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def passphrase(self) -> str:
        return self.edit.text()

    def wrong_passphrase(self, err: WrongPassphraseError) -> str:
        """What to say when the passphrase does not open the file (a package's own wording)."""
        if not self.package:
            return str(err)
        return self.tr("Feil passord for samlingspakken «{name}». Skriv passordet på nytt (store og små bokstaver "
                       "er forskjellige). Det er passordet som ble valgt med Fil → Ta med på samling da pakken ble "
                       "laget.").format(name=self.path.name)

    def show_error(self, message: str) -> None:
        """Say what went wrong, empty the box and let the user type again."""
        self.error.setText(message)
        self.error.show()
        self.edit.clear()
        self.edit.setFocus(Qt.FocusReason.OtherFocusReason)


def open_with_passphrase(parent: QWidget | None, path: Path, open_fn: Callable[[str], T],
                         dialog_factory: Callable[[Path, QWidget | None], PassphraseDialog] = PassphraseDialog
                         ) -> T | None:
    """Ask for the passphrase and call ``open_fn(passphrase)`` until it opens; None if cancelled.

    A wrong passphrase keeps the box open with the message; any other error goes to the caller.
    """
    dialog = dialog_factory(Path(path), parent)
    try:
        while dialog.exec() == QDialog.DialogCode.Accepted:
            try:
                return open_fn(dialog.passphrase())
            except WrongPassphraseError as err:
                dialog.show_error(dialog.wrong_passphrase(err))
        return None
    finally:
        dialog.edit.clear()  # the passphrase does not stay in a widget
        dialog.deleteLater()


def open_asking_passphrase(parent: QWidget | None, open_fn: Callable[..., T]) -> T | None:
    """``open_fn()``; when the file turns out to be encrypted, ask for the passphrase and call
    ``open_fn(passphrase=...)`` until it opens. None when the user cancels.

    The window's open paths wrap their call in this, e.g. ``open_asking_passphrase(self, lambda **kw:
    open_database(path, **kw))``.
    """
    try:
        return open_fn()
    except PassphraseNeededError as err:
        return open_with_passphrase(parent, err.path, lambda passphrase: open_fn(passphrase=passphrase))
