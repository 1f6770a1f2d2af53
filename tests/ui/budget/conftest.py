"""Window objects of one test are destroyed on the GUI thread before the next test starts.

A dialog's finished background operations (ui.progress) own timers; left to Python's cyclic
garbage collector they may be collected while a later test's worker thread happens to run, and
Qt then warns that timers cannot be stopped from another thread. Collecting here, on the GUI
thread, keeps each test to its own objects.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest


@pytest.fixture(autouse=True)
def _collect_on_the_gui_thread() -> Iterator[None]:
    yield
    gc.collect()


@pytest.fixture
def store(demo_db):  # type: ignore[no-untyped-def]
    """The demo database as the window's store."""
    from ui.store import Store

    return Store(demo_db)
