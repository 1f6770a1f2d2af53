"""Personer: everyone registered in the municipality, edited in place (each edit undoable)."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.org import people as org_people
from ui.commands import StoreCommand
from ui.org import commands
from ui.store import Store
from ui.widgets import filled_item

COLUMNS = ("given_name", "family_name", "title", "email", "phone")


class NewPersonDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Ny person"))
        form = QFormLayout(self)
        self.fields = {key: QLineEdit() for key in COLUMNS}
        labels = (self.tr("&Fornavn"), self.tr("&Etternavn"), self.tr("&Stillingstittel"), self.tr("E-&post"),
                  self.tr("&Telefon"))
        for key, label in zip(COLUMNS, labels, strict=True):
            form.addRow(label, self.fields[key])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> dict[str, str]:
        return {key: edit.text().strip() for key, edit in self.fields.items()}


class PeopleDialog(QDialog):
    """A table of people; changing a cell saves it through an undoable command."""

    def __init__(self, store: Store, push: Callable[[StoreCommand], bool], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.push = store, push
        self.setWindowTitle(self.tr("Personer"))
        self.resize(860, 520)
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, len(COLUMNS) + 1)
        self.table.setHorizontalHeaderLabels([self.tr("Fornavn"), self.tr("Etternavn"), self.tr("Stillingstittel"),
                                              self.tr("E-post"), self.tr("Telefon"), self.tr("Stillinger nå")])
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAccessibleName(self.tr("Personer"))
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.add_button = QPushButton(self.tr("&Ny person …"))
        buttons.addButton(self.add_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.add_button.clicked.connect(self.add_person)
        layout.addWidget(buttons)
        self.reload()
        self.table.itemChanged.connect(self._edited)

    def reload(self) -> None:
        self.table.blockSignals(True)
        people = self.store.read(org_people.list_people_detail)
        self.table.setRowCount(len(people))
        for r, person in enumerate(people):
            row = person
            for c, key in enumerate(COLUMNS):
                item = QTableWidgetItem(getattr(person, key) or "")
                item.setData(Qt.ItemDataRole.UserRole, str(row.id))
                self.table.setItem(r, c, item)
            positions = QTableWidgetItem(row.positions)
            positions.setFlags(positions.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(r, len(COLUMNS), positions)
        self.table.blockSignals(False)

    def _edited(self, item: QTableWidgetItem) -> None:
        key = COLUMNS[item.column()]
        person_id = uuid.UUID(item.data(Qt.ItemDataRole.UserRole))
        name = f"{filled_item(self.table, item.row(), 0).text()} {filled_item(self.table, item.row(), 1).text()}"
        self.push(commands.UpdatePerson(self.store, person_id, {key: item.text().strip()}, name))
        self.reload()

    def add_person(self) -> None:
        dialog = NewPersonDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            values = dialog.values()
            self.push(commands.AddPerson(self.store, values, self.tr("Ny person {name}").format(
                name=f"{values['given_name']} {values['family_name']}")))
            self.reload()
