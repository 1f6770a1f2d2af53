"""Fil → Skriv samlingsnotat: one seminar session, what was decided, and its action items."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import AppError
from app.seminar.notes import ActionDraft
from ui.widgets import DateEdit


class NoteDialog(QDialog):
    """The samlingsnotat's fields; ``actions()`` reads the action item rows."""

    def __init__(self, scenarios: list[tuple[uuid.UUID, str]], today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
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
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("seminarActions")
        self.table.setHorizontalHeaderLabels([self.tr("Oppfølgingspunkt"), self.tr("Ansvarlig"),
                                              self.tr("Frist (dd.mm.åååå)")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            self.table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        add = QPushButton(self.tr("&Legg til oppfølgingspunkt"))
        add.clicked.connect(lambda: self.add_action())
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
        form.addRow(self.tr("&Notat:"), self.text)
        form.addRow(self.tr("&Vedtak:"), self.decisions)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.table)
        layout.addWidget(add)
        layout.addWidget(self.buttons)
        self.resize(760, 640)

    def add_action(self, text: str = "", owner: str = "", due: str = "") -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, value in enumerate((text, owner, due)):
            self.table.setItem(row, column, QTableWidgetItem(value))

    def actions(self) -> list[ActionDraft]:
        out = []
        for row in range(self.table.rowCount()):
            cells = [(self.table.item(row, c).text().strip() if self.table.item(row, c) else "") for c in range(3)]
            if not any(cells):
                continue
            due = None
            if cells[2]:
                try:
                    due = datetime.strptime(cells[2], "%d.%m.%Y").date()
                except ValueError as exc:
                    raise AppError(self.tr("Fristen «{text}» i oppfølgingspunkt {n} er ikke en dato. Skriv den som "
                                           "dd.mm.åååå, for eksempel 15.09.2027.").format(text=cells[2], n=row + 1)
                                   ) from exc
            out.append(ActionDraft(cells[0], cells[1], due))
        return out

    def decision_lines(self) -> list[str]:
        return [line.strip() for line in self.decisions.toPlainText().splitlines() if line.strip()]

    def date(self) -> date:
        value = self.held_on.date()
        return date(value.year(), value.month(), value.day())
