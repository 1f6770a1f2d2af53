"""Right-click menus with a page's own actions (issue 18, item 9): the menu offers what the
page's buttons do, enabled as they are, so the two never disagree."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QItemSelectionModel, QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QMenu, QWidget

Entry = QAbstractButton | tuple[str, Callable[[], object]] | None  # None: a separator


def build_menu(parent: QWidget, entries: Sequence[Entry]) -> QMenu:
    """A menu of ``entries``: a button becomes an action with its text that clicks it (hidden
    buttons are left out); (text, callback) pairs are plain actions."""
    menu = QMenu(parent)
    for entry in entries:
        if entry is None:
            if menu.actions() and not menu.actions()[-1].isSeparator():
                menu.addSeparator()
        elif isinstance(entry, QAbstractButton):
            if entry.isHidden():
                continue
            text = entry.text()
            if not any(c.isalpha() for c in text) and entry.accessibleName():
                text = entry.accessibleName()  # «+» and «−» read as «Zoom inn» and «Zoom ut» in a menu
            action = QAction(text, menu)
            action.setEnabled(entry.isEnabled())
            action.triggered.connect(entry.click)
            menu.addAction(action)
        else:
            text, callback = entry
            action = QAction(text, menu)
            action.triggered.connect(lambda _c=False, cb=callback: cb())
            menu.addAction(action)
    return menu


def install(widget: QWidget, entries: Callable[[], Sequence[Entry]],
            before: Callable[[QPoint], object] | None = None) -> None:
    """Give ``widget`` a right-click menu. ``before`` runs first with the click's position (to
    select the row or box under the pointer, so the actions apply to it)."""
    widget.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def show(pos: QPoint) -> None:
        if before is not None:
            before(pos)
        menu = build_menu(widget, entries())
        widget.last_context_menu = menu  # type: ignore[attr-defined]  # for tests: what was offered
        target = widget.viewport() if isinstance(widget, QAbstractItemView) else widget
        menu.popup(target.mapToGlobal(pos))

    widget.customContextMenuRequested.connect(show)


def select_row_at(view: QAbstractItemView) -> Callable[[QPoint], None]:
    """Select the row under the pointer before the menu opens."""
    def choose(pos: QPoint) -> None:
        index = view.indexAt(pos)
        if index.isValid():  # current and the only selected row, in one call
            flags = QItemSelectionModel.SelectionFlag
            view.selectionModel().setCurrentIndex(index, flags.ClearAndSelect | flags.Rows)
    return choose
