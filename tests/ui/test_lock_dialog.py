"""A database another program has open: the window says who, where and since when, and offers
read-only, waiting or cancel. The other program is a lock file from another PC on the share."""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog

import ui.storage.lock_dialog as lock_dialog
from app.storage.database import ReadOnlyDatabaseError
from app.storage.lock import LockInfo, acquire, lock_path_for, read_lock
from db.models import Setting
from tests.conftest import DEMO_TODAY
from ui.storage.lock_dialog import LockDialog, WaitDialog, open_with_lock

SINCE = datetime(2026, 11, 23, 14, 5).astimezone()


def plant_other_pc(db: Path) -> bytes:
    """Kari on PC-123 has the file open; her heartbeat is fresh."""
    info = LockInfo(user="kari", full_name="Kari Nordmann", host="PC-123", pid=4242, process="", version="0.1.0",
                    since=SINCE, heartbeat=datetime.now().astimezone(), token=uuid.uuid4().hex)
    raw = info.to_json()
    lock_path_for(db).write_bytes(raw)
    return raw


class Answer:
    """Answers the modal dialogs as they come up, one step per dialog, like a user. Keep a
    reference while the dialogs run. A dialog not answered in time is closed, so a broken
    test fails (steps left over) instead of hanging."""

    def __init__(self, *steps: tuple[type[QDialog], Callable[[QDialog], None]]) -> None:
        self.steps = list(steps)
        self.seen: list[QDialog] = []
        self.deadline = time.monotonic() + 30
        self.timer = QTimer()
        self.timer.timeout.connect(self._tick)
        self.timer.start(10)

    def _tick(self) -> None:
        if not self.steps:
            self.timer.stop()
            return
        dialog = QApplication.activeModalWidget()
        if time.monotonic() > self.deadline and isinstance(dialog, QDialog):
            dialog.reject()
            return
        kind, act = self.steps[0]
        if isinstance(dialog, kind) and dialog.isVisible():
            self.steps.pop(0)
            self.seen.append(dialog)
            act(dialog)


def click(button_name: str) -> Callable[[QDialog], None]:
    def act(dialog: QDialog) -> None:
        from pytestqt.qtbot import QtBot

        QtBot.mouseClick(getattr(dialog, button_name), Qt.MouseButton.LeftButton)

    return act


@pytest.fixture
def shell(qtbot):  # type: ignore[no-untyped-def]
    """The window as it is at start-up, before a database is attached."""
    from ui.main_window import MainWindow

    win = MainWindow(DEMO_TODAY, "nb")
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_the_dialog_names_who_where_and_since_and_offers_three_ways(qtbot, demo_path: Path) -> None:  # type: ignore[no-untyped-def]
    plant_other_pc(demo_path)
    with pytest.raises(lock_dialog.DatabaseInUseError) as caught:
        acquire(demo_path)
    dialog = LockDialog(caught.value)
    qtbot.addWidget(dialog)
    assert dialog.holder.who.text() == "Kari Nordmann (kari)"
    assert dialog.holder.where.text().startswith("PC-123, prosess 4242")
    assert dialog.holder.since.text() == "23.11.2026 kl. 14.05"
    assert "demo.sdb" in dialog.heading.text()
    assert [b.text() for b in (dialog.read_only_button, dialog.wait_button, dialog.cancel_button)] == [
        "Åpne skrivebeskyttet", "Vent til den er ledig", "Avbryt"]


