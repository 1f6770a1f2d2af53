"""Fil → Skriv samlingsnotat (and Open in Fil → Samlingsnotater): one seminar session, the units,
agreement goals and scenario it was about, what was decided, and its action items. The same dialog
writes a new note and edits one again (``load``).

The goal list follows the ticked units: it shows the goals of the ticked units' agreements in force
(``app.seminar.service.goal_choices``), labelled «unit – goal». Ticking a unit adds its goals,
unticking it takes them (and their ticks) away; ticks of goals still shown stay. A goal the note is
already linked to but that the list does not show (its unit is not ticked, or its agreement is no
longer in force) is kept as it is: ``goal_ids()`` returns it along with the ticked ones."""

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
    QLabel,
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
from app.seminar.service import GoalChoice
from ui.widgets import DateEdit


class NoteDialog(QDialog):
    """The samlingsnotat's fields; ``action_drafts()`` reads the action item rows (each keeps the id
    of the action item it edits), ``unit_ids()`` the units ticked, ``goal_ids()`` the goals linked.
    ``note_id`` is None for a new note."""

    def __init__(self, scenarios: list[tuple[uuid.UUID, str]], today: date, parent: QWidget | None = None,
                 units: list[tuple[uuid.UUID, str]] | None = None, goals: list[GoalChoice] | None = None) -> None:
        super().__init__(parent)
        self.note_id: uuid.UUID | None = None
        self.goal_choices = list(goals or [])
        self._hidden_goals: list[uuid.UUID] = []  # the note's goal links the list does not show: kept
        self._labels = self._goal_labels()
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
        self.goals = QListWidget()
        self.goals.setObjectName("seminarNoteGoals")
        self.goals.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.goals.setAccessibleName(self.tr("Mål i enhetenes avtaler som notatet gjelder"))
        self.goals.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.goals.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.goals.setMaximumHeight(130)
        self.goals_hint = QLabel()
        self.goals_hint.setObjectName("seminarNoteGoalsHint")
        self.goals_hint.setWordWrap(True)
        goals_box = QVBoxLayout()
        goals_box.setContentsMargins(0, 0, 0, 0)
        goals_box.addWidget(self.goals)
        goals_box.addWidget(self.goals_hint)
        self.units.itemChanged.connect(lambda _item: self._show_goals())
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
        goals_label = QLabel(self.tr("&Mål:"))
        goals_label.setBuddy(self.goals)
        form.addRow(goals_label, goals_box)
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
        self.resize(760, 820)
        self._show_goals()

    def _goal_labels(self) -> dict[uuid.UUID, str]:
        """«Brekka skole – Øke lesekompetansen»; the agreement's title too when the unit has goals in
        more than one agreement in force."""
        agreements: dict[uuid.UUID, set[str]] = {}
        for goal in self.goal_choices:
            agreements.setdefault(goal.unit_id, set()).add(goal.agreement)
        return {goal.id: self.tr("{unit} – {goal}").format(
            unit=goal.unit if len(agreements[goal.unit_id]) < 2 else f"{goal.unit} ({goal.agreement})",
            goal=" ".join(goal.text.split())) for goal in self.goal_choices}

    def _show_goals(self) -> None:
        """The goals of the ticked units' agreements, keeping the ticks of those still shown (and
        ticking a hidden goal link again when its unit comes back)."""
        ticked = set(self._ticked_goals())
        units = set(self.unit_ids())
        hidden = set(self._hidden_goals)
        self.goals.blockSignals(True)
        self.goals.clear()
        for goal in self.goal_choices:
            if goal.unit_id not in units:
                continue
            item = QListWidgetItem(self._labels[goal.id], self.goals)
            item.setData(Qt.ItemDataRole.UserRole, goal.id)
            item.setToolTip(self.tr("{agreement}: {goal}").format(agreement=goal.agreement, goal=goal.text))
            linked = goal.id in ticked or goal.id in hidden
            item.setCheckState(Qt.CheckState.Checked if linked else Qt.CheckState.Unchecked)
        self.goals.blockSignals(False)
        shown = {self.goals.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.goals.count())}
        self._hidden_goals = [g for g in self._hidden_goals if g not in shown]
        self._update_goals_hint()

    def _update_goals_hint(self) -> None:
        hints = []
        if not self.goal_choices:
            hints.append(self.tr("Ingen enheter har avtaler med mål som gjelder nå."))
        elif self.goals.count() == 0:
            hints.append(self.tr("Kryss av enheter for å se målene i avtalene deres."))
        if self._hidden_goals:
            hints.append(self.tr("Notatet er også knyttet til {n} mål som ikke vises her (enheten er ikke krysset "
                                 "av, eller avtalen gjelder ikke nå); de beholdes.").format(n=len(self._hidden_goals)))
        self.goals_hint.setText(" ".join(hints))
        self.goals_hint.setVisible(bool(hints))

    def _ticked_goals(self) -> list[uuid.UUID]:
        return [self.goals.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.goals.count())
                if self.goals.item(i).checkState() == Qt.CheckState.Checked]

    def goal_ids(self) -> list[uuid.UUID]:
        """The goals the note is linked to: those ticked, then the note's links the list does not show."""
        return [*self._ticked_goals(), *self._hidden_goals]

    def tick_goals(self, labels: list[str]) -> None:
        """Tick the shown goals with these labels («unit – goal»), untick the others."""
        for i in range(self.goals.count()):
            item = self.goals.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.text() in labels else Qt.CheckState.Unchecked)

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
        self._hidden_goals = list(dict.fromkeys(note.goal_ids))
        for i in range(self.goals.count()):  # the goals of units already ticked (before load) go unticked
            self.goals.item(i).setCheckState(Qt.CheckState.Unchecked)
        self._show_goals()
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
