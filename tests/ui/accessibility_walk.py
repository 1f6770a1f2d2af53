"""Which interactive widgets a screen reader could not name: no accessible name of their own, no
text, no label that is their buddy."""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QDialogButtonBox,
    QGraphicsView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

INTERACTIVE = (QAbstractButton, QLineEdit, QTextEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox,
               QAbstractItemView, QAbstractSlider, QGraphicsView, QTabBar)


def _buddied(root: QWidget) -> set[int]:
    return {id(label.buddy()) for label in root.findChildren(QLabel) if label.buddy() is not None}


def _inner(widget: QWidget) -> bool:
    """Parts of a composite widget that a screen reader reaches through the whole: a spin box's or
    combo box's line edit, a scroll area's scroll bars, a table's corner button, a header."""
    parent = widget.parentWidget()
    if isinstance(widget, QScrollBar):
        return True
    if isinstance(widget, QLineEdit) and isinstance(parent, (QAbstractSpinBox, QComboBox)):
        return True
    if isinstance(widget, QAbstractButton) and isinstance(parent, (QAbstractItemView, QTabBar)):
        return True  # a table's corner button, a tab bar's scroll arrows
    return type(widget).__name__ in ("QHeaderView", "QCalendarWidget", "QToolBarExtension")


def unnamed(root: QWidget) -> list[str]:
    """Visible, interactive widgets under ``root`` (root included) without a name."""
    buddied = _buddied(root)
    out = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not isinstance(widget, INTERACTIVE) or _inner(widget):
            continue
        if widget is not root and not widget.isVisibleTo(root):
            continue
        if widget.accessibleName().strip() or id(widget) in buddied:
            continue
        if isinstance(widget, QTabBar) and all(widget.tabText(i).strip() for i in range(widget.count())):
            continue  # a reader names each tab by its text
        interface = QAccessible.queryAccessibleInterface(widget)
        name = interface.text(QAccessible.Text.Name).strip() if interface is not None else ""
        if name:
            continue
        parent = widget.parentWidget()
        out.append(f"{type(widget).__name__} objectName={widget.objectName()!r} in "
                   f"{type(parent).__name__ if parent else None} ({type(widget.window()).__name__})")
    return out


def _focusable(widget: QWidget) -> list[QWidget]:
    """``widget`` or, for a container, the focusable widgets inside it, in focus-chain order."""
    from PySide6.QtCore import Qt

    if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
        return [widget]
    return [w for w in widget.findChildren(QWidget) if w.focusPolicy() & Qt.FocusPolicy.TabFocus]


def focus_chain(root: QWidget) -> list[QWidget]:
    """The widgets Tab visits under ``root``'s window, in order (one round)."""
    start = root.window()
    chain, seen = [], set()
    w = start.nextInFocusChain()
    while w is not start and id(w) not in seen:
        seen.add(id(w))
        chain.append(w)
        w = w.nextInFocusChain()
    return chain


def form_order_problems(root: QWidget) -> list[str]:
    """Forms (QFormLayout) under ``root`` whose visible fields Tab does not visit top to bottom."""
    from PySide6.QtWidgets import QFormLayout

    chain = focus_chain(root)
    position = {id(w): i for i, w in enumerate(chain)}
    problems = []
    for form in root.findChildren(QFormLayout):
        fields = []
        for row in range(form.rowCount()):
            for role in (QFormLayout.ItemRole.FieldRole, QFormLayout.ItemRole.SpanningRole):
                item = form.itemAt(row, role)
                widget = item.widget() if item is not None else None
                if isinstance(widget, QDialogButtonBox):
                    continue  # its buttons stand in the platform's order, whatever Tab does
                if widget is not None and widget.isVisibleTo(root) and widget.isEnabled():
                    fields += [w for w in _focusable(widget) if w.isVisibleTo(root) and id(w) in position]
        order = [position[id(w)] for w in fields]
        if order != sorted(order):
            names = [f"{type(w).__name__}({w.accessibleName() or w.objectName()})" for w in fields]
            problems.append(f"{type(form.parentWidget()).__name__}: {names}")
    return problems
