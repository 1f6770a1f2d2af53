"""Work off the GUI thread: one helper for every long or remote operation (DESIGN.md §2, §5),
in the manner of Anki's ``CollectionOp``/``QueryOp``.

``BackgroundOp(parent, work)`` runs ``work(progress)`` in a worker thread, then calls
``success(result)`` or ``failure(error)`` on the GUI thread. ``with_progress(label, total)``
adds a progress window with Cancel; ``run_in_background()`` returns at once,
``run_and_wait()`` returns the result when the work is done (the window's events go on
meanwhile; user input waits until the progress window is up).

``progress(done, total)`` reports and returns False once the user has pressed Cancel;
``progress.check()`` raises :class:`Cancelled` then, so a transaction rolls back and nothing is
left half-written. Work that is only a read may be ``abandonable``: Cancel then returns at
once and whatever it still reads is dropped.

The progress window is never Qt's own auto-showing one: a QProgressDialog starts a timer when
it is made that shows it after ``minimumDuration`` even once closed, which put a dead modal
window over the import wizard when a read finished quickly (issue 15 item 9). Here the window
is made only by our own timer, if the work is still running when it fires; the timer is
stopped and the window reset and deleted as soon as the work is done.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QThread, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget

from app.errors import AppError

log = logging.getLogger("styringsdialog.ui")

T = TypeVar("T")
SHOW_AFTER_MS = 400  # work done sooner than this shows no progress window at all


class Cancelled(Exception):  # noqa: N818 - a user's choice, not an error
    """The user pressed Cancel; the work stopped (a transaction in it rolled back)."""


class Progress:
    """What the work gets: report how far it is, and ask whether the user has cancelled."""

    def __init__(self, advanced: Callable[[int, int], None]) -> None:
        self._advanced = advanced
        self._cancelled = threading.Event()

    def __call__(self, done: int, total: int) -> bool:
        self._advanced(done, total)
        return not self._cancelled.is_set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def check(self) -> None:
        """Raise :class:`Cancelled` if the user has pressed Cancel."""
        if self._cancelled.is_set():
            raise Cancelled

    def cancel(self) -> None:
        self._cancelled.set()


class _Worker(QThread):
    advanced = Signal(int, int)

    def __init__(self, work: Callable[[Progress], Any]) -> None:
        super().__init__()
        self.work = work
        self.progress = Progress(self.advanced.emit)
        self.result: Any = None
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            self.result = self.work(self.progress)
        except BaseException as exc:  # a worker thread must not die with an exception in flight
            self.error = exc


# Workers abandoned by Cancel (reads) run on to their end; they are kept here until then, and
# so are operations nobody else holds while they run.
_running: set[_Worker] = set()
_ops: set[BackgroundOp[Any]] = set()
_quit_hooked = False


def wait_for_workers() -> None:
    """Let every worker thread end (the application is quitting: a thread must not be destroyed
    while it runs)."""
    for worker in list(_running):
        worker.wait()


def _hook_quit() -> None:
    global _quit_hooked
    app = QCoreApplication.instance()
    if not _quit_hooked and app is not None:
        app.aboutToQuit.connect(wait_for_workers)
        _quit_hooked = True


class BackgroundOp(QObject, Generic[T]):
    """One operation off the GUI thread (see the module's text)."""

    done = Signal()  # on the GUI thread, after success or failure has been called

    def __init__(self, parent: QWidget | None, work: Callable[[Progress], T]) -> None:
        super().__init__(parent)
        self._parent = parent
        self._work = work
        self._label: str | None = None
        self._total = 0
        self._cancellable = True
        self._abandonable = False
        self._success: Callable[[T], Any] | None = None
        self._failure: Callable[[BaseException], Any] | None = None
        self._worker: _Worker | None = None
        self._dialog: QProgressDialog | None = None
        self._cancel_button: QPushButton | None = None
        self._waiting = False  # run_and_wait: errors are raised there, not handled here
        self._show_timer: QTimer | None = None
        self.finished = False
        self.result: T | None = None
        self.error: BaseException | None = None

    # --- building -------------------------------------------------------------------------
    def with_progress(self, label: str, total: int = 0, *, cancellable: bool = True,
                      abandonable: bool = False) -> BackgroundOp[T]:
        """Show a progress window (``total`` 0: a busy indicator) if the work takes a while.
        ``cancellable`` False: no Cancel button (a restore cannot stop half-way).
        ``abandonable``: the work only reads, so Cancel returns at once."""
        self._label, self._total = label, total
        self._cancellable, self._abandonable = cancellable, abandonable
        return self

    def success(self, fn: Callable[[T], Any] | None) -> BackgroundOp[T]:
        self._success = fn
        return self

    def failure(self, fn: Callable[[BaseException], Any] | None) -> BackgroundOp[T]:
        """Called with the error instead of the default (an AppError shown to the user, any
        other error raised again on the GUI thread for the exception hook)."""
        self._failure = fn
        return self

    # --- running --------------------------------------------------------------------------
    def run_in_background(self) -> BackgroundOp[T]:
        """Start the work and return at once; ``success``/``failure`` follow on the GUI thread."""
        worker = self._worker = _Worker(self._work)
        worker.advanced.connect(self._advanced)
        worker.finished.connect(self._worker_finished)
        _running.add(worker)
        _ops.add(self)
        _hook_quit()
        if self._label is not None:
            self._show_timer = QTimer(self)
            self._show_timer.setSingleShot(True)
            self._show_timer.timeout.connect(self._show_dialog)
            self._show_timer.start(SHOW_AFTER_MS)
        worker.start()
        return self

    def run_and_wait(self) -> T:
        """Run the work and return its result here, keeping the window's events going; raises
        :class:`Cancelled` when the user cancelled, and the work's own error."""
        self._waiting = True
        self.run_in_background()
        self.wait(user_input=True)
        if self.error is not None:
            raise self.error
        return self.result  # type: ignore[return-value]

    def wait(self, *, user_input: bool = False) -> None:
        """Return when the operation is done, processing events meanwhile (user input only once
        a progress window is up, if ``user_input``). Never earlier: if the application is told
        to quit while we wait, the rest is a plain wait, so the process cannot end mid-work."""
        if self.finished:
            return
        loop = QEventLoop()
        self.done.connect(loop.quit)
        if self._show_timer is not None and self._show_timer.isActive():
            # Until the progress window is up nothing may be clicked: the caller is mid-way.
            self._show_timer.timeout.connect(loop.quit)
            loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        if not self.finished:
            loop.exec(QEventLoop.ProcessEventsFlag.AllEvents if user_input and self._dialog is not None
                      else QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        if not self.finished and self._worker is not None:  # the event loop is gone: wait plainly
            self._worker.wait()
            self._worker_finished()

    def cancel(self) -> None:
        """What the Cancel button does: the work is told to stop; a read is let go at once."""
        if self._worker is None or self.finished:
            return
        self._worker.progress.cancel()
        if self._abandonable:
            self._finish(None, Cancelled())
        elif self._dialog is not None:
            self._dialog.setLabelText(QCoreApplication.translate("Progress", "Avbryter …"))
            if self._cancel_button is not None:
                self._cancel_button.setEnabled(False)

    @property
    def cancelled(self) -> bool:
        return self._worker is not None and self._worker.progress.cancelled

    # --- inside ---------------------------------------------------------------------------
    def _show_dialog(self) -> None:
        if self.finished or self._label is None:
            return
        dialog = QProgressDialog(self._parent)
        # Its own show timer is started in the constructor; it must never show the window by
        # itself (it would after close()): reset() stops it, and we show the window ourselves.
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.reset()
        dialog.setLabelText(self._label)
        dialog.setRange(0, self._total)
        dialog.setWindowTitle(QCoreApplication.translate("Progress", "Arbeider …"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        if self._cancellable:
            self._cancel_button = QPushButton(QCoreApplication.translate("Progress", "Avbryt"))
            dialog.setCancelButton(self._cancel_button)
            dialog.canceled.connect(self.cancel)
        else:
            dialog.setCancelButton(None)
        self._dialog = dialog
        dialog.setValue(0)
        dialog.show()

    def _advanced(self, done: int, total: int) -> None:
        if self._dialog is not None and not self.finished:
            if total != self._dialog.maximum():
                self._dialog.setMaximum(total)
            self._dialog.setValue(min(done, total) if total else 0)

    def _worker_finished(self) -> None:
        worker = self._worker
        if worker is None:
            return
        _running.discard(worker)
        if self.finished:  # abandoned by Cancel: its result is dropped
            worker.deleteLater()
            return
        error = worker.error
        if error is None and worker.progress.cancelled:
            error = Cancelled()
        self._finish(worker.result if error is None else None, error)
        worker.deleteLater()

    def _finish(self, result: T | None, error: BaseException | None) -> None:
        self.finished = True
        self.result, self.error = result, error
        if self._show_timer is not None:
            self._show_timer.stop()
        dialog, self._dialog, self._cancel_button = self._dialog, None, None
        if dialog is not None:
            if self._cancellable:
                dialog.canceled.disconnect(self.cancel)  # hiding a progress dialog reports «canceled»
            dialog.reset()  # stops its own show timer, for good
            dialog.hide()
            dialog.deleteLater()
        try:
            if error is None:
                if self._success is not None:
                    self._success(result)  # type: ignore[arg-type]
            elif self._failure is not None:
                self._failure(error)
            elif not self._waiting:
                self._default_failure(error)
        finally:
            _ops.discard(self)
            self.done.emit()

    def _default_failure(self, error: BaseException) -> None:
        if isinstance(error, Cancelled):
            return
        if isinstance(error, AppError):
            from ui.errors import show_user_error

            show_user_error(self._parent, error)
            return
        raise error
