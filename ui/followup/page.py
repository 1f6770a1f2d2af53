"""Oppfølging: the year grid of monthly follow-up meetings, coloured by status."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from app.followup.listing import year_grid
from ui import labels
from ui.page import Page
from ui.store import Store

# Colours chosen to be told apart also by people with red-green colour blindness
# (blue / orange / grey family), and each cell also carries its status as text.
STATUS_COLOURS = {
    "held": "#4e9a06",
    "planned": "#3465a4",
    "postponed": "#f0a30a",
    "cancelled": "#888a85",
    "missing": "#cc0000",
}


class FollowUpPage(Page):
    key = "oppfolging"
    help_chapter = "oppfolging"

    def __init__(self, store: Store, today: date, parent: QWidget | None = None) -> None:
        super().__init__(store, today, parent)
        bar = QHBoxLayout()
        self.year_label = QLabel()
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(today.year)
        self.year_label.setBuddy(self.year)
        self.year.valueChanged.connect(lambda _v: self.refresh())
        bar.addWidget(self.year_label)
        bar.addWidget(self.year)
        bar.addSpacing(24)
        self.legend: dict[str, QLabel] = {}
        for status, colour in STATUS_COLOURS.items():
            chip = QLabel()
            chip.setStyleSheet(f"background:{colour}; color:white; padding:2px 8px; border-radius:3px;")
            self.legend[status] = chip
            bar.addWidget(chip)
        bar.addStretch(1)
        self.layout_.addLayout(bar)
        self.table = QTableWidget(0, 14)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.layout_.addWidget(self.table, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.year_label.setText(self.tr("&År:"))
        self.year.setAccessibleName(self.tr("År"))
        for status, chip in self.legend.items():
            chip.setText(labels.meeting_status(status))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Enhet"), self.tr("Oppfølging")] + [labels.month_short(m) for m in range(1, 13)]
        )
        self.table.setAccessibleName(self.tr("Møteoversikt for året"))

    def refresh(self) -> None:
        rows = self.store.read(year_grid, self.year.value(), self.today)
        self.table.setRowCount(len(rows))
        for i, r in enumerate(rows):
            self.table.setItem(i, 0, QTableWidgetItem(r.unit))
            self.table.setItem(i, 1, QTableWidgetItem(r.follow_up_lead))
            for m, status in enumerate(r.months):
                item = QTableWidgetItem(labels.meeting_status(status))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if status in STATUS_COLOURS:
                    item.setBackground(QBrush(QColor(STATUS_COLOURS[status])))
                    item.setForeground(QBrush(QColor("white")))
                self.table.setItem(i, 2 + m, item)
