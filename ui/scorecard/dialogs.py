"""Dialogs that define the målekart: an indicator (with the units that report it), the focus areas,
and a unit's målekart (which indicators, its own ambition level)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
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
from app.scorecard import views
from app.scorecard.model import format_number, parse_number
from db.models.scorecard import DIRECTIONS, FREQUENCIES, ROLLUPS, SOURCES
from ui.commands import push_command
from ui.errors import show_user_error
from ui.scorecard.commands import DefineIndicator
from ui.scorecard.common import direction_word, frequency_word, rollup_word, source_word, target_text
from ui.store import Store
from ui.widgets import filled_item

MEASURES = ("%", "skår", "antall", "dager", "min", "kr")
ID_ROLE = Qt.ItemDataRole.UserRole


def _text(value: Decimal | None) -> str:
    return "" if value is None else format_number(value)


class IndicatorDialog(QDialog):
    """Define or change an indicator: name, focus area, unit of measure, direction, ambition level
    (the green limit) and where yellow ends, frequency, source, roll-up, and the units that report it."""

    def __init__(self, store: Store, parent: QWidget | None = None, *,
                 indicator: views.IndicatorRow | None = None, undo_stack: QUndoStack | None = None) -> None:
        super().__init__(parent)
        self.store, self.undo_stack = store, undo_stack
        self.indicator = indicator
        self.saved_id: uuid.UUID | None = None
        self.setObjectName("indicatorDialog")
        self.setWindowTitle(self.tr("Endre indikator") if indicator else self.tr("Ny indikator"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self._build_fields(store)
        self._build_form(form, layout, store)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.all_units.setAccessibleName(self.tr("Kryss av alle resultatenheter"))
        self.no_units.setAccessibleName(self.tr("Fjern alle krysser"))
        for choice in (self.direction, self.measure):
            choice.currentIndexChanged.connect(self._show_limits)
        self.measure.editTextChanged.connect(self._show_limits)
        for limit in (self.target, self.yellow):
            limit.textChanged.connect(self._show_limits)
        if indicator is not None:
            self._fill(indicator)
        else:
            self.rollup.setCurrentIndex(self.rollup.findData("average"))
            self.frequency.setCurrentIndex(self.frequency.findData("tertial"))
        self._show_limits()

    def _build_fields(self, store: Store) -> None:
        """The indicator's fields: name, focus area, measure, direction, limits, frequency, source, roll-up."""
        self.name = QLineEdit()
        self.area = QComboBox()
        for area in store.read(views.focus_areas):
            self.area.addItem(area.name_nb, str(area.id))
        self.measure = QComboBox()
        self.measure.setEditable(True)
        self.measure.addItems(MEASURES)
        self.direction = QComboBox()
        for key in DIRECTIONS:
            self.direction.addItem(direction_word(key), key)
        self.target = QLineEdit()
        self.target.setPlaceholderText(self.tr("for eksempel 7"))
        self.yellow = QLineEdit()
        self.yellow.setPlaceholderText(self.tr("for eksempel 8,5"))
        self.limits = QLabel()
        self.limits.setWordWrap(True)
        self.frequency = QComboBox()
        for key in FREQUENCIES:
            self.frequency.addItem(frequency_word(key), key)
        self.source = QComboBox()
        for key in SOURCES:
            self.source.addItem(source_word(key), key)
        self.rollup = QComboBox()
        for key in ROLLUPS:
            self.rollup.addItem(rollup_word(key), key)
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(56)

    def _build_form(self, form: QFormLayout, layout: QVBoxLayout, store: Store) -> None:
        """The units that report it, and every field with its label in the form."""
        self.units = QListWidget()
        self.units.setMinimumHeight(150)
        self.all_units = QPushButton(self.tr("Alle &resultatenheter"))
        self.no_units = QPushButton(self.tr("&Ingen"))
        self.choices = store.read(views.unit_choices)
        for unit in self.choices:
            item = QListWidgetItem(unit.name)
            item.setData(ID_ROLE, str(unit.lineage_id))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.units.addItem(item)
        unit_buttons = QHBoxLayout()
        unit_buttons.addWidget(self.all_units)
        unit_buttons.addWidget(self.no_units)
        unit_buttons.addStretch(1)
        self.all_units.clicked.connect(lambda: self._check_all(True))
        self.no_units.clicked.connect(lambda: self._check_all(False))
        rows = ((self.tr("&Navn:"), self.name), (self.tr("&Fokusområde:"), self.area),
                (self.tr("&Måleenhet:"), self.measure), (self.tr("R&etning:"), self.direction),
                (self.tr("&Ambisjonsnivå (grønt):"), self.target), (self.tr("&Gult til:"), self.yellow),
                (self.tr("Farger:"), self.limits), (self.tr("&Hyppighet:"), self.frequency),
                (self.tr("&Kilde:"), self.source), (self.tr("&Sammenstilling i kommunen:"), self.rollup),
                (self.tr("&Beskrivelse:"), self.description), (self.tr("&Enheter som rapporterer:"), self.units))
        for text, widget in rows:
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        form.addRow("", unit_buttons)
        layout.addLayout(form)

    def _fill(self, ind: views.IndicatorRow) -> None:
        self.name.setText(ind.name)
        self.area.setCurrentIndex(max(0, self.area.findData(str(ind.focus_area_id))))
        self.measure.setEditText(ind.measure)
        self.direction.setCurrentIndex(self.direction.findData(ind.direction))
        self.target.setText(_text(ind.target))
        self.yellow.setText(_text(ind.yellow_limit))
        self.frequency.setCurrentIndex(self.frequency.findData(ind.frequency))
        self.source.setCurrentIndex(self.source.findData(ind.source))
        self.rollup.setCurrentIndex(self.rollup.findData(ind.rollup))
        self.description.setPlainText(ind.description)
        on = {str(u) for u in self.store.read(views.indicator_units, ind.id)}
        for i in range(self.units.count()):
            item = self.units.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.data(ID_ROLE) in on else Qt.CheckState.Unchecked)

    def _check_all(self, on: bool) -> None:
        result = {str(u.lineage_id) for u in self.choices if u.result_unit}
        for i in range(self.units.count()):
            item = self.units.item(i)
            if not on or item.data(ID_ROLE) in result:
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def check_unit(self, name: str) -> None:
        """Tick one unit by its name (as a user clicks its box)."""
        for i in range(self.units.count()):
            if self.units.item(i).text() == name:
                self.units.item(i).setCheckState(Qt.CheckState.Checked)
                return
        raise LookupError(name)

    def _show_limits(self) -> None:
        """Say in words which values become green, yellow and red."""
        measure = self.measure.currentText().strip()
        try:
            target = parse_number(self.target.text()) if self.target.text().strip() else None
            yellow = parse_number(self.yellow.text()) if self.yellow.text().strip() else None
        except AppError:
            self.limits.setText(self.tr("Skriv ambisjonsnivået og grensen for gult som tall."))
            return
        if target is None:
            self.limits.setText(self.tr("Uten ambisjonsnivå får verdiene ingen farge."))
            return
        lower = self.direction.currentData() == "lower"
        t = format_number(target, measure)
        if yellow is None:
            text = self.tr("Grønn: {g}; rød: alt annet.").format(g=target_text(target, "lower" if lower else "higher",
                                                                               measure))
        elif lower:
            text = self.tr("Grønn: til og med {t}; gul: over {t} til og med {y}; rød: over {y}.").format(
                t=t, y=format_number(yellow, measure))
        else:
            text = self.tr("Grønn: {t} eller mer; gul: fra {y} til under {t}; rød: under {y}.").format(
                t=t, y=format_number(yellow, measure))
        self.limits.setText(text)

    def save(self) -> None:
        units = [uuid.UUID(self.units.item(i).data(ID_ROLE)) for i in range(self.units.count())
                 if self.units.item(i).checkState() == Qt.CheckState.Checked]
        command = DefineIndicator(
            self.store, self.indicator, self.name.text(), uuid.UUID(self.area.currentData()), units,
            measure=self.measure.currentText(), direction=self.direction.currentData(), target=self.target.text(),
            yellow_limit=self.yellow.text(), frequency=self.frequency.currentData(),
            source=self.source.currentData(), rollup=self.rollup.currentData(),
            description=self.description.toPlainText())
        if self.undo_stack is not None:
            if not push_command(self.undo_stack, command, self):
                return  # the reason is shown; the dialog stays open to put it right
        else:
            try:
                command.do()
            except AppError as err:
                show_user_error(self, err)
                return
        self.saved_id = command.saved_id
        self.accept()


