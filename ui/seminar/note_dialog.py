"""Fil → Skriv samlingsnotat (and Open in Fil → Samlingsnotater): one seminar session, the units and
scenario it was about, what was decided, and its action items. The same dialog writes a new note
and edits one again (``load``)."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import AppError
from app.seminar.notes import ActionDraft, NoteDetail
from ui.widgets import DateEdit


class NoteDialog(QDialog):
    """The samlingsnotat's fields; ``action_drafts()`` reads the action item rows (each keeps the id
    of the action item it edits), ``unit_ids()`` the units ticked. ``note_id`` is None for a new note."""

    def __init__(self, scenarios: list[tuple[uuid.UUID, str]], today: date, parent: QWidget | None = None,
                 units: list[tuple[uuid.UUID, str]] | None = None) -> None:
        super().__init__(parent)
        self.note_id: uuid.UUID | None = None
        self.goal_ids: list[uuid.UUID] | None = None  # kept as they are when editing (no goal picker here)
        self.setObjectName("seminarNoteDialog")
        self.setWindowTitle(self.tr("Samlingsnotat"))
        self.title = QLineEdit()
        self.held_on = DateEdit(QDate(today.year, today.month, today.day))
        self.held_on.setCalendarPopup(True)
        self.held_on.setDisplayFormat("dd.MM.yyyy")
        self.place = QLineEdit()
        self.text = QPlainTextEdit()
        self.decisions = QPlainTextEdit()
        self.decisions.setPlaceholderText(self.tr("Ett vedtak per linje"))
        self.scenario = QComboBox()
        self.scenario.addItem(self.tr("(ikke knyttet til et scenario)"), None)
        for scenario_id, name in scenarios:
            self.scenario.addItem(name, scenario_id)
        self.units = QListWidget()
        self.units.setObjectName("seminarNoteUnits")
        self.units.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.units.setAccessibleName(self.tr("Enheter notatet gjelder"))
        self.units.setMaximumHeight(110)
        for unit_id, name in units or []:
            item = QListWidgetItem(name, self.units)
            item.setData(Qt.ItemDataRole.UserRole, unit_id)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("seminarActions")
        self.table.setHorizontalHeaderLabels([self.tr("Oppfølgingspunkt"), self.tr("Ansvarlig"),
                                              self.tr("Frist (dd.mm.åååå)")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            self.table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        add = QPushButton(self.tr("&Legg til oppfølgingspunkt"))
        add.clicked.connect(lambda: self.add_action())
        self.remove = QPushButton(self.tr("&Fjern oppfølgingspunkt"))
        self.remove.setEnabled(False)
        self.remove.clicked.connect(lambda: self.remove_action(self.table.currentRow()))
        self.table.currentCellChanged.connect(lambda row, *_: self.remove.setEnabled(row >= 0))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Lagre"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Avbryt"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Tittel:"), self.title)
        form.addRow(self.tr("&Dato:"), self.held_on)
        form.addRow(self.tr("&Sted:"), self.place)
        form.addRow(self.tr("S&cenario:"), self.scenario)
        form.addRow(self.tr("&Enheter:"), self.units)
        form.addRow(self.tr("&Notat:"), self.text)
        form.addRow(self.tr("&Vedtak:"), self.decisions)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.table)
        row_buttons = QHBoxLayout()
        row_buttons.addWidget(add)
        row_buttons.addWidget(self.remove)
        row_buttons.addStretch(1)
        layout.addLayout(row_buttons)
        layout.addWidget(self.buttons)
        self.resize(760, 720)

    def add_action(self, text: str = "", owner: str = "", due: str = "", action_id: uuid.UUID | None = None,
                   unit_id: uuid.UUID | None = None) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, value in enumerate((text, owner, due)):
            item = QTableWidgetItem(value)
            if column == 0:  # the action item this row edits (None: a new one)
                item.setData(Qt.ItemDataRole.UserRole, (action_id, unit_id))
            self.table.setItem(row, column, item)

    def remove_action(self, row: int) -> None:
        """Take an action item out of the note (it is deleted when the note is saved)."""
        if 0 <= row < self.table.rowCount():
            self.table.removeRow(row)
        self.remove.setEnabled(self.table.currentRow() >= 0)

    def load(self, note: NoteDetail) -> None:
        """Fill the dialog with a note to edit."""
        self.note_id = note.id
        self.goal_ids = list(note.goal_ids)
        self.setWindowTitle(self.tr("Samlingsnotat – {title}").format(title=note.title))
        self.title.setText(note.title)
        if note.held_on is not None:
            self.held_on.setDate(QDate(note.held_on.year, note.held_on.month, note.held_on.day))
        self.place.setText(note.place)
        self.text.setPlainText(note.text)
        self.decisions.setPlainText("\n".join(note.decisions))
        index = self.scenario.findData(note.scenario_id) if note.scenario_id is not None else 0
        self.scenario.setCurrentIndex(max(0, index))
        linked = set(note.unit_ids)
        for i in range(self.units.count()):
            item = self.units.item(i)
            checked = item.data(Qt.ItemDataRole.UserRole) in linked
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.table.setRowCount(0)
        for action in note.actions:
            self.add_action(action.text, action.owner, f"{action.due:%d.%m.%Y}" if action.due else "", action.id,
                            action.unit_id)

    def unit_ids(self) -> list[uuid.UUID]:
        return [self.units.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.units.count())
                if self.units.item(i).checkState() == Qt.CheckState.Checked]

    def tick_units(self, names: list[str]) -> None:
        for i in range(self.units.count()):
            item = self.units.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.text() in names else Qt.CheckState.Unchecked)

    def _cell(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item is not None else ""

    def action_drafts(self) -> list[ActionDraft]:
        out = []
        for row in range(self.table.rowCount()):
            cells = [self._cell(row, c) for c in range(3)]
            if not any(cells):
                continue
            first = self.table.item(row, 0)
            action_id, unit_id = (first.data(Qt.ItemDataRole.UserRole) if first is not None else None) or (None, None)
            due = None
            if cells[2]:
                try:
                    due = datetime.strptime(cells[2], "%d.%m.%Y").date()
                except ValueError as exc:
                    raise AppError(self.tr("Fristen «{text}» i oppfølgingspunkt {n} er ikke en dato. Skriv den som "
                                           "dd.mm.åååå, for eksempel 15.09.2027.").format(text=cells[2], n=row + 1)
                                   ) from exc
            out.append(ActionDraft(cells[0], cells[1], due, unit_id, action_id))
        return out

    def decision_lines(self) -> list[str]:
        return [line.strip() for line in self.decisions.toPlainText().splitlines() if line.strip()]

    def date(self) -> date:
        value = self.held_on.date()
        return date(value.year(), value.month(), value.day())
