"""The welcome shown on the program's first start (and from Hjelp → Kom i gang): what the demo
is, how to start on the municipality's own data, and where the example files are."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget


class WelcomeDialog(QDialog):
    """``choice`` after closing: "new" (start a database of our own) or "" (look around)."""

    def __init__(self, examples: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.examples = examples
        self.choice = ""
        self.setWindowTitle(self.tr("Velkommen til Styringsdialog"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        self.text = QLabel(self.message())
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.text)
        buttons = QDialogButtonBox()
        self.new_button = QPushButton(self.tr("Ny database …"))
        self.new_button.clicked.connect(self._new)
        buttons.addButton(self.new_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.examples_button = QPushButton(self.tr("Åpne eksempelfilene"))
        self.examples_button.setEnabled(examples is not None and examples.is_dir())
        self.examples_button.clicked.connect(self.open_examples)
        buttons.addButton(self.examples_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.look_button = buttons.addButton(self.tr("Se på demokommunen"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.look_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)

    def message(self) -> str:
        where = self.tr("<p>Eksempelfilene ligger i <b>{folder}</b>.</p>").format(folder=self.examples) \
            if self.examples is not None else ""
        return self.tr(
            "<h3>Velkommen til Styringsdialog</h3>"
            "<p>Programmet har åpnet <b>Lindvik kommune</b>, en oppdiktet demokommune med enheter, ledere, "
            "avtaler, oppfølgingsmøter og budsjett. Alt her er laget for å prøve seg fram: endre, skriv ut "
            "og eksporter som du vil. Det finnes ingen ekte personer eller tall i den.</p>"
            "<p><b>Slik kommer du i gang med kommunens egne data:</b></p>"
            "<ul><li><b>Fil → Ny database</b> lager en tom database i en fil du velger.</li>"
            "<li>Hent inn organisasjonen fra en enhetsliste (Excel eller CSV) med <b>Importer</b> på siden "
            "Organisasjon, og budsjett og regnskap med <b>Importer fra regneark</b> på siden Budsjett.</li></ul>"
            "<p>Vil du prøve importen først? Eksempelfilene er regneark i samme form som "
            "økonomisystemet og personalsystemet lager.</p>{where}"
            "<p>Programmet trenger ikke nettverk. Trykk F1 for hjelp på siden du står på.</p>"
        ).format(where=where)

    def _new(self) -> None:
        self.choice = "new"
        self.accept()

    def open_examples(self) -> None:
        if self.examples is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.examples)))
