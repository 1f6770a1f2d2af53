"""Long work off the GUI thread, with a progress dialog and Cancel (DESIGN.md §2 and §5).

``work`` gets a ``progress(done, total) -> bool`` callback and runs in a worker thread; the
callback returns False once the user has pressed Cancel, and the work must then stop
without leaving anything half-written. An AppError from the work is shown to the user; any
other exception is raised again in the GUI thread, where the exception hook logs it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from app.errors import AppError
from ui.errors import show_user_error


class _Worker(QThread):
    advanced = Signal(int, int)

    def __init__(self, work: Callable[[Callable[[int, int], bool]], Any], parent: QObject) -> None:
        super().__init__(parent)
        self.work = work
        self.cancelled = threading.Event()
        self.result: Any = None
        self.error: BaseException | None = None

    def progress(self, done: int, total: int) -> bool:
        self.advanced.emit(done, total)
        return not self.cancelled.is_set()

    def run(self) -> None:
        try:
            self.result = self.work(self.progress)
        except BaseException as exc:
            self.error = exc


def run_with_progress(parent: QWidget, label: str, total: int,
                      work: Callable[[Callable[[int, int], bool]], Any],
                      reraise: tuple[type[BaseException], ...] = ()) -> bool:
    """Run ``work`` with a progress dialog (``total`` 0: a busy indicator); True when it finished,
    False when cancelled or it failed with an AppError (shown). Errors of a type in ``reraise``
    are raised again for the caller to handle."""
    dialog = QProgressDialog(label, QCoreApplication.translate("Progress", "Avbryt"), 0, total, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    worker = _Worker(work, parent)
    loop = QEventLoop()
    worker.advanced.connect(lambda done, _total: dialog.setValue(done))
    dialog.canceled.connect(worker.cancelled.set)
    worker.finished.connect(loop.quit)
    worker.start()
    loop.exec()
    worker.wait()
    cancelled = worker.cancelled.is_set()
    dialog.canceled.disconnect()  # closing a progress dialog reports «canceled»; the work is done
    dialog.close()
    dialog.deleteLater()
    if worker.error is not None:
        if isinstance(worker.error, AppError) and not isinstance(worker.error, reraise):
            show_user_error(parent, worker.error)
            return False
        raise worker.error
    return not cancelled
