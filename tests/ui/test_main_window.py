"""The main window as a user meets it: pages, menus, language, help, errors, memory."""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select

from app import __version__
from app.choices import PAGES
from app.logsetup import configure_logging, log_file_path
from db.models import Agreement, BudgetSet, Meeting, Unit, UnitKind
from tests.conftest import DEMO_TODAY
from tests.ui.conftest import save_screenshot


def _count(db, stmt) -> int:  # type: ignore[no-untyped-def]
    with db.session() as s:
        return s.scalar(stmt)


def _click_nav(qtbot, window, row: int) -> None:  # type: ignore[no-untyped-def]
    rect = window.nav.visualItemRect(window.nav.item(row))
    qtbot.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_opens_on_overview_with_the_demo_figures(window, demo_db) -> None:  # type: ignore[no-untyped-def]
    page = window.current_page()
    assert page is window.page_widgets["oversikt"]
    assert "kommune" in page.subtitle.text()
    units = _count(demo_db, select(func.count()).select_from(Unit))
    assert page.tiles["units"].value.text() == str(units)
    this_month = _count(demo_db, select(func.count()).select_from(Meeting).where(
        Meeting.year == DEMO_TODAY.year, Meeting.month == DEMO_TODAY.month))
    assert page.tiles["meetings"].value.text() == str(this_month)
    assert int(page.tiles["vacancies"].value.text()) >= 1
    assert page.vacant_list.count() == int(page.tiles["vacancies"].value.text())
    assert str(demo_db.path) in window.windowTitle()
    save_screenshot(window, "oversikt")


def test_every_page_is_reached_by_clicking_the_navigation(qtbot, window, demo_db) -> None:  # type: ignore[no-untyped-def]
    for row, key in enumerate(PAGES):
        _click_nav(qtbot, window, row)
        assert window.current_page() is window.page_widgets[key]
        save_screenshot(window, key)
    org = window.page_widgets["organisasjon"]
    assert org.model.rowCount() == 1
    root = org.model.index(0, 0)
    result_units = _count(demo_db, select(func.count()).select_from(Unit).where(Unit.kind == UnitKind.RESULT_UNIT))
    kinds = [org.model.index(i, 1, root).data() for i in range(org.model.rowCount(root))]
    assert kinds.count("Resultatenhet") == result_units
    year_start, year_end = date(DEMO_TODAY.year, 1, 1), date(DEMO_TODAY.year, 12, 31)
    assert window.page_widgets["avtaler"].table.rowCount() == _count(  # the page opens on this year
        demo_db, select(func.count()).select_from(Agreement).where(Agreement.period_start <= year_end,
                                                                    Agreement.period_end >= year_start))
    grid_rows = [r for r in window.page_widgets["oppfolging"].model.rows if not isinstance(r, str)]
    assert len(grid_rows) == result_units
    budget = window.page_widgets["budsjett"]
    assert budget.sets.rowCount() == _count(demo_db, select(func.count()).select_from(BudgetSet))
    assert budget.pivot.rowCount() > 0  # the summary per unit of the first set


def test_keyboard_shortcuts_switch_pages(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is window.page_widgets["avtaler"]
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is window.page_widgets["budsjett"]


def test_language_switch_retranslates_shell_and_overview(window) -> None:  # type: ignore[no-untyped-def]
    window.set_language("en")
    assert window.nav.item(0).text() == "Overview"
    assert window.file_menu.title() == "&File"
    assert window.page_widgets["oversikt"].tiles["units"].caption.text() == "units"
    save_screenshot(window, "oversikt-en")
    window.set_language("nn")
    assert window.nav.item(0).text() == "Oversyn"
    assert window.file_menu.title() == "&Fil"
    save_screenshot(window, "oversikt-nn")
    window.set_language("nb")
    assert window.nav.item(0).text() == "Oversikt"


def test_about_names_version_and_database(window, demo_db) -> None:  # type: ignore[no-untyped-def]
    text = window.about_text()
    assert __version__ in text and str(demo_db.path) in text


def test_f1_opens_the_chapter_for_the_page(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    shown = {}

    def fake_exec(dialog) -> int:  # type: ignore[no-untyped-def]
        shown["text"] = dialog.browser.toPlainText()
        return 0

    monkeypatch.setattr("ui.help.HelpDialog.exec", fake_exec)
    window.show_page("organisasjon")
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert "organisasjonskartet i midten" in shown["text"]


def test_unexpected_error_is_logged_and_shown_with_details(window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import sys

    from ui.errors import install_excepthook

    configure_logging()
    seen = {}
    monkeypatch.setattr(QMessageBox, "exec", lambda box: seen.setdefault("details", box.detailedText()) and 0)
    old_hook = sys.excepthook
    install_excepthook()
    try:
        try:
            raise RuntimeError("testfeil 4711")
        except RuntimeError as exc:
            sys.excepthook(type(exc), exc, exc.__traceback__)
    finally:
        sys.excepthook = old_hook
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert "testfeil 4711" in seen["details"]
    with open(log_file_path(), encoding="utf-8") as log:
        assert "testfeil 4711" in log.read()
    assert window.isVisible()  # the program goes on


def test_geometry_page_and_recent_files_are_remembered(qtbot, window, demo_db) -> None:  # type: ignore[no-untyped-def]
    from ui import settings as user_settings
    from ui.main_window import MainWindow
    from ui.store import Store

    # As small as the pages allow, as a user who shrank the window would leave it. The offscreen
    # screen is only 800 px wide, narrower than the pages' minimum, so the remembered size comes
    # back kept inside the screen (as on a smaller monitor than the one it was saved on).
    window.resize(720, 540)
    free = window.screen().availableGeometry()
    expected = (min(window.width(), free.width() - 2), min(window.height(), free.height()))
    window.move(QPoint(40, 30))
    window.show_page("budsjett")
    window.close()
    user_settings.add_recent_file(str(demo_db.path))
    again = MainWindow(DEMO_TODAY, "nb", Store(demo_db))
    qtbot.addWidget(again)
    again.restore_geometry()
    assert (again.width(), again.height()) == expected
    assert user_settings.settings().value("window/page") == "budsjett"
    assert user_settings.recent_files()[0] == str(demo_db.path)


def test_first_start_window_fits_a_laptop_screen(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """1366 × 768 leaves about 728 px under the task bar: the first-start window (1200 × 780) would
    cut off the status line, so it is kept inside the screen's free area."""
    from PySide6.QtCore import QSize

    from ui import settings as user_settings
    from ui.main_window import first_start_size

    assert first_start_size(QSize(1366, 728)) == QSize(1200, 728)
    assert first_start_size(QSize(1920, 1040)) == QSize(1200, 780)
    user_settings.settings().remove("window/geometry")
    window.resize(1200, 900)
    window.restore_geometry()  # the offscreen screen is 800 × 800; the pages need 1199 px in width
    assert window.height() <= window.screen().availableGeometry().height()
