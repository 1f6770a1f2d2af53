"""Fixtures for window tests: a main window on a copy of the demo database."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from tests.conftest import DEMO_TODAY

ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts" / "screenshots"


@pytest.fixture(autouse=True)
def _garbage_collected_on_the_gui_thread():  # type: ignore[no-untyped-def]
    """What a test leaves behind (a Store with its running heartbeat timer, pages and their timers)
    is destroyed here, on the GUI thread. Left to the collector, it could be destroyed during a
    later test by a collection that happens to run in that test's worker thread, and Qt then warns
    «Timers cannot be stopped from another thread» (a warning fails a test here)."""
    yield
    gc.collect()


@pytest.fixture
def window(qtbot, demo_db):  # type: ignore[no-untyped-def]
    from ui.i18n import install_language
    from ui.main_window import MainWindow
    from ui.store import Store

    install_language("nb")
    win = MainWindow(DEMO_TODAY, "nb", Store(demo_db))
    qtbot.addWidget(win)
    win.resize(1200, 780)
    win.show()
    qtbot.waitExposed(win)
    yield win
    install_language("nb")


def save_screenshot(widget, name: str) -> Path:  # type: ignore[no-untyped-def]
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    assert widget.grab().save(str(path))
    return path
