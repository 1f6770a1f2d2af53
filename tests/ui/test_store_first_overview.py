"""The first view at start-up (figures read with plain sqlite3) shows what the Oversikt page shows."""

from __future__ import annotations

import pytest

from db.quick_overview import read_overview
from tests.conftest import DEMO_TODAY

pytestmark = pytest.mark.sqlite_only


def _texts(subtitle, tiles) -> list[str]:  # type: ignore[no-untyped-def]
    return [subtitle.text()] + [f"{t.value.text()}|{t.caption.text()}|{t.detail.text()}" for t in tiles.values()]


def test_the_first_view_shows_the_same_figures_as_the_page(qtbot, window, demo_db) -> None:  # type: ignore[no-untyped-def]
    from ui.overview.figures import FirstOverview

    page = window.page_widgets["oversikt"]
    window.show_page("oversikt")
    first = FirstOverview(page.title(), read_overview(demo_db.path, DEMO_TODAY), DEMO_TODAY)
    qtbot.addWidget(first)
    assert first.heading.text() == page.heading.text() == "Oversikt"
    assert _texts(first.subtitle, first.tiles) == _texts(page.subtitle, page.tiles)
    assert first.tiles["units"].value.text() not in ("", "–")
