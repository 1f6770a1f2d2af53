"""Fil → Koble til server: the address of a shared PostgreSQL server, and the password.

The dialog only collects; ``MainWindow.connect_to_server`` opens the database and shows the
dialog again, with what was typed, when the server says no.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.server.connection import DEFAULT_PORT, SSL_MODES, ServerAddress, default_user
from ui.theme import colour_style


class ServerDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, address: ServerAddress | None = None,
                 error: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Koble til server"))
        intro = QLabel(self.tr("Når flere i staben arbeider samtidig, ligger databasen på en PostgreSQL-server "
                               "som IT driver. Skriv inn adressen du har fått fra IT, og ditt eget passord."))
        intro.setWordWrap(True)
        self.error = QLabel(error)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(colour_style("error"))
        self.error.setVisible(bool(error))
        self.host = QLineEdit()
        self.host.setPlaceholderText("db.kommune.no")
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.database = QLineEdit("styringsdialog")
        self.user = QLineEdit(default_user())
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.sslmode = QComboBox()
        labels = {
            "prefer": self.tr("Krypter når serveren kan (standard)"),
            "require": self.tr("Krev kryptert forbindelse"),
            "verify-full": self.tr("Krev kryptert forbindelse og gyldig sertifikat"),
            "disable": self.tr("Ukryptert (bare på eget nett)"),
        }
        for mode in SSL_MODES:
            self.sslmode.addItem(labels[mode], mode)
        form = QFormLayout()
        form.addRow(self.tr("&Server:"), self.host)
        form.addRow(self.tr("P&ort:"), self.port)
        form.addRow(self.tr("&Database:"), self.database)
        form.addRow(self.tr("&Brukernavn:"), self.user)
        form.addRow(self.tr("&Passord:"), self.password)
        form.addRow(self.tr("&Forbindelse:"), self.sslmode)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Koble til"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.error)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        for edit in (self.host, self.database, self.user):
            edit.textChanged.connect(self._update_ok)
        if address is not None:
            self.set_address(address)
        self._update_ok()
        (self.password if address is not None else self.host).setFocus()

    def set_address(self, address: ServerAddress) -> None:
        self.host.setText(address.host)
        self.port.setValue(address.port)
        self.database.setText(address.database)
        self.user.setText(address.user)
        self.sslmode.setCurrentIndex(max(0, self.sslmode.findData(address.sslmode)))

    def address(self) -> ServerAddress:
        return ServerAddress(host=self.host.text().strip(), database=self.database.text().strip(),
                             user=self.user.text().strip(), port=self.port.value(),
                             sslmode=str(self.sslmode.currentData()))

    def password_text(self) -> str:
        return self.password.text()

    def _update_ok(self) -> None:
        complete = all(e.text().strip() for e in (self.host, self.database, self.user))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(complete)
