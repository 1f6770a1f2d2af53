"""A table's name column takes the spare width (not the last column, which put «Sum» a screen
away from the unit's name), but never less than its text: when the table is too narrow for
every column's text, the name keeps its width and the table scrolls sideways."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QHeaderView, QTableView


class NameColumnFit(QObject):
    def __init__(self, table: QTableView, column: int = 0) -> None:
        super().__init__(table)
        self.table, self.column = table, column
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Filling a table sets one item at a time and each says «data changed»: fit once, when
        # the filling is done (measuring every row per item made a page's first fill take 0.5 s).
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(0)
        self._pending.timeout.connect(self.fit_now)
        table.viewport().installEventFilter(self)
        model = table.model()
        for signal in (model.modelReset, model.rowsInserted, model.dataChanged, model.layoutChanged):
            signal.connect(self.fit)
        header.sectionCountChanged.connect(self.fit)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Resize and shiboken6.isValid(self.table):
            self.fit()
        return False

    def fit(self, *_args: object) -> None:
        """Fit at the next turn of the event loop (many changes in a row: once)."""
        if shiboken6.isValid(self._pending):
            self._pending.start()

    def fit_now(self) -> None:
        if not shiboken6.isValid(self.table):  # the window is closing
            return
        header = self.table.horizontalHeader()
        if self.column >= header.count():
            return
        needed = max(header.sectionSizeHint(self.column), self.table.sizeHintForColumn(self.column))
        others = sum(header.sectionSize(c) for c in range(header.count()) if c != self.column)
        room = self.table.viewport().width() - others
        header.setSectionResizeMode(self.column, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(self.column, max(needed, room))


def fit_name_column(table: QTableView, column: int = 0) -> NameColumnFit:
    """Keep ``table``'s column ``column`` as wide as the room left, at least as wide as its text."""
    return NameColumnFit(table, column)
