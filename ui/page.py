"""What every page of the side navigation has in common."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any, TypeVar

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QShowEvent, QUndoStack
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.changes import ALL_KINDS, ChangeSet, Kind
from ui.navigation import page_title
from ui.store import Store

T = TypeVar("T")


class Page(QWidget):
    """A page reloads itself from the store when data it shows changes (``watches``: the kinds
    of thing it shows; see app.changes) and retranslates on a language switch."""

    # Ask the window to show another page at a thing: (page key, target for its open_target).
    open_request = Signal(str, dict)

    key = ""  # the page's key in ui.navigation
    help_chapter = "index"  # file name (without .html) of the user guide chapter for F1
    watches: frozenset[Kind] = ALL_KINDS  # what the page shows: a change to any of these reloads it

    def __init__(self, store: Store, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.today = today
        self._stale = True
        self._loading: Any = None  # a load running off the GUI thread (on a server)
        self._load_again = False
        self._sub_loads: dict[str, object] = {}  # read_then: the newest read of each part
        # The window replaces this with its own stack, so Ctrl+Z works across pages.
        self.undo_stack = QUndoStack(self)
        self.layout_ = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.heading.setFont(font)
        self.layout_.addWidget(self.heading)
        store.changes.connect(self.apply_changes)
        store.database_replaced.connect(self.mark_stale)

    def title(self) -> str:
        return page_title(self.key)

    def apply_changes(self, changes: ChangeSet) -> None:
        """An operation changed data: reload if it touched what this page shows."""
        if changes.touches(self.watches):
            self.mark_stale()

    def mark_stale(self) -> None:
        """Reload now if visible, otherwise when next shown (keeps start-up cheap)."""
        self._stale = True
        if self.isVisible():
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        if self._stale:
            self.reload()
        super().showEvent(event)

    def reload(self) -> None:
        self._stale = False
        self.heading.setText(self.title())
        if self.store.remote and self._split():
            self._load_in_background()
        else:
            self.refresh()

    def refresh(self) -> None:
        """Fill the widgets from the database (through app functions). A page split in ``load``
        and ``fill`` need not override this."""
        if self._split():
            self.fill(self.load(*self.load_args()))

    # A page may split its refresh: ``load_args`` takes what the widgets hold (on the GUI
    # thread), ``load`` only reads (through the store, any thread) and returns what ``fill``
    # puts into the widgets. On a server the load then runs off the GUI thread
    # (ui.progress.BackgroundOp), so the window never waits on the network.
    def load_args(self) -> tuple[Any, ...]:
        return ()

    def load(self, *args: Any) -> Any:
        raise NotImplementedError

    def fill(self, loaded: Any) -> None:
        raise NotImplementedError

    def _split(self) -> bool:
        return type(self).load is not Page.load

    def _load_in_background(self) -> None:
        if self._loading is not None:  # one at a time; a change meanwhile loads once more after it
            self._load_again = True
            return
        from ui.progress import BackgroundOp

        def loaded(data: Any) -> None:
            self._loading = None
            if self._load_again:
                self._load_again = False
                self._load_in_background()
                return
            self.fill(data)

        def failed(error: BaseException) -> None:
            self._loading = None
            self._load_failed(error)

        self._load_again = False
        args = self.load_args()
        self._loading = BackgroundOp(self, lambda _progress: self.load(*args)).success(loaded).failure(failed)
        self._loading.run_in_background()

    def _load_failed(self, error: BaseException) -> None:
        from app.errors import AppError
        from ui.errors import show_user_error

        if isinstance(error, AppError):
            show_user_error(self, error)
        else:
            raise error

    def read_then(self, part: str, read: Callable[[], T], show: Callable[[T], None]) -> None:
        """A part of the page read again (a unit chosen, a set chosen): ``read`` only reads
        (through the store), ``show`` fills the widgets. On a server the read runs off the GUI
        thread and only the newest read of ``part`` is shown; on a file both run here and now."""
        if not self.store.remote:
            show(read())
            return
        from ui.progress import BackgroundOp

        token = self._sub_loads[part] = object()

        def done(result: T) -> None:
            if self._sub_loads.get(part) is token:
                del self._sub_loads[part]
                show(result)

        def failed(error: BaseException) -> None:
            if self._sub_loads.get(part) is token:
                del self._sub_loads[part]
                self._load_failed(error)

        BackgroundOp(self, lambda _progress: read()).success(done).failure(failed).run_in_background()

    def open_target(self, target: dict[str, Any]) -> None:
        """Show the thing ``target`` names (an agreement, a meeting, a unit); pages that can, override."""

    def flush_edits(self) -> None:
        """Save text still waiting to be saved (called before the window closes)."""

    def retranslate(self) -> None:
        """Set every fixed text again in the current language."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.mark_stale()
        super().changeEvent(event)
