"""Fil → Ta med på samling: choose units, scenarios and notes, the file and its passphrase."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class PackageDialog(QDialog):
    """What goes into the package. No units ticked: the whole municipality."""

    def __init__(self, units: list[str], scenarios: list[str], suggestion: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("packageDialog")
        self.setWindowTitle(self.tr("Ta med på samling"))
        intro = QLabel(self.tr("Velg hva som skal med på samlingen. Pakken blir én kryptert fil som kan åpnes uten "
                               "nett. Endringene hentes inn igjen med Fil → Hent inn fra samling."))
        intro.setWordWrap(True)
        self.units = self._list(units)
        self.units.setAccessibleName(self.tr("Enheter"))
        self.scenarios = self._list(scenarios)
        self.scenarios.setAccessibleName(self.tr("Scenarioer"))
        self.with_notes = QCheckBox(self.tr("Ta med &oppfølgingsnotatene (personopplysninger)"))
        self.path = QLineEdit(str(suggestion))
        self.path.setAccessibleName(self.tr("Pakkefil"))
        browse = QPushButton(self.tr("&Bla gjennom …"))
        browse.clicked.connect(self._browse)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passord for pakken"))
        self.repeated = QLineEdit()
        self.repeated.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeated.setAccessibleName(self.tr("Gjenta passordet"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Lag pakken"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Avbryt"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        lists = QHBoxLayout()
        for title, widget in ((self.tr("Enheter (ingen valgt: hele kommunen)"), self.units),
                              (self.tr("Scenarioer"), self.scenarios)):
            column = QVBoxLayout()
            column.addWidget(QLabel(title))
            column.addWidget(widget)
            lists.addLayout(column)
        layout.addLayout(lists)
        layout.addWidget(self.with_notes)
        layout.addWidget(QLabel(self.tr("Pakkefil:")))
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        layout.addLayout(row)
        layout.addWidget(QLabel(self.tr("Passord for pakken (minst 8 tegn), to ganger:")))
        layout.addWidget(self.passphrase)
        layout.addWidget(self.repeated)
        layout.addWidget(self.buttons)
        self.resize(640, 560)

    @staticmethod
    def _list(names: list[str]) -> QListWidget:
        widget = QListWidget()
        for name in names:
            item = QListWidgetItem(name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            widget.addItem(item)
        return widget

    @staticmethod
    def checked(widget: QListWidget) -> list[str]:
        return [widget.item(i).text() for i in range(widget.count())
                if widget.item(i).checkState() == Qt.CheckState.Checked]

    def tick(self, widget: QListWidget, names: list[str]) -> None:
        for i in range(widget.count()):
            if widget.item(i).text() in names:
                widget.item(i).setCheckState(Qt.CheckState.Checked)

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Pakkefil"), self.path.text(),
                                              self.tr("Samlingspakke (*.sdbpkg)"))
        if path:
            self.path.setText(path)
