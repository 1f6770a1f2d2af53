"""On a server a page reads off the GUI thread: the window goes on while the page loads
(issue 17 item 2, «the window never blocks on a read»)."""

from __future__ import annotations

import threading

from PySide6.QtCore import QThread, QTimer
from PySide6.QtWidgets import QApplication

from tests.conftest import DEMO_TODAY


def test_on_a_server_the_overview_loads_off_the_gui_thread(qtbot, demo_db, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from ui.overview.page import OverviewPage
    from ui.store import Store

    monkeypatch.setattr(Store, "remote", property(lambda self: True))  # as on a PostgreSQL server
    store = Store(demo_db)
    page = OverviewPage(store, DEMO_TODAY)
    qtbot.addWidget(page)
    on_gui_thread: list[bool] = []
    gui_went_on = threading.Event()
    original = page.load

    def load():  # type: ignore[no-untyped-def]
        on_gui_thread.append(QThread.currentThread() is QApplication.instance().thread())
        gui_went_on.wait(10)  # the read is slow, as over a network; the window must not wait for it
        return original()

    monkeypatch.setattr(page, "load", load)
    ticks: list[int] = []
    timer = QTimer(page)
    timer.timeout.connect(lambda: (ticks.append(1), len(ticks) >= 3 and gui_went_on.set()))
    timer.start(10)
    page.show()  # the first show loads the page
    assert page.tiles["units"].value.text() == "–"  # not yet: the read is under way
    qtbot.waitUntil(lambda: page.tiles["units"].value.text() not in ("", "–"), timeout=10000)
    assert on_gui_thread == [False]
    assert len(ticks) >= 3  # the event loop ran while the page was reading
    assert page.attention.topLevelItemCount() > 0 and page.vacant_list.count() > 0


def test_on_a_server_the_meeting_grid_and_an_open_note_load_off_the_gui_thread(qtbot, demo_db, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from app.followup import meetings
    from ui.followup.grid import FIXED_COLUMNS
    from ui.followup.page import FollowUpPage
    from ui.store import Store

    monkeypatch.setattr(Store, "remote", property(lambda self: True))
    store = Store(demo_db)
    page = FollowUpPage(store, DEMO_TODAY)
    qtbot.addWidget(page)
    threads: list[bool] = []
    original = page.load

    def load(*args):  # type: ignore[no-untyped-def]
        threads.append(QThread.currentThread() is QApplication.instance().thread())
        return original(*args)

    monkeypatch.setattr(page, "load", load)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=10000)
    assert page.lead.count() > 1  # the follow-up leads came with the grid
    row = next(i for i, r in enumerate(page.model.rows) if not isinstance(r, str) and r.unit == "Solsikken barnehage")
    page.open_cell(page.model.index(row, FIXED_COLUMNS + 10))
    assert page.stack.currentWidget() is page.editor
    # Someone else saves a text in this note: the note is read again, off the GUI thread.
    store.run(meetings.set_section, page.editor.note.id, "other", "Skrevet av en annen.")
    qtbot.waitUntil(lambda: page.editor.sections["other"].toPlainText() == "Skrevet av en annen.", timeout=10000)
    assert threads and not any(threads)
