"""Walk at 1366×768: status-bar messages stayed after other actions and after a language switch
(«Database: …» had no timeout; «Sikkerhetskopi skrevet …» stood on under every later page)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication


def test_a_message_goes_with_a_page_switch_and_a_language_switch(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    bar = window.statusBar()
    window.show_page("avtaler")
    bar.showMessage("Sikkerhetskopi skrevet til /tmp/kopi.sdb")
    window.show_page("budsjett")
    QApplication.processEvents()
    assert bar.currentMessage() == ""
    bar.showMessage("Lagret /tmp/kart.pdf")
    window.set_language("en")
    assert bar.currentMessage() == ""
    window.set_language("nb")


def test_the_database_line_is_not_permanent(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    bar = window.statusBar()
    window._update_title()
    assert bar.currentMessage().startswith("Database:")
    window.show_page("budsjett")
    window.show_page("avtaler")
    assert bar.currentMessage() == ""
