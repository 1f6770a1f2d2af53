"""Fil → «Krypter databasen …», «Endre passord …» and «Fjern kryptering …».

Each asks what it needs (a new passphrase twice, with a strength hint and the warning that a
lost passphrase cannot be recovered; or the current one), closes the window's connections to
the file, lets ``app.storage.encryption`` do the work on a verified copy, and opens the file again.
If the work fails, the file is opened again as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.errors import AppError
from app.storage import encryption
from ui.errors import show_user_error
from ui.storage.passphrase_dialog import password_row
from ui.theme import banner_style, colour_style

if TYPE_CHECKING:
    from app.storage.database import Database
    from ui.store import Store

ENCRYPT, CHANGE, DECRYPT = "encrypt", "change", "decrypt"
STRENGTH_KINDS = ("error", "error", "warning", "ok")  # ui.theme's colours, light or dark



def _buddy(text: str, edit: QLineEdit) -> QLabel:
    """A form label whose «&» shortcut moves to ``edit`` (QFormLayout's own text labels show the «&»)."""
    label = QLabel(text)
    label.setBuddy(edit)
    return label


class EncryptionDialog(QDialog):
    """The passphrases for one of the three actions; ``accept`` only when they are usable."""

    def __init__(self, mode: str, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mode = mode
        self.setObjectName("encryptionDialog")
        titles = {ENCRYPT: self.tr("Krypter databasen"), CHANGE: self.tr("Endre passord"),
                  DECRYPT: self.tr("Fjern kryptering")}
        self.setWindowTitle(titles[mode])
        intro = {
            ENCRYPT: self.tr("Databasefilen «{name}» blir kryptert, slik at ingen kan lese den uten passordet – "
                             "heller ikke på en mistet bærbar PC. Passordet blir spurt om hver gang filen "
                             "åpnes."),
            CHANGE: self.tr("Gi «{name}» et nytt passord. Det gamle slutter å virke med en gang."),
            DECRYPT: self.tr("Databasefilen «{name}» blir lagret ukryptert. Alle som får tak i filen, kan da "
                             "lese avtalene og referatene i den."),
        }[mode].format(name=path.name)
        layout = QVBoxLayout(self)
        text = QLabel(intro)
        text.setWordWrap(True)
        layout.addWidget(text)
        form = QFormLayout()
        layout.addLayout(form)

        self.current = QLineEdit()
        self.current.setAccessibleName(self.tr("Nåværende passord"))
        self.show_current = QCheckBox(self.tr("Vis"))
        if mode in (CHANGE, DECRYPT):
            form.addRow(_buddy(self.tr("&Nåværende passord:"), self.current), password_row(self.current,
                                                                                     self.show_current))
        self.new = QLineEdit()
        self.new.setAccessibleName(self.tr("Nytt passord"))
        self.show_new = QCheckBox(self.tr("Vis"))
        self.repeat = QLineEdit()
        self.repeat.setAccessibleName(self.tr("Gjenta passordet"))
        self.show_repeat = QCheckBox(self.tr("Vis"))
        self.strength = QLabel()
        self.strength.setWordWrap(True)
        self.strength.setAccessibleName(self.tr("Passordstyrke"))
        self.mismatch = QLabel()
        self.mismatch.setStyleSheet(colour_style("error"))
        if mode in (ENCRYPT, CHANGE):
            form.addRow(_buddy(self.tr("N&ytt passord:"), self.new), password_row(self.new, self.show_new))
            form.addRow(_buddy(self.tr("&Gjenta passordet:"), self.repeat), password_row(self.repeat,
                                                                                        self.show_repeat))
            form.addRow("", self.strength)
            form.addRow("", self.mismatch)
            self.warning = QLabel(self.tr(
                "<b>Et glemt passord kan ikke gjenopprettes.</b> Uten det kan ingen – heller ikke "
                "brukerstøtte – åpne databasen igjen. Skriv passordet ned og oppbevar det trygt, for "
                "eksempel i kommunens passordhvelv."))
        else:
            self.warning = QLabel(self.tr(
                "<b>Filen blir lesbar for alle som får tak i den.</b> Fjern krypteringen bare når filen "
                "ligger et trygt sted."))
        if mode == ENCRYPT:
            self.warning.setText(self.warning.text() + "<br><br>" + self.tr(
                "Sikkerhetskopier som er tatt før, er fortsatt ukrypterte. Slett dem eller ta vare på dem "
                "like trygt som før; nye sikkerhetskopier blir kryptert med samme passord."))
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(banner_style("warning"))
        layout.addWidget(self.warning)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText({ENCRYPT: self.tr("&Krypter"), CHANGE: self.tr("&Endre passord"),
                         DECRYPT: self.tr("&Fjern kryptering")}[mode])
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Avbryt"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        for edit in (self.current, self.new, self.repeat):
            edit.textChanged.connect(self._update)
        self.setMinimumWidth(480)
        self._update()

    def _update(self) -> None:
        needs_current = self.mode in (CHANGE, DECRYPT)
        ok = not needs_current or bool(self.current.text())
        if self.mode in (ENCRYPT, CHANGE):
            new, repeat = self.new.text(), self.repeat.text()
            level = encryption.strength(new)
            self.strength.setText(self.strength_text(level) if new else "")
            self.strength.setStyleSheet(colour_style(STRENGTH_KINDS[level]))
            same = new == repeat
            self.mismatch.setText("" if same or not repeat else self.tr("Passordene er ikke like."))
            ok = ok and level > 0 and same and new.strip() == new
        self.ok.setEnabled(ok)

    def strength_text(self, level: int) -> str:
        if level == 0:
            return self.tr("For kort: passordet må ha minst {n} tegn.").format(n=encryption.MIN_LENGTH)
        if level == 3:
            return self.tr("Sterkt passord.")
        advice = self.tr("Lengre er bedre: en setning på fire–fem ord er sterk og lett å huske.")
        return (self.tr("Svakt passord.") if level == 1 else self.tr("Middels sterkt passord.")) + " " + advice

    def accept(self) -> None:  # refuse here too, in case Enter beat the button's state
        if self.mode in (ENCRYPT, CHANGE):
            try:
                encryption.check_new_passphrase(self.new.text(), self.repeat.text())
            except AppError as err:
                show_user_error(self, err)
                return
        super().accept()

    def clear(self) -> None:
        for edit in (self.current, self.new, self.repeat):
            edit.clear()


def _reopen(store: Store, opener: Callable[[str, str | None], Database], passphrase: str | None) -> None:
    path = store.db.path
    assert path is not None
    store.replace(opener(str(path), passphrase))


def run_encryption_action(mode: str, parent: QWidget, store: Store,
                          opener: Callable[[str, str | None], Database],
                          dialog_factory: Callable[[str, Path, QWidget | None], EncryptionDialog] = EncryptionDialog
                          ) -> bool:
    """Ask, close the file, encrypt / change / decrypt it, open it again; True when done.

    ``opener(path, passphrase)`` opens a database (``app.storage.database.open_database``); on failure the
    file is opened again as it was, and the message is shown.
    """
    path = store.db.path
    if path is None:
        show_user_error(parent, AppError(QCoreApplication.translate(
            "EncryptionDialog", "Kryptering gjelder databasefiler, ikke en databaseserver.")))
        return False
    encrypted = encryption.is_encrypted(path)
    if mode == ENCRYPT and encrypted:
        show_user_error(parent, AppError(QCoreApplication.translate(
            "EncryptionDialog", "Databasen er allerede kryptert. Velg «Endre passord …».")))
        return False
    if mode in (CHANGE, DECRYPT) and not encrypted:
        show_user_error(parent, AppError(QCoreApplication.translate(
            "EncryptionDialog", "Databasen er ikke kryptert. Velg «Krypter databasen …».")))
        return False
    dialog = dialog_factory(mode, path, parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        current, new = dialog.current.text(), dialog.new.text()
    finally:
        dialog.clear()
        dialog.deleteLater()
    if mode in (CHANGE, DECRYPT):
        try:  # before anything is closed: a wrong passphrase leaves the window as it was
            encryption.check_passphrase(path, current)
        except AppError as err:
            show_user_error(parent, err)
            return False
    for page in getattr(parent, "page_widgets", {}).values():
        page.flush_edits()  # text typed but not yet saved goes in before the file is closed
    store.db.close()
    before = current if mode in (CHANGE, DECRYPT) else None
    try:
        if mode == ENCRYPT:
            encryption.encrypt_database(path, new)
            after: str | None = new
        elif mode == CHANGE:
            encryption.change_passphrase(path, current, new)
            after = new
        else:
            encryption.decrypt_database(path, current)
            after = None
    except AppError as err:
        _reopen(store, opener, before)
        show_user_error(parent, err)
        return False
    _reopen(store, opener, after)
    done = {ENCRYPT: QCoreApplication.translate("EncryptionDialog",
                                                "Databasen er kryptert. Passordet blir spurt om neste gang den åpnes."),
            CHANGE: QCoreApplication.translate("EncryptionDialog", "Passordet er endret."),
            DECRYPT: QCoreApplication.translate(
                "EncryptionDialog", "Krypteringen er fjernet. Filen er nå lesbar for alle som får tak i den.")}[mode]
    status = getattr(parent, "statusBar", None)
    if status is not None:
        status().showMessage(done, 10000)
    return True
