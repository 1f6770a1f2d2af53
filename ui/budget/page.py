"""Budsjett: the imported sets, pivots with drill-down, budget against actual with a bar
chart, ansvar codes that belong to no unit, import and export."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.budget import views
from app.budget.mapping import UnmappedRow
from app.budget.sets import SetRow, list_sets
from app.budget.views import DeviationRow, LineRow, MonthRow, PivotResult
from app.changes import BUDGET, ORG, Kind
from app.errors import AppError
from app.followup.attention import load_threshold
from app.formatting import format_kroner, format_number
from app.org.queries import current_version, unit_rows
from ui import context_menus, labels
from ui.budget.bar_chart import BarChart, BarPair
from ui.errors import show_user_error
from ui.flow_layout import flow_row
from ui.i18n import QT_TRANSLATE_NOOP
from ui.page import Page
from ui.store import Store
from ui.table_fit import fit_name_column
from ui.theme import banner_colours, text_colour
from ui.widgets import filled_item

BY = {
    "unit": QT_TRANSLATE_NOOP("BudgetPage", "Enhet"),
    "ansvar": QT_TRANSLATE_NOOP("BudgetPage", "Ansvar"),
    "funksjon": QT_TRANSLATE_NOOP("BudgetPage", "Funksjon (KOSTRA)"),
    "art": QT_TRANSLATE_NOOP("BudgetPage", "Art (KOSTRA)"),
    "prosjekt": QT_TRANSLATE_NOOP("BudgetPage", "Prosjekt"),
}


def _kroner(ore: int) -> str:
    """Whole kroner, except an amount that would round to «0» or «-0» (Førde's budsjett_2012 sums
    to -0,06 kr): it is shown with its øre, so a sum that is not zero never reads as zero."""
    return format_kroner(ore, decimals=True) if 0 < abs(ore) < 50 else format_kroner(ore)


def _amount(ore: int, *, red: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(_kroner(ore))
    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    item.setData(Qt.ItemDataRole.UserRole + 1, ore)
    if red:
        item.setForeground(QBrush(text_colour("error")))
    return item


def _table(columns: int, stretch: int = 0) -> QTableWidget:
    """A read-only table whose column ``stretch`` (the name) takes the spare width, not the last one."""
    table = QTableWidget(0, columns)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.name_fit = fit_name_column(table, stretch)  # type: ignore[attr-defined]
    return table


def _units(session, on: date) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    version = current_version(session)
    return sorted((r.name, str(r.id)) for r in unit_rows(session, version.id, on)) if version else []


def months_label(first: int, last: int, year: int) -> str:
    """«januar 2026» for one month (not «jan–jan 2026»), «jan–okt 2026» for several."""
    if first == last:
        return f"{labels.month_name(first)} {year}"
    return f"{labels.month_short(first)}–{labels.month_short(last)} {year}"


def _chosen(sets: list[SetRow], chosen: str | None, kinds: tuple[str, ...] | None) -> str | None:
    """The set a box shows after a reload: the one chosen if it is still offered, else the first."""
    offered = [str(r.id) for r in sets if kinds is None or r.kind in kinds]
    return chosen if chosen in offered else (offered[0] if offered else None)


def _uuid(value: str | None) -> uuid.UUID | None:
    return uuid.UUID(value) if value else None


@dataclass
class Loaded:
    """Everything the page shows, read by BudgetPage.load (off the GUI thread on a server)."""
    sets: list[SetRow]
    pivot_set: str | None
    budget_set: str | None
    actual_set: str | None
    month: int
    threshold: float
    pivot: PivotResult | None
    bva: list[DeviationRow] | str | None  # the rows, why there are none (the app's message), or no sets
    unmapped: Unmapped


@dataclass
class Unmapped:
    """The ansvar codes of no unit in one set (the set chosen on Sammendrag), and which set."""
    set_id: str | None
    set_name: str
    rows: list[UnmappedRow]


class BudgetPage(Page):
    key = "budsjett"
    help_chapter = "budsjett"
    watches = frozenset(BUDGET | ORG | {Kind.FOLLOW_UP_SETTINGS, Kind.SETTINGS})  # (the threshold)

    def __init__(self, store: Store, today: date, parent: QWidget | None = None) -> None:
        super().__init__(store, today, parent)
        self.sets_data: list = []
        self._sets_before_import: frozenset[str] | None = None  # import_file: show the set just imported
        self._wanted_unit = ""  # open_target: the unit to select in budget against actual once shown
        self.action_bar, bar = flow_row()  # wraps; never a «»» overflow
        self.import_button = QPushButton()
        self.export_button = QPushButton()
        self.delete_button = QPushButton()
        for w in (self.import_button, self.export_button, self.delete_button):
            bar.addWidget(w)
        self.layout_.addWidget(self.action_bar)
        self.tabs = QTabWidget()
        self.layout_.addWidget(self.tabs, 1)

        # Sets
        self.sets = _table(6)
        self.tabs.addTab(self.sets, "")
        self._build_pivot_tab()
        self._build_budget_against_actual_tab()
        self._build_unmapped_tab()
        self._connect_signals()
        self.retranslate()

    def _build_pivot_tab(self) -> None:
        """The pivot: a set summed by unit, service or account, and the rows behind a chosen line."""
        pivot_tab = QWidget()
        pv = QVBoxLayout(pivot_tab)
        row_widget, row = flow_row()
        self.pivot_set, self.pivot_by = QComboBox(), QComboBox()
        for key in BY:
            self.pivot_by.addItem("", key)
        self.pivot_set_label, self.pivot_by_label = QLabel(), QLabel()
        self.pivot_set_label.setBuddy(self.pivot_set)
        self.pivot_by_label.setBuddy(self.pivot_by)
        for w in (self.pivot_set_label, self.pivot_set, self.pivot_by_label, self.pivot_by):
            row.addWidget(w)
        pv.addWidget(row_widget)
        split = QSplitter(Qt.Orientation.Vertical)
        self.pivot = _table(4, stretch=1)
        self.drill = _table(7)
        split.addWidget(self.pivot)
        split.addWidget(self.drill)
        pv.addWidget(split, 1)
        self.pivot_total = QLabel()
        pv.addWidget(self.pivot_total)
        self.tabs.addTab(pivot_tab, "")

    def _build_budget_against_actual_tab(self) -> None:
        """Budget against actual: a budget set, an actual set, a month and a threshold, as a table and bars."""
        bva_tab = QWidget()
        bv = QVBoxLayout(bva_tab)
        row_widget, row = flow_row()
        self.budget_set, self.actual_set = QComboBox(), QComboBox()
        self.month = QSpinBox()
        self.month.setRange(1, 12)
        self.threshold = QDoubleSpinBox()
        self.threshold.setRange(0, 100)
        self.threshold.setValue(5.0)
        self.threshold.setSuffix(" %")
        self.bva_labels = [QLabel() for _ in range(4)]
        for label, widget in zip(self.bva_labels, (self.budget_set, self.actual_set, self.month, self.threshold),
                                 strict=True):
            label.setBuddy(widget)
            row.addWidget(label)
            row.addWidget(widget)
        bv.addWidget(row_widget)
        split = QSplitter(Qt.Orientation.Vertical)
        self.bva = _table(8)
        self.chart = BarChart()
        # Horizontal bars, one pair per unit: as tall as the units need, scrolled in its pane.
        self.chart_scroll = QScrollArea()
        self.chart_scroll.setWidgetResizable(True)
        self.chart_scroll.setWidget(self.chart)
        split.addWidget(self.bva)
        split.addWidget(self.chart_scroll)
        split.setSizes([320, 240])
        bv.addWidget(split, 1)
        self.tabs.addTab(bva_tab, "")

    def _build_unmapped_tab(self) -> None:
        """Ansvar codes that no unit has, and the button that ties them to one."""
        unmapped_tab = QWidget()
        um = QVBoxLayout(unmapped_tab)
        self.unmapped_label = QLabel()
        self.unmapped_label.setWordWrap(True)
        um.addWidget(self.unmapped_label)
        self.unmapped = _table(4, stretch=1)
        self.unmapped.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        um.addWidget(self.unmapped, 1)
        self.assign_button = QPushButton()
        um.addWidget(self.assign_button)
        self.tabs.addTab(unmapped_tab, "")

    def _connect_signals(self) -> None:
        """Every button, box and table to what it does."""
        self.import_button.clicked.connect(self.import_file)
        self.export_button.clicked.connect(self.export)
        self.delete_button.clicked.connect(self.delete_set)
        self.pivot_set.activated.connect(lambda _i: self._fill_pivot())
        self.pivot_by.activated.connect(lambda _i: self._fill_pivot())
        self.pivot.itemSelectionChanged.connect(self._drill)
        for w in (self.budget_set, self.actual_set):
            w.activated.connect(lambda _i: self._fill_bva())
        self.month.valueChanged.connect(lambda _v: self._fill_bva())
        self.threshold.valueChanged.connect(self._threshold_touched)
        self.bva.itemSelectionChanged.connect(self._unit_chart)
        self.assign_button.clicked.connect(self.assign_codes)
        # Right-click on a set: export or delete it; on unmapped codes: tie them to a unit.
        context_menus.install(self.sets, lambda: [self.import_button, self.export_button, self.delete_button],
                              context_menus.select_row_at(self.sets))
        context_menus.install(self.unmapped, lambda: [self.assign_button])

    def _threshold_touched(self, _value: float) -> None:
        self.threshold.setProperty("touched", True)
        self._fill_bva()

    def retranslate(self) -> None:
        self.import_button.setText(self.tr("&Importer fra regneark …"))
        self.export_button.setText(self.tr("&Eksporter til Excel …"))
        self.delete_button.setText(self.tr("Slett sett …"))
        self.tabs.setTabText(0, self.tr("Sett"))
        self.tabs.setTabText(1, self.tr("Sammendrag"))
        self.tabs.setTabText(2, self.tr("Budsjett mot regnskap"))
        self.tabs.setTabText(3, self.tr("Ansvar uten enhet"))
        self.sets.setHorizontalHeaderLabels([self.tr("Sett"), self.tr("Type"), self.tr("Perioder"), self.tr("Linjer"),
                                             self.tr("Sum (kr)"), self.tr("Fil")])
        self.sets.setAccessibleName(self.tr("Budsjett- og regnskapssett"))
        self.pivot_set_label.setText(self.tr("&Sett:"))
        self.pivot_by_label.setText(self.tr("&Summer etter:"))
        for i in range(self.pivot_by.count()):
            self.pivot_by.setItemText(i, self.tr(BY[self.pivot_by.itemData(i)]))
        self.pivot.setHorizontalHeaderLabels([self.tr("Kode"), self.tr("Navn"), self.tr("Linjer"), self.tr("Sum (kr)")])
        self.pivot.setAccessibleName(self.tr("Sammendrag"))
        self.drill.setHorizontalHeaderLabels([self.tr("Ansvar"), self.tr("Art"), self.tr("Funksjon"),
                                              self.tr("Prosjekt"), self.tr("Periode"), self.tr("Beløp (kr)"),
                                              self.tr("Tekst")])
        self.drill.setAccessibleName(self.tr("Linjene bak valgt rad"))
        for label, text in zip(self.bva_labels, (self.tr("&Budsjett:"), self.tr("&Regnskap:"),
                                                 self.tr("Til og med &måned:"), self.tr("Marker &avvik over:")),
                               strict=True):
            label.setText(text)
        self.bva.setHorizontalHeaderLabels([self.tr("Enhet"), self.tr("Budsjett måned"), self.tr("Regnskap måned"),
                                            self.tr("Budsjett hittil"), self.tr("Regnskap hittil"),
                                            self.tr("Avvik (kr)"), self.tr("Avvik (%)"), self.tr("Årsbudsjett")])
        self.bva.setAccessibleName(self.tr("Budsjett mot regnskap per enhet"))
        self._unmapped_text()
        self.unmapped.setHorizontalHeaderLabels([self.tr("Ansvar"), self.tr("Navn i filen"), self.tr("Linjer"),
                                                 self.tr("Sum (kr)")])
        self.unmapped.setAccessibleName(self.tr("Ansvar uten enhet"))
        self.assign_button.setText(self.tr("&Knytt valgte til enhet …"))

    # --- loading ---------------------------------------------------------------------------
    # Page.reload: ``load`` reads (off the GUI thread on a server), ``fill`` fills the widgets;
    # a box changed reads its table again through Page.read_then.
    def load_args(self) -> tuple[Any, ...]:
        return (self.pivot_set.currentData(), self.pivot_by.currentData(), self.budget_set.currentData(),
                self.actual_set.currentData(), self.month.value(), bool(self.month.property("touched")),
                self.threshold.value() if self.threshold.property("touched") else None, self._sets_before_import)

    def load(self, pivot_set: str | None, by: str, budget_set: str | None, actual_set: str | None,
             month: int, month_touched: bool, threshold: float | None,
             sets_before: frozenset[str] | None = None) -> Loaded:
        """``month`` the actual set's last month unless ``month_touched``; ``threshold`` None: the
        dashboard's; ``sets_before`` the sets there were before an import: the one imported is shown."""
        sets = self.store.read(list_sets)
        new = [str(r.id) for r in sets if sets_before is not None and str(r.id) not in sets_before]
        pivot_set = _chosen(sets, new[0] if new else pivot_set, None)
        budget_set = _chosen(sets, budget_set, ("budsjett",))
        actual_set = _chosen(sets, actual_set, ("regnskap",))
        actual = next((r for r in sets if str(r.id) == actual_set), None)
        if actual is not None and not month_touched:
            month = actual.period_to
        if threshold is None:  # start from the threshold the dashboard uses
            threshold = self.store.read(load_threshold)
        pivot_id = _uuid(pivot_set)
        return Loaded(sets, pivot_set, budget_set, actual_set, month, threshold,
                      self.read_pivot(pivot_id, by),
                      self.read_bva(_uuid(budget_set), _uuid(actual_set), month, threshold),
                      self.read_unmapped(pivot_set, sets))

    def read_unmapped(self, set_id: str | None, sets: list[SetRow]) -> Unmapped:
        """The codes of no unit in the set ``set_id`` (one of ``sets``), named as its file named them."""
        name = next((r.name for r in sets if str(r.id) == set_id), "")
        rows = self.store.read(views.unmapped_named, uuid.UUID(set_id)) if set_id else []
        return Unmapped(set_id, name, rows)

    def fill(self, loaded: Loaded) -> None:
        self._sets_before_import = None
        self.sets_data = loaded.sets
        self.sets.setRowCount(len(self.sets_data))
        for i, r in enumerate(self.sets_data):
            cells = [r.name, labels.budget_kind(r.kind),
                     months_label(r.period_from, r.period_to, r.year), format_number(r.lines, 0)]
            for c, text in enumerate(cells):
                self.sets.setItem(i, c, QTableWidgetItem(text))
            self.sets.setItem(i, 4, _amount(r.total_ore))
            self.sets.setItem(i, 5, QTableWidgetItem(r.source_file_name))
        choices = ((self.pivot_set, None, loaded.pivot_set), (self.budget_set, ("budsjett",), loaded.budget_set),
                   (self.actual_set, ("regnskap",), loaded.actual_set))
        for combo, kinds, chosen in choices:
            combo.clear()
            for r in self.sets_data:
                if kinds is None or r.kind in kinds:
                    combo.addItem(r.name, str(r.id))
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
        for box in (self.month, self.threshold):
            box.blockSignals(True)
        self.month.setValue(loaded.month)
        self.threshold.setValue(loaded.threshold)
        for box in (self.month, self.threshold):
            box.blockSignals(False)
        for part in ("pivot", "drill", "bva", "chart", "unmapped"):  # older reads of a part are not shown now
            self._sub_loads.pop(part, None)
        self._show_pivot(loaded.pivot)
        self._show_bva(loaded.bva)
        self._show_unmapped(loaded.unmapped)

    def _set_id(self, combo: QComboBox) -> uuid.UUID | None:
        return uuid.UUID(combo.currentData()) if combo.currentData() else None

    def read_pivot(self, set_id: uuid.UUID | None, by: str) -> PivotResult | None:
        return self.store.read(views.pivot, set_id, by) if set_id is not None else None

    def read_bva(self, budget: uuid.UUID | None, actual: uuid.UUID | None, month: int,
                 threshold: float) -> list[DeviationRow] | str | None:
        if budget is None or actual is None:
            return None
        try:
            return self.store.read(views.budget_vs_actual, budget_set_id=budget, actual_set_id=actual,
                                   year_to_month=month, threshold_pct=threshold)
        except AppError as err:
            return str(err)

    def _fill_pivot(self) -> None:
        set_id, by = self._set_id(self.pivot_set), self.pivot_by.currentData()
        self.read_then("pivot", lambda: self.read_pivot(set_id, by), self._show_pivot)
        # «Ansvar uten enhet» lists the set chosen here: read again with it (its count was stale).
        chosen, sets = self.pivot_set.currentData(), list(self.sets_data)
        self.read_then("unmapped", lambda: self.read_unmapped(chosen, sets), self._show_unmapped)

    def _show_pivot(self, result: PivotResult | None) -> None:
        self.pivot.setRowCount(0)
        self.drill.setRowCount(0)
        if result is None:
            self.pivot_total.setText(self.tr("Ingen budsjett eller regnskap er importert ennå."))
            return
        self.pivot.setRowCount(len(result.rows))
        for i, r in enumerate(result.rows):
            code = QTableWidgetItem(r.code)
            code.setData(Qt.ItemDataRole.UserRole, r.code)
            name = QTableWidgetItem(r.name + (" ⚠" if r.unknown or r.unmapped else ""))
            if r.note or r.unmapped:
                name.setToolTip(r.note or self.tr("Ansvaret hører ikke til noen enhet."))
            self.pivot.setItem(i, 0, code)
            self.pivot.setItem(i, 1, name)
            self.pivot.setItem(i, 2, QTableWidgetItem(format_number(r.lines, 0)))
            self.pivot.setItem(i, 3, _amount(r.amount_ore))
        self.pivot_total.setText((self.tr("Sum: {total} kr i 1 rad") if len(result.rows) == 1 else
                                  self.tr("Sum: {total} kr i {n} rader")).format(
            total=_kroner(result.total_ore), n=len(result.rows)))

    def _drill(self) -> None:
        rows = self.pivot.selectionModel().selectedRows()
        set_id = self._set_id(self.pivot_set)
        if not rows or set_id is None:
            return
        code = filled_item(self.pivot, rows[0].row(), 0).data(Qt.ItemDataRole.UserRole)
        by = self.pivot_by.currentData()
        self.read_then("drill", lambda: self.store.read(views.drill_down, set_id, by, code, limit=500),
                       self._show_drill)

    def _show_drill(self, lines: list[LineRow]) -> None:
        self.drill.setRowCount(len(lines))
        for i, ln in enumerate(lines):
            # Period 0 is a whole-year amount, as the import wizard calls it (not «0»).
            period = self.tr("Hele året") if ln.period == 0 else str(ln.period)
            for c, text in enumerate((ln.ansvar, ln.art, ln.funksjon, ln.prosjekt, period)):
                self.drill.setItem(i, c, QTableWidgetItem(text))
            self.drill.setItem(i, 5, _amount(ln.amount_ore))
            self.drill.setItem(i, 6, QTableWidgetItem(ln.text))

    def _fill_bva(self) -> None:
        budget, actual = self._set_id(self.budget_set), self._set_id(self.actual_set)
        month, threshold = self.month.value(), self.threshold.value()
        self.read_then("bva", lambda: self.read_bva(budget, actual, month, threshold), self._show_bva)

    def _show_bva(self, rows: list[DeviationRow] | str | None) -> None:
        self.bva.setRowCount(0)
        if rows is None:
            self.chart.set_data([], self.tr("Importer et budsjett og et regnskap for å se avvik."), ("", ""))
            return
        if isinstance(rows, str):  # the app's reason there are no figures
            self.chart.set_data([], rows, ("", ""))
            return
        self.bva_rows = rows
        self.bva.setRowCount(len(rows))
        for i, r in enumerate(rows):
            name = QTableWidgetItem(r.name)
            name.setData(Qt.ItemDataRole.UserRole, str(r.unit_id) if r.unit_id else "")
            self.bva.setItem(i, 0, name)
            for c, value in enumerate((r.budget_month, r.actual_month, r.budget_ytd, r.actual_ytd), start=1):
                self.bva.setItem(i, c, _amount(value))
            self.bva.setItem(i, 5, _amount(r.deviation_ytd_ore, red=r.over_threshold and r.deviation_ytd_ore > 0))
            pct = QTableWidgetItem("" if r.deviation_pct is None else format_number(r.deviation_pct, 1) + " %")
            pct.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if r.over_threshold:
                background, text = banner_colours("over")
                pct.setBackground(QBrush(background))
                pct.setForeground(QBrush(text))
            self.bva.setItem(i, 6, pct)
            self.bva.setItem(i, 7, _amount(r.budget_year))
        self.chart.set_data(
            [BarPair(r.name, r.budget_ytd, r.actual_ytd, r.over_threshold) for r in rows if not r.unmapped][:40],
            self.tr("Hittil i år, til og med {month}").format(month=labels.month_short(self.month.value())),
            (self.tr("Budsjett"), self.tr("Regnskap")))
        self._select_wanted_unit()

    def open_target(self, target: dict) -> None:
        """Show a unit's budget against actual for a month (a dashboard line was opened)."""
        self.tabs.setCurrentIndex(2)
        self._wanted_unit = str(target.get("unit_id") or "")
        if target.get("month"):
            self.month.setValue(int(target["month"]))
        self._select_wanted_unit()

    def _select_wanted_unit(self) -> None:
        """The unit open_target named, selected once the table shows it (on a server the figures
        may still be on their way: then again when they come)."""
        unit = self._wanted_unit
        for row in range(self.bva.rowCount() if unit else 0):
            if filled_item(self.bva, row, 0).data(Qt.ItemDataRole.UserRole) == unit:
                self.bva.selectRow(row)
                self.bva.scrollToItem(filled_item(self.bva, row, 0))
                break
        if self._loading is None and "bva" not in self._sub_loads:
            self._wanted_unit = ""  # the newest figures are shown

    def _unit_chart(self) -> None:
        """One unit chosen: its budget and actual month by month."""
        rows = self.bva.selectionModel().selectedRows()
        budget, actual = self._set_id(self.budget_set), self._set_id(self.actual_set)
        if not rows or budget is None:
            return
        unit = filled_item(self.bva, rows[0].row(), 0).data(Qt.ItemDataRole.UserRole)
        if not unit:
            return
        name = filled_item(self.bva, rows[0].row(), 0).text()
        self.read_then("chart", lambda: self.store.read(views.monthly_series, budget_set_id=budget,
                                                        actual_set_id=actual, unit_id=uuid.UUID(unit)),
                       lambda series: self._show_unit_chart(name, series))

    def _show_unit_chart(self, name: str, series: list[MonthRow]) -> None:
        self.chart.set_data([BarPair(labels.month_short(m.month), m.budget, m.actual or 0) for m in series],
                            self.tr("{unit} per måned").format(unit=name), (self.tr("Budsjett"), self.tr("Regnskap")))

    def _show_unmapped(self, unmapped: Unmapped) -> None:
        if unmapped.set_id != self.pivot_set.currentData():
            return  # another set was chosen meanwhile
        self.unmapped_set_name = unmapped.set_name
        rows = unmapped.rows
        self._unmapped_text()
        self.unmapped.setRowCount(len(rows))
        for i, r in enumerate(rows):
            self.unmapped.setItem(i, 0, QTableWidgetItem(r.ansvar))
            self.unmapped.setItem(i, 1, QTableWidgetItem(r.name))
            self.unmapped.setItem(i, 2, QTableWidgetItem(format_number(r.lines, 0)))
            self.unmapped.setItem(i, 3, _amount(r.total_ore))
        self.tabs.setTabText(3, self.tr("Ansvar uten enhet ({n})").format(n=len(rows)))

    def _unmapped_text(self) -> None:
        """The tab names the set it lists: the one chosen on Sammendrag (walk 66–71)."""
        name = getattr(self, "unmapped_set_name", "")
        if not name:
            self.unmapped_label.setText(self.tr("Ingen budsjett eller regnskap er importert ennå."))
            return
        self.unmapped_label.setText(self.tr(
            "Ansvarsnumrene i settet «{set}» (valgt under Sammendrag) som ikke hører til noen enhet i gjeldende "
            "organisasjon. Velg dem og knytt dem til en enhet.").format(set=name))

    # --- actions ---------------------------------------------------------------------------
    def assign_codes(self) -> None:
        codes = sorted({filled_item(self.unmapped, i.row(), 0).text() for i in self.unmapped.selectedIndexes()})
        if not codes:
            return
        units = self.store.read(_units, self.today)
        names = [n for n, _ in units]
        choice, ok = QInputDialog.getItem(self, self.tr("Knytt til enhet"),
                                          self.tr("Enheten som skal eie {codes}:").format(codes=", ".join(codes)),
                                          names, 0, False)
        if not ok:
            return
        from ui.budget.commands import AssignCodes
        from ui.commands import push_command

        unit_id = uuid.UUID(units[names.index(choice)][1])
        push_command(self.undo_stack, AssignCodes(self.store, unit_id, codes, self.tr("Knytt ansvar til {unit}")
                                                  .format(unit=choice)), self)

    def import_file(self) -> None:
        from ui.budget.import_wizard import run_import_wizard

        before = frozenset(str(r.id) for r in self.sets_data)
        if run_import_wizard(self, self.store, self.today):
            self._sets_before_import = before  # the set imported is shown on Sammendrag and here
            self.reload()

    def export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Eksporter til Excel"), self.tr("Budsjett.xlsx"),
                                              "Excel (*.xlsx)")
        if not path:
            return
        from app.budget.export import export_workbook

        out = Path(path if path.lower().endswith(".xlsx") else f"{path}.xlsx")
        try:
            self.store.read(export_workbook, out, set_id=self._set_id(self.pivot_set),
                            by=self.pivot_by.currentData(), budget_set_id=self._set_id(self.budget_set),
                            actual_set_id=self._set_id(self.actual_set), year_to_month=self.month.value())
        except AppError as err:
            show_user_error(self, err)

    def delete_set(self) -> None:
        rows = self.sets.selectionModel().selectedRows()
        if not rows:
            show_user_error(self, AppError(self.tr("Velg settet som skal slettes i fanen Sett.")))
            return
        chosen = self.sets_data[rows[0].row()]
        if QMessageBox.question(self, self.tr("Slett sett"), self.tr(
                "Slette «{name}» med {n} linjer? Filen kan importeres på nytt senere.").format(
                name=chosen.name, n=chosen.lines)) != QMessageBox.StandardButton.Yes:
            return
        from app.budget.sets import delete_set

        try:
            self.store.run(delete_set, chosen.id)
        except AppError as err:
            show_user_error(self, err)
