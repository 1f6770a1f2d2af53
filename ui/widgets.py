"""Small helpers shared by the pages' forms."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent, QKeySequence, QValidator
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QDateEdit, QTableWidget, QTableWidgetItem, QWidget


class FocusOutCommit(QObject):
    """Calls back when a multi-line text box loses focus (it has no editingFinished)."""

    def __init__(self, callback: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self.callback = callback

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.FocusOut:
            self.callback()
        return False


_DATE_CHARS = frozenset("0123456789.-/")
_TYPED_FORMATS = ("dd.MM.yyyy", "d.M.yyyy", "d.M.yy", "ddMMyyyy", "ddMMyy", "d-M-yyyy", "d/M/yyyy")


def parse_typed_date(text: str) -> QDate | None:
    """The date a user typed in one go («01.01.2027», «1.1.2027», «01012027»), or None."""
    text = text.strip()
    for fmt in _TYPED_FORMATS:
        day = QDate.fromString(text, fmt)
        if day.isValid():
            if fmt.endswith("yy") and not fmt.endswith("yyyy"):
                day = day.addYears(100) if day.year() < 1950 else day
            return day
    return None


class DateEdit(QDateEdit):
    """Every date field of the program. Qt's date box fills one section at a time, so selecting all
    and typing «01.01.2027» gave 07.01.2027. Here, a digit typed over the whole selected text starts
    a fresh date: the text is taken whole, set as soon as it reads as a date in the display format,
    on Enter or when the field loses focus; Esc (or a text that is no date) puts the old one back."""

    def __init__(self, value: QDate | None = None, parent: QWidget | None = None) -> None:
        self._typing = False
        super().__init__(parent)
        self.setDisplayFormat("dd.MM.yyyy")
        if value is not None:
            self.setDate(value)

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        if self._typing:
            if all(ch in _DATE_CHARS for ch in text) and len(text) <= 10:
                state = (QValidator.State.Acceptable if parse_typed_date(text) is not None
                         else QValidator.State.Intermediate)
                return state, text, pos
            return QValidator.State.Invalid, text, pos
        return super().validate(text, pos)

    def _whole_selected(self) -> bool:
        line = self.lineEdit()
        return line.hasSelectedText() and line.selectedText() == line.text()

    def _finish(self, take: bool, emit: bool = True) -> None:
        if not self._typing:
            return
        self._typing = False
        day = parse_typed_date(self.lineEdit().text()) if take else None
        old = self.date()
        if day is not None and self.minimumDate() <= day <= self.maximumDate():
            self.setDate(day)
        else:
            self.setDate(old)
        self.lineEdit().setText(self.textFromDateTime(self.dateTime()))
        if emit:
            self.editingFinished.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.matches(QKeySequence.StandardKey.SelectAll) and not self._typing:
            # Qt's own Ctrl+A leaves the box in a state where the next digit is fixed up to «00»
            # and the old date put back: the text is selected here instead, as a mouse would.
            self.lineEdit().selectAll()
            event.accept()
            return
        text = event.text()
        if not self._typing and text and text.isdigit() and self._whole_selected() and not self.isReadOnly():
            self._typing = True
            self.lineEdit().setText("")
        if self._typing:
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
                self._finish(take=True)
                if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
                    super().keyPressEvent(event)
                return
            if key == Qt.Key.Key_Escape:
                self._finish(take=False)
                return
            # Let the line edit take the key as plain text, not section by section.
            QAbstractSpinBox.keyPressEvent(self, event)
            typed = self.lineEdit().text()
            if len(typed) == len(self.displayFormat()) and parse_typed_date(typed) is not None:
                self._finish(take=True)
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        self._finish(take=True, emit=False)  # Qt's own focus-out says editingFinished
        super().focusOutEvent(event)


class ResizeCallback(QObject):
    """Calls back when the watched widget changes size (a view's viewport, to fit its columns)."""

    def __init__(self, watched: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(watched)
        self.callback = callback
        watched.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Resize:
            self.callback()
        return False


def filled_item(table: QTableWidget, row: int, column: int) -> QTableWidgetItem:
    """The item of a cell the code filled itself (Qt's ``item()`` also allows for an empty cell)."""
    item = table.item(row, column)
    assert item is not None, f"cell {row}, {column} has no item"
    return item


def cell_combo(table: QTableWidget, row: int, column: int) -> QComboBox:
    """The choice box the code put in a cell with ``setCellWidget``."""
    combo = table.cellWidget(row, column)
    assert isinstance(combo, QComboBox), f"cell {row}, {column} has no choice box"
    return combo
