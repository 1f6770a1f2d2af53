"""Fil → Samlingsnotater: the file's samlingsnotater in a list (date, title, what each is linked
to: scenario, units and how many goals; how many decisions and action items), to open and edit
again, delete, or write a new one.

The dialog only shows and asks; ``ui.seminar.actions`` does the work (each an app function in one
transaction) and hands the list back through ``show_notes``."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.seminar.notes import NoteSummary


def confirm_delete(parent: QWidget, note: NoteSummary) -> bool:
    """Ask before a samlingsnotat is deleted (tests replace this)."""
    if note.actions == 0:
        text = QCoreApplication.translate("Seminar", "Slette samlingsnotatet «{title}»?").format(title=note.title)
    elif note.actions == 1:
        text = QCoreApplication.translate("Seminar", "Slette samlingsnotatet «{title}» med 1 oppfølgingspunkt?").format(
            title=note.title)
    else:
        text = QCoreApplication.translate("Seminar", "Slette samlingsnotatet «{title}» med {n} oppfølgingspunkter?"
                                          ).format(title=note.title, n=note.actions)
    if note.followed_up:
        text += " " + QCoreApplication.translate(
            "Seminar", "{n} av dem er alt hentet inn som oppfølgingspunkter i oppfølgingen; de blir stående der."
        ).format(n=note.followed_up)
    return QMessageBox.question(parent, QCoreApplication.translate("Seminar", "Slett samlingsnotat"), text,
                                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                QMessageBox.StandardButton.No) == QMessageBox.StandardButton.Yes


class NotesDialog(QDialog):
    """The list; «Ny», «Åpne» and «Slett» are signals the window's actions answer."""

    new_requested = Signal()
    open_requested = Signal(object)  # the note's id
    delete_requested = Signal(object)

    def __init__(self, notes: list[NoteSummary], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("seminarNotesDialog")
        self.setWindowTitle(self.tr("Samlingsnotater"))
        self.notes: list[NoteSummary] = []
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("seminarNotes")
        self.table.setHorizontalHeaderLabels([self.tr("Dato"), self.tr("Tittel"), self.tr("Gjelder"),
                                              self.tr("Vedtak"), self.tr("Oppfølgingspunkter")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        for column, mode in enumerate((QHeaderView.ResizeMode.ResizeToContents, QHeaderView.ResizeMode.Stretch,
                                       QHeaderView.ResizeMode.Stretch, QHeaderView.ResizeMode.ResizeToContents,
                                       QHeaderView.ResizeMode.ResizeToContents)):
            header.setSectionResizeMode(column, mode)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.cellDoubleClicked.connect(lambda *_: self._open())
        self.empty = QLabel(self.tr("Ingen samlingsnotater ennå. Velg «Nytt samlingsnotat» for å skrive det første."))
        self.empty.setObjectName("seminarNotesEmpty")
        self.empty.setWordWrap(True)
        self.new_button = QPushButton(self.tr("&Nytt samlingsnotat …"))
        self.open_button = QPushButton(self.tr("&Åpne …"))
        self.delete_button = QPushButton(self.tr("&Slett …"))
        self.new_button.clicked.connect(self.new_requested.emit)
        self.open_button.clicked.connect(self._open)
        self.delete_button.clicked.connect(self._delete)
        self.open_button.setDefault(True)
        row = QHBoxLayout()
        for button in (self.new_button, self.open_button, self.delete_button):
            row.addWidget(button)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Lukk"))
        close.rejected.connect(self.reject)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        self.resize(900, 480)
        self.show_notes(notes)

    def show_notes(self, notes: list[NoteSummary], select: uuid.UUID | None = None) -> None:
        """Fill the list (again), keeping ``select`` (or the note that was selected) selected."""
        keep = select if select is not None else self.selected_id()
        self.notes = list(notes)
        self.table.setRowCount(len(self.notes))
        for row, note in enumerate(self.notes):
            linked = ([self.tr("Scenario: {name}").format(name=note.scenario)] if note.scenario else []) + note.units
            if note.goals:
                linked.append(self.tr("{n} mål").format(n=note.goals))
            actions = str(note.actions) if not note.followed_up else self.tr("{n} ({m} hentet inn)").format(
                n=note.actions, m=note.followed_up)
            cells = (f"{note.held_on:%d.%m.%Y}" if note.held_on else "", note.title, ", ".join(linked),
                     str(note.decisions), actions)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if column in (3, 4):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        self.empty.setVisible(not self.notes)
        self.table.setVisible(bool(self.notes))
        self.table.clearSelection()
        for row, note in enumerate(self.notes):
            if note.id == keep:
                self.table.selectRow(row)
        if self.selected_id() is None and self.notes:
            self.table.selectRow(0)
        self._update_buttons()

    def selected(self) -> NoteSummary | None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        return self.notes[min(rows)] if rows else None

    def selected_id(self) -> uuid.UUID | None:
        note = self.selected()
        return note.id if note is not None else None

    def select_title(self, title: str) -> None:
        for row, note in enumerate(self.notes):
            if note.title == title:
                self.table.selectRow(row)
                return
        raise LookupError(title)

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.open_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def _open(self) -> None:
        note = self.selected()
        if note is not None:
            self.open_requested.emit(note.id)

    def _delete(self) -> None:
        note = self.selected()
        if note is not None and confirm_delete(self, note):
            self.delete_requested.emit(note.id)