def test_read_only_opens_the_window_read_only_with_the_title_marked(qtbot, shell, demo_path: Path) -> None:  # type: ignore[no-untyped-def]
    from ui.store import Store

    raw = plant_other_pc(demo_path)
    answer = Answer((LockDialog, click("read_only_button")))
    db = open_with_lock(shell, demo_path)
    assert answer.seen and not answer.steps
    assert db is not None and db.read_only and db.lock is None
    shell.attach(Store(db))
    assert shell.windowTitle().endswith("demo.sdb (skrivebeskyttet)")
    for key in ("oversikt", "organisasjon", "avtaler", "oppfolging", "budsjett"):
        shell.show_page(key)  # every page reads without trying to write
    with pytest.raises(ReadOnlyDatabaseError, match="åpnet skrivebeskyttet"):
        shell.store.run(lambda s: s.add(Setting(key="forsøk", value=1)))
    assert lock_path_for(demo_path).read_bytes() == raw  # Kari's lock is hers still
    db.close()


def test_waiting_opens_it_for_writing_once_the_other_pc_lets_go(qtbot, shell, demo_path: Path,  # type: ignore[no-untyped-def]
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lock_dialog, "WAIT_POLL_MS", 20)
    plant_other_pc(demo_path)
    waited: list[str] = []

    def other_pc_closes(dialog: QDialog) -> None:
        assert isinstance(dialog, WaitDialog)
        waited.append(dialog.holder.who.text())
        lock_path_for(demo_path).unlink()

    answer = Answer((LockDialog, click("wait_button")), (WaitDialog, other_pc_closes))
    db = open_with_lock(shell, demo_path)
    assert not answer.steps and waited == ["Kari Nordmann (kari)"]
    assert db is not None and not db.read_only
    assert db.lock is not None and read_lock(demo_path) == db.lock.info
    db.close()
    assert not lock_path_for(demo_path).exists()


def test_cancel_opens_nothing_and_leaves_the_lock(qtbot, shell, demo_path: Path,  # type: ignore[no-untyped-def]
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lock_dialog, "WAIT_POLL_MS", 20)
    raw = plant_other_pc(demo_path)
    cancel = Answer((LockDialog, click("cancel_button")))
    assert open_with_lock(shell, demo_path) is None
    wait_then_cancel = Answer((LockDialog, click("wait_button")), (WaitDialog, click("cancel_button")))
    assert open_with_lock(shell, demo_path) is None
    assert not cancel.steps and not wait_then_cancel.steps
    assert lock_path_for(demo_path).read_bytes() == raw


def test_the_store_keeps_the_lock_alive_and_gives_it_back(qtbot, demo_db) -> None:  # type: ignore[no-untyped-def]
    from ui.store import Store

    store = Store(demo_db)
    assert store._heartbeat.isActive() and store._heartbeat.interval() == 60_000
    assert store.refresh_lock()
    taken = plant_other_pc(demo_db.path)  # ours was judged stale elsewhere and taken over
    with qtbot.waitSignal(store.lock_lost) as lost:
        assert store.refresh_lock() is False
    assert "Kari Nordmann på PC-123" in lost.args[0]
    with pytest.raises(lock_dialog.AppError, match="Kari Nordmann"):
        store.run(lambda s: s.add(Setting(key="etter", value=1)))
    other = open_with_lock(None, demo_db.path.with_name("annen.sdb"))
    assert other is not None
    store.replace(other)  # the old database is closed: its lock file is Kari's, left alone
    assert lock_path_for(demo_db.path).read_bytes() == taken
    assert read_lock(other.path) == other.lock.info
    store.close()
    assert not lock_path_for(other.path).exists()


def test_file_open_on_a_database_in_use_offers_the_choice_too(qtbot, window, tmp_path: Path, demo_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Fil → Åpne (and Nylige) go through the same dialog as the start-up."""
    other = tmp_path / "kari" / "felles.sdb"
    other.parent.mkdir()
    other.write_bytes(demo_path.read_bytes())
    plant_other_pc(other)
    answer = Answer((LockDialog, click("read_only_button")))
    window._switch_to(str(other))
    assert not answer.steps
    assert window.store.read_only and window.store.db.path == other
    assert window.windowTitle().endswith("felles.sdb (skrivebeskyttet)")
    assert not lock_path_for(demo_path).exists()  # the database left behind gave its lock back
