"""The one background-operation helper (issue 17 item 2) and the frozen import wizard (issue 15
item 9): a read that finishes quickly never leaves a progress window behind, and Cancel works."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QThread, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QProgressDialog, QPushButton, QVBoxLayout, QWidget
from sqlalchemy import func, select

from app.errors import AppError
from db.models import Person
from tests.conftest import DEMO_TODAY
from ui.progress import SHOW_AFTER_MS, BackgroundOp, Cancelled

# Qt's own progress dialog shows itself minimumDuration after it is made (4 s by default): a check
# for a left-over window must look after that.
PAST_QT_SHOW_TIME_MS = 4300


def _visible_progress_windows() -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog) and w.isVisible()]


def _wait_past(qtbot, ms: int) -> None:  # type: ignore[no-untyped-def]
    """Process events for ``ms`` (Qt timers due in that time fire), ending on a timer of our own."""
    passed = threading.Event()
    QTimer.singleShot(ms, passed.set)
    qtbot.waitUntil(passed.is_set, timeout=ms + 5000)


def test_success_runs_on_the_gui_thread_with_the_result(qtbot) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    threads: list[bool] = []
    got: list[int] = []

    def work(progress) -> int:  # type: ignore[no-untyped-def]
        threads.append(QThread.currentThread() is QApplication.instance().thread())
        return 42

    def success(value: int) -> None:
        threads.append(QThread.currentThread() is QApplication.instance().thread())
        got.append(value)

    op = BackgroundOp(parent, work).success(success).run_in_background()
    qtbot.waitUntil(lambda: op.finished)
    assert got == [42] and threads == [False, True]


def test_an_app_error_goes_to_failure_and_run_and_wait_raises_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)

    def work(_progress) -> None:  # type: ignore[no-untyped-def]
        raise AppError("Filen «x.xlsx» finnes ikke.")

    failures: list[BaseException] = []
    op = BackgroundOp(parent, work).failure(failures.append).run_in_background()
    qtbot.waitUntil(lambda: op.finished)
    assert [str(e) for e in failures] == ["Filen «x.xlsx» finnes ikke."]
    with pytest.raises(AppError, match="finnes ikke"):
        BackgroundOp(parent, work).run_and_wait()


def test_a_quick_read_before_a_modal_window_leaves_no_progress_window(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The wizard's case: a dialog reads its file while it is being made, then runs modally. A
    read done before the progress window would show must leave none behind, not even once Qt's
    own show time has passed while the modal dialog runs."""
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    seen: dict[str, object] = {}

    class Wizard(QDialog):
        def __init__(self) -> None:
            super().__init__(parent)
            QVBoxLayout(self).addWidget(QLabel("Kolonner"))
            self.rows = BackgroundOp(self, lambda _progress: 3).with_progress("Leser fil.xlsx …").run_and_wait()

    def run_wizard() -> None:
        wizard = Wizard()

        def look_and_close() -> None:
            seen["windows"] = [w.labelText() for w in _visible_progress_windows()]
            seen["active"] = QApplication.activeModalWidget() is wizard
            wizard.accept()

        QTimer.singleShot(PAST_QT_SHOW_TIME_MS, look_and_close)
        seen["result"] = wizard.exec()
        seen["rows"] = wizard.rows

    QTimer.singleShot(0, run_wizard)
    qtbot.waitUntil(lambda: "result" in seen, timeout=PAST_QT_SHOW_TIME_MS + 5000)
    assert seen["windows"] == []
    assert seen["rows"] == 3 and seen["result"] == QDialog.DialogCode.Accepted


