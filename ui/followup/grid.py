"""The year grid as a Qt table model: a heading row per follow-up lead, then their units × 12 months."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from app.followup.listing import GridRow
from ui import labels

# Each status has a colour and its name in the cell, so the grid reads without colour too.
STATUS_COLOURS = {
    "held": "#2e7d32",
    "planned": "#1f5fa8",
    "postponed": "#c77700",
    "cancelled": "#6b7280",
    "missing": "#b3261e",
}
FIXED_COLUMNS = 2  # unit, leader
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Cell:
    """What a click on a month cell opens."""

    unit_lineage_id: uuid.UUID
    unit: str
    month: int
    meeting_id: uuid.UUID | None


class YearGridModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.rows: list[GridRow | str] = []  # a str is a follow-up lead's heading
        self._brushes = {k: QBrush(QColor(v)) for k, v in STATUS_COLOURS.items()}
        self._white = QBrush(QColor("white"))
        self._bold = QFont()
        self._bold.setBold(True)
        self.cell_font = QFont()
        self.cell_font.setPointSizeF(self.cell_font.pointSizeF() * 0.9)  # twelve months fit beside the names

    def set_rows(self, rows: list[GridRow], no_lead: str) -> None:
        self.beginResetModel()
        self.rows = []
        lead: str | None = None
        for row in rows:
            if row.follow_up_lead != lead:
                lead = row.follow_up_lead
                self.rows.append(lead or no_lead)
            self.rows.append(row)
        self.endResetModel()

    def heading_rows(self) -> list[int]:
        return [i for i, r in enumerate(self.rows) if isinstance(r, str)]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else FIXED_COLUMNS + 12

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return self.tr("Enhet")
        if section == 1:
            return self.tr("Leder")
        return labels.month_short(section - FIXED_COLUMNS + 1)

    def cell(self, index: Index) -> Cell | None:
        row = self.rows[index.row()] if index.isValid() else None
        if not isinstance(row, GridRow) or index.column() < FIXED_COLUMNS:
            return None
        month = index.column() - FIXED_COLUMNS + 1
        return Cell(row.unit_lineage_id, row.unit, month, row.meeting_ids[month - 1])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.rows[index.row()]
        col = index.column()
        if isinstance(row, str):
            if role == Qt.ItemDataRole.DisplayRole and col == 0:
                return row
            if role == Qt.ItemDataRole.FontRole:
                return self._bold
            return None
        status = row.months[col - FIXED_COLUMNS] if col >= FIXED_COLUMNS else None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if col == 0:
                return row.unit
            if col == 1:
                return row.leader or self.tr("(ledig)")
            text = labels.meeting_status(status) if status else ""
            if role == Qt.ItemDataRole.AccessibleTextRole:
                text = text or self.tr("ikke noe møte")
                return f"{row.unit}, {labels.month_name(col - FIXED_COLUMNS + 1)}: {text}"
            return text
        if role == Qt.ItemDataRole.BackgroundRole and status in self._brushes:
            return self._brushes[status]
        if role == Qt.ItemDataRole.ForegroundRole and status in self._brushes:
            return self._white
        if role == Qt.ItemDataRole.FontRole and col >= FIXED_COLUMNS:
            return self.cell_font
        if role == Qt.ItemDataRole.TextAlignmentRole and col >= FIXED_COLUMNS:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.ToolTipRole and col >= FIXED_COLUMNS:
            return self.tr("Dobbeltklikk eller trykk Enter for å åpne eller lage møtet")
        return None
