"""Spin, date and combo boxes take the mouse wheel only when they have focus (issue 18, item 11):
otherwise the wheel scrolls the form the pointer is passing over, instead of changing a date."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSpinBox, QApplication, QComboBox, QWidget


class WheelGuard(QObject):
    """An event filter: a wheel turn over an unfocused box goes on to the scrolling form behind it."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Wheel and isinstance(watched, QWidget) and not watched.hasFocus():
            # Qt does not pass a re-sent wheel event on to parents: hand it to the scroll area itself.
            area = watched.parentWidget()
            # The nearest one that can scroll (a goal table inside the note is as tall as its rows).
            while area is not None and not (isinstance(area, QAbstractScrollArea)
                                             and area.verticalScrollBar().maximum() > 0):
                area = area.parentWidget()
            if area is not None:
                QApplication.sendEvent(area.viewport(), event)
            return True
        return False


def guard_wheel(root: QWidget, guard: WheelGuard) -> None:
    """Put every spin, date and combo box under ``root`` behind ``guard``; they take focus by click or
    Tab, never by the wheel."""
    for box in [*root.findChildren(QAbstractSpinBox), *root.findChildren(QComboBox)]:
        box.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        box.installEventFilter(guard)