def test_a_read_that_outlasts_the_show_delay_leaves_no_window_once_done(qtbot) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    release = threading.Event()

    def work(_progress) -> str:  # type: ignore[no-untyped-def]
        release.wait(10)  # held until the test has seen the progress window
        return "lest"

    op = BackgroundOp(parent, work).with_progress("Leser …").run_in_background()
    qtbot.waitUntil(lambda: len(_visible_progress_windows()) == 1, timeout=SHOW_AFTER_MS + 5000)
    release.set()
    qtbot.waitUntil(lambda: op.finished)
    assert op.result == "lest" and _visible_progress_windows() == []
    _wait_past(qtbot, PAST_QT_SHOW_TIME_MS)
    assert _visible_progress_windows() == []


def test_cancel_during_a_longer_write_stops_it_and_leaves_nothing_written(qtbot, demo_db) -> None:  # type: ignore[no-untyped-def]
    from app.org.people import add_person
    from ui.store import Store

    store = Store(demo_db)
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    before = demo_db.run(lambda s: s.scalar(select(func.count()).select_from(Person)))
    rounds: list[int] = []
    tick = threading.Event()

    def add_many(session, progress) -> None:  # type: ignore[no-untyped-def]
        for i in range(500):  # bounded: far longer than the Cancel below takes
            add_person(session, given_name="Test", family_name=f"Person {i}")
            session.flush()
            rounds.append(i)
            if not progress(i, 500):
                progress.check()
            tick.wait(0.01)

    def press_cancel_once_under_way() -> None:  # what the user does: waits a moment, then Cancel
        windows = _visible_progress_windows()
        if windows and len(rounds) > 3:
            watcher.stop()
            windows[0].findChild(QPushButton).click()

    op = BackgroundOp(parent, lambda progress: store.run(add_many, progress)).with_progress("Legger til …", 500)
    watcher = QTimer(parent)
    watcher.timeout.connect(press_cancel_once_under_way)
    watcher.start(20)
    with pytest.raises(Cancelled):
        op.run_and_wait()
    assert 3 < len(rounds) < 500  # it stopped because of Cancel, not because it ran out
    assert demo_db.run(lambda s: s.scalar(select(func.count()).select_from(Person))) == before
    assert _visible_progress_windows() == []


def test_cancel_lets_go_of_a_read_at_once(qtbot) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    release = threading.Event()
    op = BackgroundOp(parent, lambda _p: release.wait(30)).with_progress("Leser …", abandonable=True)
    op.run_in_background()
    qtbot.waitUntil(lambda: bool(_visible_progress_windows()), timeout=SHOW_AFTER_MS + 5000)
    _visible_progress_windows()[0].findChild(QPushButton).click()
    assert op.finished and isinstance(op.error, Cancelled)  # at once, while the read still runs
    assert _visible_progress_windows() == []
    release.set()


def test_the_import_wizard_reading_a_small_file_shows_no_dead_progress_window(qtbot, demo_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Issue 15 item 9 as the user met it: choose a small file, the wizard reads it (well under
    4 s) and opens; no progress window may appear over it, and its buttons work."""
    from app.resources import resource_path
    from ui.budget.import_wizard import BudgetImportDialog
    from ui.store import Store

    store = Store(demo_db)
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    seen: dict[str, object] = {}

    def choose_file_and_wait() -> None:
        wizard = BudgetImportDialog(store, resource_path("examples", "Budsjett Lindvik kommune 2027.xlsx"),
                                    DEMO_TODAY, parent)

        def look_and_close() -> None:
            seen["windows"] = [w.labelText() for w in _visible_progress_windows()]
            seen["modal"] = QApplication.activeModalWidget() is wizard
            seen["lines"] = wizard.preview.rowCount()
            wizard.reject()  # the wizard's own Cancel still answers

        QTimer.singleShot(PAST_QT_SHOW_TIME_MS, look_and_close)
        seen["result"] = wizard.exec()

    QTimer.singleShot(0, choose_file_and_wait)
    qtbot.waitUntil(lambda: "result" in seen, timeout=PAST_QT_SHOW_TIME_MS + 10000)
    assert seen["windows"] == []
    assert seen["lines"] > 0 and seen["result"] == QDialog.DialogCode.Rejected
