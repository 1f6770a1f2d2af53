"""Målekart: the municipality's målekart rolled up per focus area with a drill-down to the units, a
unit's målekart with traffic lights and a small trend, the grid of indicator × unit × period where
values are entered (who, when, comment), the balance check of goals across the focus areas, and the
indicators' definitions."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.changes import ORG, Kind
from app.errors import AppError
from app.formatting import format_moment
from app.scorecard import views
from app.scorecard.rollup import BalanceRow, Scorecard, UnitScorecard, balance, municipal_scorecard, unit_scorecard
from ui import labels
from ui.commands import push_command
from ui.errors import show_user_error
from ui.flow_layout import flow_row
from ui.page import Page
from ui.scorecard.commands import SetValue
from ui.scorecard.common import (
    TREND_ROLE,
    TrendDelegate,
    colour_word,
    frequency_word,
    light_icon,
    light_item,
    number,
    rollup_word,
    source_word,
    target_text,
)
from ui.store import Store
from ui.table_fit import fit_name_column
from ui.theme import colour_style
from ui.widgets import filled_item

ID_ROLE = Qt.ItemDataRole.UserRole
MUNICIPAL, UNIT, GRID, BALANCE, DEFINITIONS = range(5)


@dataclass
class Loaded:
    card: Scorecard
    unit_card: UnitScorecard | None
    grid: views.ValueGrid | None
    balance: list[BalanceRow]
    indicators: list[views.IndicatorRow]
    units: list[views.UnitChoice]


def last_closed_tertial(today: date) -> tuple[int, str]:
    """The year and tertial of the last tertial that has ended (T3 of last year in January-April)."""
    t = (today.month - 1) // 4
    return (today.year, f"T{t}") if t else (today.year - 1, "T3")


def _read_only(item: QTableWidgetItem) -> QTableWidgetItem:
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return item


class _ListTable(QTableWidget):
    """A read-only table of whole rows whose column ``stretch`` takes the room left (``name_fit``)."""

    def __init__(self, columns: int, stretch: int) -> None:
        super().__init__(0, columns)
        self.name_fit = fit_name_column(self, stretch)


def _table(columns: int, stretch: int = 0) -> _ListTable:
    table = _ListTable(columns, stretch)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.setWordWrap(False)
    return table


class ScorecardPage(Page):
    key = "malekart"
    help_chapter = "malekart"
    watches = frozenset(ORG | {Kind.SCORECARD, Kind.GOALS, Kind.AGREEMENTS})
    value_entered = Signal()  # a value typed in the grid has been saved (or refused)

    def __init__(self, store: Store, today: date, parent: QWidget | None = None) -> None:
        super().__init__(store, today, parent)
        self.data: Loaded | None = None
        self._filling = False
        self._wanted_unit: uuid.UUID | None = None  # show_unit/show_indicator before the boxes offer it
        self._wanted_indicator: uuid.UUID | None = None
        year, tertial = last_closed_tertial(today)

        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(year)
        self.period = QComboBox()
        self.period.addItem("", None)
        for t in (1, 2, 3):
            self.period.addItem("", f"T{t}")
        for m in range(1, 13):
            self.period.addItem("", m)
        self.period.setCurrentIndex(int(tertial[1]))
        self.year_label, self.period_label = QLabel(), QLabel()
        self.year_label.setBuddy(self.year)
        self.period_label.setBuddy(self.period)
        self.new_button, self.edit_button, self.remove_button = QPushButton(), QPushButton(), QPushButton()
        self.areas_button, self.unit_card_button = QPushButton(), QPushButton()
        self.import_button, self.report_button = QPushButton(), QPushButton()
        self.carry_over_button = QPushButton()
        row, _flow = flow_row(self.year_label, self.year, self.period_label, self.period, self.new_button,
                              self.edit_button, self.remove_button, self.areas_button, self.unit_card_button,
                              self.import_button, self.report_button, self.carry_over_button)
        self.layout_.addWidget(row)

        self.tabs = QTabWidget()
        self.layout_.addWidget(self.tabs, 1)

        self._build_municipal_tab()
        self._build_unit_tab()
        self._build_grid_tab()
        self._build_balance_tab()

        # The definitions.
        self.definitions = _table(9, 0)
        self.definitions.itemActivated.connect(lambda _i: self.edit_indicator())
        self.tabs.addTab(self.definitions, "")

        self._connect_signals()
        self.retranslate()

    def _build_municipal_tab(self) -> None:
        """The municipality: focus area → indicator → units."""
        self.tree = QTreeWidget()
        self.tree.setColumnCount(5)
        self.tree.setAlternatingRowColors(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            self.tree.header().setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setSectionResizeMode(4, QHeaderView.ResizeMode.Interactive)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().resizeSection(4, 260)
        self.tree.itemActivated.connect(self._tree_activated)
        self.tree.itemDoubleClicked.connect(self._tree_activated)
        municipal = QWidget()
        mlayout = QVBoxLayout(municipal)
        self.municipal_note = QLabel()
        self.municipal_note.setWordWrap(True)
        mlayout.addWidget(self.municipal_note)
        mlayout.addWidget(self.tree, 1)
        self.tabs.addTab(municipal, "")

    def _build_unit_tab(self) -> None:
        """A unit's målekart."""
        unit = QWidget()
        ulayout = QVBoxLayout(unit)
        pick = QHBoxLayout()
        self.unit = QComboBox()
        self.unit.setMinimumContentsLength(28)
        self.unit_label = QLabel()
        self.unit_label.setBuddy(self.unit)
        pick.addWidget(self.unit_label)
        pick.addWidget(self.unit)
        pick.addStretch(1)
        ulayout.addLayout(pick)
        self.unit_table = _table(7, 1)
        self.unit_table.setItemDelegateForColumn(5, TrendDelegate(self.unit_table))
        self.unit_table.horizontalHeader().setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)
        self.unit_table.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Fixed)
        self.unit_table.horizontalHeader().resizeSection(5, 8 * self.fontMetrics().averageCharWidth() + 60)
        self.unit_empty = QLabel()
        self.unit_empty.setWordWrap(True)
        ulayout.addWidget(self.unit_empty)
        ulayout.addWidget(self.unit_table, 1)
        self.tabs.addTab(unit, "")

    def _build_grid_tab(self) -> None:
        """The grid: units × periods of one indicator, with the chosen cell's comment."""
        grid = QWidget()
        glayout = QVBoxLayout(grid)
        pick = QHBoxLayout()
        self.indicator = QComboBox()
        self.indicator.setMinimumContentsLength(30)
        self.indicator_label = QLabel()
        self.indicator_label.setBuddy(self.indicator)
        pick.addWidget(self.indicator_label)
        pick.addWidget(self.indicator)
        pick.addStretch(1)
        glayout.addLayout(pick)
        self.grid_help = QLabel()
        self.grid_help.setWordWrap(True)
        glayout.addWidget(self.grid_help)
        self.grid = QTableWidget(0, 1)
        self.grid.verticalHeader().hide()
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.grid.itemChanged.connect(self._grid_edited)
        self.grid.currentCellChanged.connect(lambda *_a: self._show_cell())
        glayout.addWidget(self.grid, 1)
        detail = QHBoxLayout()
        self.cell_info = QLabel()
        self.cell_info.setWordWrap(True)
        self.comment = QLineEdit()
        self.comment_label = QLabel()
        self.comment_label.setBuddy(self.comment)
        self.comment.returnPressed.connect(self._save_comment)
        self.comment_button = QPushButton()
        self.comment_button.clicked.connect(self._save_comment)
        detail.addWidget(self.comment_label)
        detail.addWidget(self.comment, 1)
        detail.addWidget(self.comment_button)
        glayout.addWidget(self.cell_info)
        glayout.addLayout(detail)
        self.tabs.addTab(grid, "")

    def _build_balance_tab(self) -> None:
        """The balance check."""
        bal = QWidget()
        blayout = QVBoxLayout(bal)
        self.balance_note = QLabel()
        self.balance_note.setWordWrap(True)
        blayout.addWidget(self.balance_note)
        self.balance_table = _table(4, 0)
        blayout.addWidget(self.balance_table, 1)
        self.tabs.addTab(bal, "")

    def _connect_signals(self) -> None:
        """Every box and button to what it does."""
        self.year.valueChanged.connect(lambda _v: self.mark_stale())
        self.period.currentIndexChanged.connect(lambda _i: self.mark_stale())
        self.unit.activated.connect(lambda _i: self.mark_stale())
        self.indicator.activated.connect(lambda _i: self.mark_stale())
        self.new_button.clicked.connect(self.new_indicator)
        self.edit_button.clicked.connect(self.edit_indicator)
        self.remove_button.clicked.connect(self.remove_indicator)
        self.areas_button.clicked.connect(self.edit_focus_areas)
        self.unit_card_button.clicked.connect(self.edit_unit_scorecard)
        self.import_button.clicked.connect(self.import_values)
        self.report_button.clicked.connect(self.show_reports)
        self.carry_over_button.clicked.connect(self.edit_carry_over_rule)

    # --- texts -----------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.year_label.setText(self.tr("&År:"))
        self.period_label.setText(self.tr("&Periode:"))
        # A unit's value for the year is the mean of its periods (app.scorecard.rollup): said so, since
        # for a count such as volunteer hours a reader would otherwise expect the year's total.
        self.period.setItemText(0, self.tr("Hele året (snitt)"))
        self.period.setToolTip(self.tr("For hele året er en enhets verdi snittet av periodene den har verdier "
                                       "for; kommunens verdi regnes fra enhetenes etter indikatorens regel."))
        for t in (1, 2, 3):
            self.period.setItemText(t, self.tr("{n}. tertial").format(n=t))
        for m in range(1, 13):
            self.period.setItemText(3 + m, labels.month_name(m))
        self.new_button.setText(self.tr("&Ny indikator …"))
        self.edit_button.setText(self.tr("&Endre indikator …"))
        self.remove_button.setText(self.tr("Fjern indikator …"))
        self.areas_button.setText(self.tr("F&okusområder …"))
        self.unit_card_button.setText(self.tr("Enhetens &målekart …"))
        self.import_button.setText(self.tr("&Importer verdier …"))
        self.report_button.setText(self.tr("&Rapporter …"))
        self.carry_over_button.setText(self.tr("O&verføringsregel …"))
        self.carry_over_button.setToolTip(self.tr("Regelen for å overføre mindre- og merforbruk til neste år"))
        for i, text in enumerate((self.tr("Kommunen"), self.tr("Enhet"), self.tr("Registrer verdier"),
                                  self.tr("Balanse"), self.tr("Indikatorer"))):
            self.tabs.setTabText(i, text)
        self.tree.setHeaderLabels([self.tr("Fokusområde / indikator / enhet"), self.tr("Ambisjonsnivå"),
                                   self.tr("Resultat"), self.tr("Status"), self.tr("Sammenstilling / kommentar")])
        self.tree.setAccessibleName(self.tr("Kommunens målekart"))
        self.municipal_note.setText(self.tr("Kommunens verdi er enhetenes verdier sammenstilt etter indikatorens "
                                            "regel. Åpne en indikator for å se enhetene; dobbeltklikk en enhet for "
                                            "enhetens målekart."))
        self.unit_label.setText(self.tr("Enhe&t:"))
        self.unit_table.setHorizontalHeaderLabels([self.tr("Fokusområde"), self.tr("Indikator"),
                                                   self.tr("Ambisjonsnivå"), self.tr("Resultat"), self.tr("Status"),
                                                   self.tr("Utvikling"), self.tr("Kommentar")])
        self.unit_table.setAccessibleName(self.tr("Enhetens målekart"))
        self.indicator_label.setText(self.tr("In&dikator:"))
        self.grid_help.setText(self.tr("Skriv en verdi i cellen for enhet og periode (Enter lagrer, tom celle "
                                       "fjerner verdien). Velg en celle for å se hvem som registrerte den og "
                                       "skrive en kommentar."))
        self.grid.setAccessibleName(self.tr("Verdier per enhet og periode"))
        self.comment_label.setText(self.tr("&Kommentar:"))
        self.comment_button.setText(self.tr("Lagre kommentar"))
        self.balance_table.setHorizontalHeaderLabels([self.tr("Fokusområde"), self.tr("Indikatorer"),
                                                      self.tr("Mål i avtalene"), self.tr("Vurdering")])
        self.balance_table.setAccessibleName(self.tr("Balansesjekk"))
        self.definitions.setHorizontalHeaderLabels([
            self.tr("Indikator"), self.tr("Fokusområde"), self.tr("Måleenhet"), self.tr("Ambisjonsnivå"),
            self.tr("Gult til"), self.tr("Hyppighet"), self.tr("Kilde"), self.tr("Sammenstilling"),
            self.tr("Enheter")])
        self.definitions.setAccessibleName(self.tr("Indikatorer"))

    # --- loading ---------------------------------------------------------------------------
    def period_text(self) -> str | None:
        data = self.period.currentData()
        if isinstance(data, int):
            return f"{self.year.value()}-{data:02d}"
        return data

    def load_args(self) -> tuple[Any, ...]:
        unit = self.unit.currentData()
        indicator = self.indicator.currentData()
        # A unit or indicator asked for (show_unit, show_indicator) before the boxes offer it.
        return (self.year.value(), self.period_text(), self._wanted_unit or (uuid.UUID(unit) if unit else None),
                self._wanted_indicator or (uuid.UUID(indicator) if indicator else None))

    def load(self, year: int, period: str | None, unit: uuid.UUID | None,
             indicator: uuid.UUID | None) -> Loaded | AppError:
        """Everything the page shows, or why there is nothing (an empty database: no municipality
        to measure yet)."""
        try:
            return self._load(year, period, unit, indicator)
        except AppError as err:
            return err

    def _load(self, year: int, period: str | None, unit: uuid.UUID | None, indicator: uuid.UUID | None) -> Loaded:
        units = self.store.read(views.unit_choices)
        indicators = self.store.read(views.indicator_rows)
        card = self.store.read(municipal_scorecard, year, period)
        if unit is None or all(u.lineage_id != unit for u in units):
            with_card = {u.unit_lineage_id for line in card.lines for u in line.units}
            unit = next((u.lineage_id for u in units if u.lineage_id in with_card), None)
        if indicator is None or all(i.id != indicator for i in indicators):
            indicator = indicators[0].id if indicators else None
        return Loaded(card, self.store.read(unit_scorecard, unit, year, period) if unit else None,
                      self.store.read(views.value_grid, indicator, year) if indicator else None,
                      self.store.read(balance, year), indicators, units)

    def fill(self, loaded: Loaded | AppError) -> None:
        self._wanted_unit = self._wanted_indicator = None
        if isinstance(loaded, AppError):  # an empty database: no municipality to measure yet
            self.data = None
            self.tree.clear()
            self.municipal_note.setText(str(loaded))
            return
        self.data = loaded
        self._filling = True
        try:
            self._fill_choices(loaded)
            self._fill_tree(loaded.card)
            self._fill_unit(loaded.unit_card)
            self._fill_grid(loaded.grid)
            self._fill_balance(loaded.balance)
            self._fill_definitions(loaded.indicators)
        finally:
            self._filling = False
        has = bool(loaded.indicators)
        for w in (self.edit_button, self.remove_button):
            w.setEnabled(has)

    def _fill_choices(self, loaded: Loaded) -> None:
        self.unit.clear()
        for u in loaded.units:
            self.unit.addItem(u.name, str(u.lineage_id))
        if loaded.unit_card is not None:
            self.unit.setCurrentIndex(self.unit.findData(str(loaded.unit_card.unit_lineage_id)))
        self.indicator.clear()
        for ind in loaded.indicators:
            self.indicator.addItem(f"{ind.name} ({ind.focus_area})", str(ind.id))
        if loaded.grid is not None:
            self.indicator.setCurrentIndex(self.indicator.findData(str(loaded.grid.indicator_id)))

    def _fill_tree(self, card: Scorecard) -> None:
        tops = [item for item in map(self.tree.topLevelItem, range(self.tree.topLevelItemCount())) if item is not None]
        opened = {top.text(0) for top in tops if not top.isExpanded()}
        drilled = set()
        for top in tops:
            children = (top.child(j) for j in range(top.childCount()))
            drilled |= {child.data(0, ID_ROLE) for child in children if child is not None and child.isExpanded()}
        self.tree.clear()
        bold = QFont(self.tree.font())
        bold.setBold(True)
        for area, lines in card.by_focus_area():
            count = self.tr("1 indikator") if len(lines) == 1 else self.tr("{n} indikatorer").format(n=len(lines))
            top = QTreeWidgetItem([area, "", "", "", count + self._colour_counts(lines, leading=", ")])
            top.setFont(0, bold)
            self.tree.addTopLevelItem(top)
            if not lines:
                top.addChild(QTreeWidgetItem([self.tr("Ingen indikatorer i dette fokusområdet")]))
            for line in lines:
                item = QTreeWidgetItem([line.name, target_text(line.target, line.direction, line.measure),
                                        number(line.value, line.measure), colour_word(line.colour),
                                        rollup_word(line.rollup)])
                item.setIcon(3, light_icon(line.colour))
                item.setData(0, ID_ROLE, str(line.indicator_id))
                item.setData(3, ID_ROLE, line.colour)
                top.addChild(item)
                for u in line.units:
                    child = QTreeWidgetItem([u.unit, target_text(u.target, line.direction, line.measure),
                                             number(u.value, line.measure), colour_word(u.colour), u.comment])
                    child.setIcon(3, light_icon(u.colour))
                    child.setData(0, ID_ROLE, str(u.unit_lineage_id))
                    child.setData(3, ID_ROLE, u.colour)
                    child.setToolTip(4, u.comment)
                    item.addChild(child)
                item.setExpanded(str(line.indicator_id) in drilled)
            top.setExpanded(area not in opened)
        for col in (1, 2, 3):
            self.tree.resizeColumnToContents(col)

    def _fill_unit(self, card: UnitScorecard | None) -> None:
        table = self.unit_table
        lines = card.lines if card else []
        table.setRowCount(len(lines))
        for i, line in enumerate(lines):
            trend = QTableWidgetItem()
            trend.setData(TREND_ROLE, [(None if p.value is None else float(p.value), p.colour) for p in line.trend])
            trend.setToolTip("\n".join(f"{p.label}: {number(p.value, line.measure)} ({colour_word(p.colour)})"
                                       for p in line.trend))
            trend.setData(Qt.ItemDataRole.AccessibleTextRole, "; ".join(
                f"{p.label} {number(p.value, line.measure)}" for p in line.trend))
            cells = (QTableWidgetItem(line.focus_area), QTableWidgetItem(line.name),
                     QTableWidgetItem(target_text(line.target, line.direction, line.measure)),
                     QTableWidgetItem(number(line.value, line.measure)), light_item(line.colour), trend,
                     QTableWidgetItem(line.comment))
            cells[1].setData(ID_ROLE, str(line.indicator_id))
            cells[3].setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            cells[6].setToolTip(line.comment)
            for col, cell in enumerate(cells):
                table.setItem(i, col, cell)
        table.name_fit.fit_now()
        if card is None:
            self.unit_empty.setText(self.tr("Ingen enhet har målekart ennå. Velg «Enhetens målekart …» eller "
                                            "definer en indikator for enhetene."))
        elif not lines:
            self.unit_empty.setText(self.tr("{unit} har ingen indikatorer på målekartet. Velg «Enhetens målekart "
                                            "…» for å legge dem til.").format(unit=card.unit))
        else:
            period = card.period.label if str(card.period.year) in card.period.label else \
                f"{card.period.label} {card.period.year}"
            self.unit_empty.setText(self.tr("{unit}, {period}: {n} indikatorer{colours}. Utviklingen viser de "
                                            "siste periodene.").format(unit=card.unit, period=period, n=len(lines),
                                                                       colours=self._colour_counts(lines, ", ")))

    def _colour_counts(self, lines: Sequence[Any], leading: str) -> str:
        """«, 1 rød, 2 gule, 1 uten verdi»: every light that is not green, so a yellow is never hidden."""
        reds = sum(1 for line in lines if line.colour == "red")
        yellows = sum(1 for line in lines if line.colour == "yellow")
        missing = sum(1 for line in lines if line.colour == "none")
        parts = [self.tr("1 rød") if reds == 1 else self.tr("{n} røde").format(n=reds)] if reds else []
        parts += [self.tr("1 gul") if yellows == 1 else self.tr("{n} gule").format(n=yellows)] if yellows else []
        parts += [self.tr("{n} uten verdi").format(n=missing)] if missing else []
        return "".join(leading + part for part in parts)

    def _fill_grid(self, grid: views.ValueGrid | None) -> None:
        table = self.grid
        table.blockSignals(True)
        table.clear()
        if grid is None:
            table.setRowCount(0)
            table.setColumnCount(1)
            table.setHorizontalHeaderLabels([self.tr("Enhet")])
            table.blockSignals(False)
            self._show_cell()
            return
        table.setColumnCount(1 + len(grid.periods))
        table.setRowCount(len(grid.rows))
        heads = [self.tr("Enhet")] + [
            labels.month_short(p) if grid.frequency == "month" else (f"T{p}" if grid.frequency == "tertial"
                                                                      else str(grid.year)) for p in grid.periods]
        table.setHorizontalHeaderLabels(heads)
        for r, row in enumerate(grid.rows):
            name = _read_only(QTableWidgetItem(row.unit))
            name.setData(ID_ROLE, str(row.unit_lineage_id))
            table.setItem(r, 0, name)
            for c, cell in enumerate(row.cells, start=1):
                item = QTableWidgetItem(number(cell.value) if cell.value is not None else "")
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if cell.value is not None:
                    item.setIcon(light_icon(cell.colour, 10))
                    tip = [f"{colour_word(cell.colour)}"]
                    if cell.entered_by or cell.entered_at:
                        tip.append(self.tr("Registrert av {who} {when}").format(
                            who=cell.entered_by or "–", when=format_moment(cell.entered_at) if cell.entered_at
                            else ""))
                    if cell.comment:
                        tip.append(cell.comment)
                    item.setToolTip("\n".join(tip))
                item.setData(ID_ROLE, grid.periods[c - 1])
                table.setItem(r, c, item)
        table.resizeColumnsToContents()
        least = 7 * self.fontMetrics().averageCharWidth() + 24
        for c in range(1, table.columnCount()):
            table.setColumnWidth(c, max(least, table.columnWidth(c)))
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        table.blockSignals(False)
        self._show_cell()

    def _fill_balance(self, rows: list[BalanceRow]) -> None:
        table = self.balance_table
        table.setRowCount(len(rows))
        for i, row in enumerate(rows):
            verdict = (self.tr("Ingen mål i avtalene – tomt fokusområde") if row.empty
                       else self.tr("I orden"))
            cells = (QTableWidgetItem(row.focus_area), QTableWidgetItem(str(row.indicators)),
                     QTableWidgetItem(str(row.goals)), light_item("red" if row.empty else "green"))
            cells[3].setText(verdict)
            for col, cell in enumerate(cells):
                table.setItem(i, col, cell)
        table.resizeColumnsToContents()
        table.name_fit.fit_now()
        empty = [r.focus_area for r in rows if r.empty]
        total = sum(r.goals for r in rows)
        if empty:
            self.balance_note.setStyleSheet(colour_style("warning"))
            self.balance_note.setText(self.tr("Fokusområder uten mål i årets avtaler: {areas}. Knytt avtalemål til "
                                              "dem i avtalene (kolonnen «Fokusområde»).").format(
                areas=", ".join(empty)))
        else:
            self.balance_note.setStyleSheet("")
            self.balance_note.setText(self.tr("{n} mål i årets avtaler er knyttet til fokusområdene, og alle "
                                              "fokusområdene har mål.").format(n=total))

    def _fill_definitions(self, rows: list[views.IndicatorRow]) -> None:
        table = self.definitions
        current = self.selected_indicator_id()
        table.setRowCount(len(rows))
        for i, r in enumerate(rows):
            cells = (r.name, r.focus_area, r.measure, target_text(r.target, r.direction, r.measure),
                     number(r.yellow_limit, r.measure), frequency_word(r.frequency), source_word(r.source),
                     rollup_word(r.rollup), str(r.units))
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, str(r.id))
                table.setItem(i, col, item)
            if current == r.id:
                table.selectRow(i)
        table.resizeColumnsToContents()
        table.name_fit.fit_now()

    # --- the grid --------------------------------------------------------------------------
    def _cell_key(self, row: int, col: int) -> tuple[uuid.UUID, uuid.UUID, int, int, str] | None:
        grid = self.data.grid if self.data else None
        if grid is None or row < 0 or col < 1 or row >= len(grid.rows):
            return None
        unit = grid.rows[row]
        return grid.indicator_id, unit.unit_lineage_id, grid.year, grid.periods[col - 1], \
            f"{grid.name}, {unit.unit}, {grid.labels[col - 1]}"

    def _grid_edited(self, item: QTableWidgetItem) -> None:
        if self._filling or self.data is None or self.data.grid is None:
            return
        key = self._cell_key(item.row(), item.column())
        if key is None:
            return
        cell = self.data.grid.rows[item.row()].cells[item.column() - 1]
        text = item.text().strip()
        if text and cell.value is not None and text == number(cell.value):
            return
        # After the editor has closed: the reload that follows the save rebuilds the table.
        QTimer.singleShot(0, lambda: self.enter(*key[:4], text, cell.comment, label=key[4]))

    def enter(self, indicator_id: uuid.UUID, unit: uuid.UUID, year: int, period: int, text: str, comment: str,
              *, label: str = "", meeting_id: uuid.UUID | None = None) -> bool:
        """Enter a value as an undoable command (refused input: the reason, and nothing stored)."""
        try:
            command = SetValue(self.store, indicator_id, unit, year, period, text, comment, meeting_id=meeting_id,
                               label=label)
        except AppError as err:
            show_user_error(self, err)
            return False
        done = push_command(self.undo_stack, command, self)
        if not done:
            self.mark_stale()
        self.value_entered.emit()
        return done

    def _show_cell(self) -> None:
        key = self._cell_key(self.grid.currentRow(), self.grid.currentColumn())
        enabled = key is not None and self.data is not None and self.data.grid is not None
        self.comment.setEnabled(enabled)
        self.comment_button.setEnabled(enabled)
        if not enabled or self.data is None or self.data.grid is None or key is None:
            self.cell_info.setText(self.tr("Velg en celle."))
            self.comment.clear()
            return
        cell = self.data.grid.rows[self.grid.currentRow()].cells[self.grid.currentColumn() - 1]
        if cell.value is None:
            self.cell_info.setText(self.tr("{what}: ingen verdi ennå.").format(what=key[4]))
        else:
            self.cell_info.setText(self.tr("{what}: {value} ({colour}), registrert av {who} {when}.").format(
                what=key[4], value=number(cell.value, self.data.grid.measure), colour=colour_word(cell.colour),
                who=cell.entered_by or "–", when=format_moment(cell.entered_at) if cell.entered_at else ""))
        self.comment.setText(cell.comment)

    def _save_comment(self) -> None:
        if self.data is None or self.data.grid is None:
            return
        row, col = self.grid.currentRow(), self.grid.currentColumn()
        key = self._cell_key(row, col)
        if key is None:
            return
        cell = self.data.grid.rows[row].cells[col - 1]
        if cell.value is None:
            show_user_error(self, AppError(self.tr("Skriv verdien i cellen først; kommentaren hører til verdien.")))
            return
        if self.enter(*key[:4], str(cell.value), self.comment.text(), label=key[4]):
            self.grid.setCurrentCell(row, col)

    def grid_cell(self, unit: str, period: int) -> tuple[int, int]:
        """The grid's row and column of a unit's period (for keyboard walks and tests)."""
        assert self.data is not None and self.data.grid is not None
        r = next(i for i, row in enumerate(self.data.grid.rows) if row.unit == unit)
        return r, 1 + self.data.grid.periods.index(period)

    # --- actions ---------------------------------------------------------------------------
    def selected_indicator_id(self) -> uuid.UUID | None:
        tab = self.tabs.currentIndex()
        if tab == DEFINITIONS and self.definitions.currentRow() >= 0:
            item = self.definitions.item(self.definitions.currentRow(), 0)
            return uuid.UUID(item.data(ID_ROLE)) if item else None
        if tab == MUNICIPAL and self.tree.currentItem() is not None:
            # Up from the line chosen to the indicator's line: the one right under a focus area.
            node = self.tree.currentItem()
            parent = node.parent() if node is not None else None
            while node is not None and parent is not None and parent.parent() is not None:
                node, parent = parent, parent.parent()
            if node is not None and parent is not None and node.data(0, ID_ROLE):
                return uuid.UUID(node.data(0, ID_ROLE))
        if tab == UNIT and self.unit_table.currentRow() >= 0:
            return uuid.UUID(filled_item(self.unit_table, self.unit_table.currentRow(), 1).data(ID_ROLE))
        data = self.indicator.currentData()
        return uuid.UUID(data) if data else None

    def _indicator_row(self, indicator_id: uuid.UUID | None) -> views.IndicatorRow | None:
        if self.data is None or indicator_id is None:
            return None
        return next((r for r in self.data.indicators if r.id == indicator_id), None)

    def new_indicator(self) -> None:
        from ui.scorecard.dialogs import IndicatorDialog

        dialog = IndicatorDialog(self.store, self, undo_stack=self.undo_stack)
        if dialog.exec() and dialog.saved_id is not None:
            self.show_indicator(dialog.saved_id)

    def edit_indicator(self) -> None:
        from ui.scorecard.dialogs import IndicatorDialog

        row = self._indicator_row(self.selected_indicator_id())
        if row is None:
            show_user_error(self, AppError(self.tr("Velg indikatoren som skal endres, i fanen «Indikatorer».")))
            return
        IndicatorDialog(self.store, self, indicator=row, undo_stack=self.undo_stack).exec()

    def remove_indicator(self) -> None:
        row = self._indicator_row(self.selected_indicator_id())
        if row is None:
            return
        answer = QMessageBox.question(self, self.tr("Fjern indikator"), self.tr(
            "Fjerne «{name}» fra målekartet, med alle målte verdier? Dette kan ikke angres.").format(name=row.name))
        if answer == QMessageBox.StandardButton.Yes:
            try:
                self.store.run(views.remove_indicator, row.id)
            except AppError as err:
                show_user_error(self, err)

    def edit_focus_areas(self) -> None:
        from ui.scorecard.dialogs import FocusAreasDialog

        FocusAreasDialog(self.store, self).exec()

    def edit_unit_scorecard(self) -> None:
        from ui.scorecard.dialogs import UnitScorecardDialog

        data = self.unit.currentData()
        unit = next((u for u in self.data.units if str(u.lineage_id) == data), None) if self.data else None
        if unit is None:
            show_user_error(self, AppError(self.tr("Velg enheten i fanen «Enhet» først.")))
            return
        UnitScorecardDialog(self.store, unit, self).exec()

    def import_values(self) -> None:
        from ui.scorecard.import_dialog import ImportValuesDialog

        ImportValuesDialog(self.store, self).exec()

    def edit_carry_over_rule(self) -> None:
        from ui.scorecard.carry_over_dialog import CarryOverDialog

        CarryOverDialog(self.store, self, undo_stack=self.undo_stack).exec()

    def show_reports(self) -> None:
        from ui.reports.dialog import ReportDialog

        dialog = ReportDialog(self.store, self.today, self, year=self.year.value())
        dialog.choose_scorecard()
        dialog.exec()

    def show_indicator(self, indicator_id: uuid.UUID) -> None:
        """Show an indicator's grid (after it is defined)."""
        self.tabs.setCurrentIndex(GRID)
        index = self.indicator.findData(str(indicator_id))
        if index >= 0:
            self.indicator.setCurrentIndex(index)
        else:  # new: the load that follows offers it (on a server the boxes fill later)
            self._wanted_indicator = indicator_id
        self.reload()

    def show_unit(self, unit_lineage_id: uuid.UUID) -> None:
        self.tabs.setCurrentIndex(UNIT)
        index = self.unit.findData(str(unit_lineage_id))
        if index >= 0:
            self.unit.setCurrentIndex(index)
        else:  # the page is not filled yet (opened from Oversikt): the load picks it
            self._wanted_unit = unit_lineage_id
        self.reload()

    def _tree_activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        parent = item.parent()
        if parent is not None and parent.parent() is not None and item.data(0, ID_ROLE):
            self.show_unit(uuid.UUID(item.data(0, ID_ROLE)))

    def open_target(self, target: dict[str, Any]) -> None:
        """From Oversikt: a unit's målekart in the period named."""
        if target.get("year"):
            self.year.setValue(int(target["year"]))
        if target.get("period"):
            index = self.period.findData(target["period"])
            if index >= 0:
                self.period.setCurrentIndex(index)
        if target.get("unit_lineage_id"):
            self.show_unit(target["unit_lineage_id"])
