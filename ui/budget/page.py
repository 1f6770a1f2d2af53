"""Budsjett: the imported sets and each set's totals per unit."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.budget.listing import list_sets, totals_by_unit
from app.formatting import format_kroner
from ui import labels
from ui.page import Page
from ui.store import Store


def _amount_item(ore: int) -> QTableWidgetItem:
    item = QTableWidgetItem(format_kroner(ore))
    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


class BudgetPage(Page):
    key = "budsjett"
    help_chapter = "budsjett"

    def __init__(self, store: Store, today: date, parent: QWidget | None = None) -> None:
        super().__init__(store, today, parent)
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.sets = QTableWidget(0, 5)
        self.sets.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sets.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.sets.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.sets.verticalHeader().hide()
        self.sets.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.sets.horizontalHeader().setStretchLastSection(True)
        self.sets.itemSelectionChanged.connect(self._show_totals)
        self.totals_label = QLabel()
        self.totals = QTableWidget(0, 3)
        self.totals.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.totals.verticalHeader().hide()
        self.totals.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        box = QWidget()
        inner = QVBoxLayout(box)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(self.totals_label)
        inner.addWidget(self.totals)
        splitter.addWidget(self.sets)
        splitter.addWidget(box)
        splitter.setSizes([160, 400])
        self.layout_.addWidget(splitter, 1)
        self._set_ids: list = []
        self.retranslate()

    def retranslate(self) -> None:
        self.sets.setHorizontalHeaderLabels([self.tr("Sett"), self.tr("Type"), self.tr("Perioder"),
                                             self.tr("Linjer"), self.tr("Sum (kr)")])
        self.sets.setAccessibleName(self.tr("Budsjett- og regnskapssett"))
        self.totals.setHorizontalHeaderLabels([self.tr("Enhet"), self.tr("Ansvar"), self.tr("Sum (kr)")])
        self.totals.setAccessibleName(self.tr("Sum per enhet"))

    def refresh(self) -> None:
        rows = self.store.read(list_sets)
        self._set_ids = [r.id for r in rows]
        self.sets.setRowCount(len(rows))
        for i, r in enumerate(rows):
            self.sets.setItem(i, 0, QTableWidgetItem(r.name))
            self.sets.setItem(i, 1, QTableWidgetItem(labels.budget_kind(r.kind)))
            self.sets.setItem(i, 2, QTableWidgetItem(
                f"{labels.month_short(r.period_from)}–{labels.month_short(r.period_to)} {r.year}"))
            self.sets.setItem(i, 3, QTableWidgetItem(str(r.lines)))
            self.sets.setItem(i, 4, _amount_item(r.total_ore))
        if rows:
            self.sets.selectRow(0)
        else:
            self.totals.setRowCount(0)
            self.totals_label.setText(self.tr("Ingen budsjett eller regnskap er importert ennå."))

    def _show_totals(self) -> None:
        selected = self.sets.selectionModel().selectedRows()
        if not selected:
            return
        row = selected[0].row()
        totals = self.store.read(totals_by_unit, self._set_ids[row])
        self.totals_label.setText(self.tr("Sum per enhet i «{name}»").format(name=self.sets.item(row, 0).text()))
        self.totals.setRowCount(len(totals))
        for i, t in enumerate(totals):
            self.totals.setItem(i, 0, QTableWidgetItem(t.unit or self.tr("(ingen enhet)")))
            self.totals.setItem(i, 1, QTableWidgetItem(t.ansvar))
            self.totals.setItem(i, 2, _amount_item(t.amount_ore))
