"""Pictures for review: every page (Avtaler with a signed agreement open), and a meeting note, at
1366×768 and 1920×1080, in bokmål, nynorsk and English
(artifacts/screenshots/<lang>-<view>-<W>x<H>.png)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from app.choices import PAGES
from tests.ui.conftest import save_screenshot
from tests.ui.test_language_switch import _open_everything

SIZES = [(1366, 768), (1920, 1080)]


@pytest.mark.parametrize("lang", ["nb", "nn", "en"])
def test_screenshots_of_every_page_in_every_language(window, demo_db, lang: str) -> None:  # type: ignore[no-untyped-def]
    _open_everything(window, demo_db)  # a signed agreement and a held meeting's note are open
    meeting_id = window.page_widgets["oppfolging"].meeting_id
    window.set_language(lang)
    for width, height in SIZES:
        window.resize(width, height)
        follow_up = window.page_widgets["oppfolging"]
        for name in (*PAGES, "referat"):
            window.show_page("oppfolging" if name == "referat" else name)
            if name == "oppfolging":
                follow_up.show_grid()  # the year grid; «referat» is the note open in it
            elif name == "referat":
                follow_up.open_meeting(meeting_id)
            QApplication.processEvents()
            path = save_screenshot(window, f"{lang}-{name}-{width}x{height}")
            image = window.grab().toImage()
            assert (image.width(), image.height()) == (width, height), path


@pytest.mark.parametrize("lang", ["nb", "nn", "en"])
def test_screenshot_of_the_report_dialog(qtbot, window, lang: str) -> None:  # type: ignore[no-untyped-def]
    from tests.conftest import DEMO_TODAY
    from ui.reports.dialog import ReportDialog

    window.set_language(lang)
    dialog = ReportDialog(window.store, DEMO_TODAY, window)
    qtbot.addWidget(dialog)
    dialog.show()
    QApplication.processEvents()
    save_screenshot(dialog, f"{lang}-rapporter")
    dialog.close()
