"""Avtaler: the leader and result agreements of the year."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QWidget

from app.agreements.listing import list_agreements
from app.formatting import format_date
from ui import labels
from ui.page import Page
from ui.store import Store


class AgreementsPage(Page):
    key = "avtaler"
    help_chapter = "avtaler"

    def __init__(self, store: Store, today: date, parent: QWidget | None = None) -> None:
        super().__init__(store, today, parent)
        self.info = QLabel()
        self.layout_.addWidget(self.info)
        self.table = QTableWidget(0, 7)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.layout_.addWidget(self.table, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([self.tr("Enhet"), self.tr("Avtale"), self.tr("Leder"),
                                              self.tr("Overordnet"), self.tr("Periode"), self.tr("Status"),
                                              self.tr("Mål")])
        self.table.setAccessibleName(self.tr("Avtaler"))

    def refresh(self) -> None:
        rows = self.store.read(list_agreements)
        self.info.setText(self.tr("{n} avtaler").format(n=len(rows)))
        self.table.setRowCount(len(rows))
        for i, r in enumerate(rows):
            values = [r.unit, labels.agreement_kind(r.kind), r.leader, r.superior,
                      f"{format_date(r.period_start)}–{format_date(r.period_end)}",
                      labels.agreement_status(r.status), str(r.goals)]
            for col, value in enumerate(values):
                self.table.setItem(i, col, QTableWidgetItem(value))