class FocusAreasDialog(QDialog):
    """The municipality's focus areas: rename (bokmål and nynorsk), add, remove an unused one."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setObjectName("focusAreasDialog")
        self.setWindowTitle(self.tr("Fokusområder"))
        self.resize(560, 360)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Kommunens målekart er delt i fokusområder. Dobbeltklikk et navn for å endre det."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, 2)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAccessibleName(self.tr("Fokusområder"))
        layout.addWidget(self.table)
        row = QHBoxLayout()
        self.new_name = QLineEdit()
        self.new_name.setPlaceholderText(self.tr("Nytt fokusområde"))
        self.new_name.setAccessibleName(self.tr("Navn på nytt fokusområde"))
        self.add_button = QPushButton(self.tr("&Legg til"))
        self.remove_button = QPushButton(self.tr("&Fjern valgt"))
        row.addWidget(self.new_name, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        layout.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.accept)
        layout.addWidget(buttons)
        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(self._remove)
        self.table.itemChanged.connect(self._renamed)
        self._fill()

    def _fill(self) -> None:
        self.table.blockSignals(True)
        self.table.setHorizontalHeaderLabels([self.tr("Bokmål"), self.tr("Nynorsk")])
        areas = self.store.read(views.focus_areas)
        self.table.setRowCount(len(areas))
        for i, area in enumerate(areas):
            for col, text in enumerate((area.name_nb, area.name_nn)):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, str(area.id))
                self.table.setItem(i, col, item)
        self.table.blockSignals(False)

    def _run(self, fn: Callable[..., object], *args: object) -> bool:
        try:
            self.store.run(fn, *args)
        except AppError as err:
            show_user_error(self, err)
            self._fill()
            return False
        self._fill()
        return True

    def _renamed(self, item: QTableWidgetItem) -> None:
        row = item.row()
        self._run(views.save_focus_area, uuid.UUID(item.data(ID_ROLE)), filled_item(self.table, row, 0).text(),
                  filled_item(self.table, row, 1).text())

    def _add(self) -> None:
        if self._run(views.save_focus_area, None, self.new_name.text(), ""):
            self.new_name.clear()

    def _remove(self) -> None:
        item = self.table.item(self.table.currentRow(), 0) if self.table.currentRow() >= 0 else None
        if item is not None:
            self._run(views.remove_focus_area, uuid.UUID(item.data(ID_ROLE)))


class UnitScorecardDialog(QDialog):
    """A unit's målekart: which indicators it reports, and its own ambition level where it differs."""

    def __init__(self, store: Store, unit: views.UnitChoice, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.unit = store, unit
        self.setObjectName("unitScorecardDialog")
        self.setWindowTitle(self.tr("Målekart for {unit}").format(unit=unit.name))
        self.resize(820, 520)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Kryss av indikatorene enheten rapporterer. Skriv enhetens eget ambisjonsnivå der "
                               "det skiller seg fra kommunens; tomt betyr kommunens."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.lines = store.read(views.unit_scorecard_definition, unit.lineage_id)
        self.table = QTableWidget(len(self.lines), 5)
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(self.tr("Enhetens målekart"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3, 4):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setHorizontalHeaderLabels([self.tr("Indikator"), self.tr("Fokusområde"),
                                              self.tr("Kommunens nivå"), self.tr("Eget ambisjonsnivå"),
                                              self.tr("Eget gult til")])
        for i, line in enumerate(self.lines):
            name = QTableWidgetItem(line.name)
            name.setFlags((name.flags() | Qt.ItemFlag.ItemIsUserCheckable) & ~Qt.ItemFlag.ItemIsEditable)
            name.setCheckState(Qt.CheckState.Checked if line.on else Qt.CheckState.Unchecked)
            name.setData(ID_ROLE, str(line.indicator_id))
            area = QTableWidgetItem(line.focus_area)
            level = QTableWidgetItem(target_text(line.target, line.direction, line.measure))
            for item in (area, level):
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(i, 0, name)
            self.table.setItem(i, 1, area)
            self.table.setItem(i, 2, level)
            self.table.setItem(i, 3, QTableWidgetItem(_text(line.own_target)))
            self.table.setItem(i, 4, QTableWidgetItem(_text(line.own_yellow_limit)))
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def save(self) -> None:
        lines: dict[uuid.UUID, tuple[bool, str, str]] = {}
        for i in range(self.table.rowCount()):
            name, own, yellow = (filled_item(self.table, i, col) for col in (0, 3, 4))
            lines[uuid.UUID(name.data(ID_ROLE))] = (name.checkState() == Qt.CheckState.Checked, own.text(),
                                                    yellow.text())
        try:
            self.store.run(views.save_unit_scorecard, self.unit.lineage_id, lines)
        except AppError as err:
            show_user_error(self, err)
            return
        self.accept()
